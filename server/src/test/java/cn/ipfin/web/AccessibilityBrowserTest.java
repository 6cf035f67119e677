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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (the webjar on the test classpath, injected by Playwright) checks every page each role reaches from
 * its navigation, plus the first record each list links to: no serious or critical violation anywhere.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @LocalServerPort int port;
    private Chromium chromium;
    private String axe;

    @BeforeAll
    void launch() throws Exception {
        chromium = new Chromium(port);
        try (InputStream in = getClass().getResourceAsStream(AXE)) {
            if (in == null) throw new IOException(AXE + " is not on the test classpath");
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    @ParameterizedTest(name = "{0}: no serious or critical axe-core violation")
    // one login per distinct set of pages: the auditor sees the IP officer's pages less the imports; the insurer and
    // the securitisation operator see the guarantor's institution pages
    @ValueSource(strings = {"ipo", "bank1", "bank1-approver", "enterprise1", "valuer1", "guarantor1", "expert1"})
    void every_page_of_the_role_passes_axe_core(String username) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1400, 900).setBypassCSP(true))) {
            Page page = chromium.signIn(context, username);
            List<String> failures = new ArrayList<>();
            for (String path : pagesOf(page)) {
                page.navigate(chromium.url(path));
                failures.addAll(violations(page, path));
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

    @SuppressWarnings("unchecked")
    private List<String> violations(Page page, String path) {
        if (page.evaluate("() => typeof window.axe") .equals("undefined")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        }
        List<String> serious = (List<String>) page.evaluate("""
                async () => {
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                }""");
        return serious.stream().map(v -> path + " → " + v).toList();
    }
}
