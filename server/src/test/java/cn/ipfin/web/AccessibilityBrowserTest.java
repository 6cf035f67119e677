package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (the webjar on the test classpath, injected by Playwright) checks every page each role reaches from
 * its navigation, plus the first record each list links to: no serious or critical violation anywhere. The roles
 * {@link WordsBrowserTest} walks (the IP office, a bank officer, an enterprise) are checked there, on every page of
 * its Chinese walk, so that each page is loaded once for both checks.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    @LocalServerPort int port;
    private Chromium chromium;
    private Axe axe;

    @BeforeAll
    void launch() throws Exception {
        chromium = new Chromium(port);
        axe = new Axe();
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    @ParameterizedTest(name = "{0}: no serious or critical axe-core violation")
    // one login per distinct set of pages: the auditor sees the IP officer's pages less the imports; the insurer and
    // the securitisation operator see the guarantor's institution pages; ipo, bank1 and enterprise1 are WordsBrowserTest's
    @ValueSource(strings = {"bank1-approver", "valuer1", "guarantor1", "expert1"})
    void every_page_of_the_role_passes_axe_core(String username) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1400, 900).setBypassCSP(true))) {
            Page page = chromium.signIn(context, username);
            List<String> failures = new ArrayList<>();
            for (String path : pagesOf(page)) {
                page.navigate(chromium.url(path));
                failures.addAll(axe.violations(page, path));
            }
            assertThat(failures).isEmpty();
        }
    }

    /** The role's navigation, and the first detail page each list links to. */
    // bypassCSP: the page's policy forbids the inline script axe-core is injected as; the pages' own scripts are
    // unaffected.
    private Set<String> pagesOf(Page page) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add("/workspace");
        for (Object href : (List<?>) page.evaluate("() => [...document.querySelectorAll('nav.nav a')]"
                + ".map(a => a.getAttribute('href'))")) {
            paths.add((String) href);
        }
        List<String> lists = List.copyOf(paths);
        for (String list : lists) {
            page.navigate(chromium.url(list));
            Object first = page.evaluate("() => { const a = document.querySelector('main table tbody a[href^=\"/\"]');"
                    + " return a && !a.getAttribute('href').match(/\\.(xlsx|pdf|csv)/) ? a.getAttribute('href') : null; }");
            if (first != null) paths.add((String) first);
        }
        return paths;
    }
}
