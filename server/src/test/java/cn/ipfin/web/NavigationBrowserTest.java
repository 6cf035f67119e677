package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header at 1400 px, in Chinese and English: the task menus and the user's corner sit on one line, no label
 * wraps, and every page of every menu can be reached by opening its menu and clicking (once per role: the menus'
 * links do not depend on the language).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NavigationBrowserTest {

    @LocalServerPort int port;
    private Chromium chromium;

    @BeforeAll
    void launch() throws Exception {
        chromium = new Chromium(port);
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    @ParameterizedTest(name = "{0} in {1}: one-line header, every page reachable: {2}")
    @CsvSource({"ipo, zh-CN, true", "ipo, en, false", "bank1, en, true", "enterprise1, zh-CN, true"})
    void the_header_stays_on_one_line_and_every_page_is_reachable(String username, String locale, boolean click) {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1400, 900))) {
            Page page = chromium.signIn(context, username);
            if (locale.equals("en")) {
                page.navigate(chromium.url("/workspace?lang=en"));
            }
            Locator entries = page.locator("nav.nav > a, nav.nav > .menu > .menu-label");
            assertThat(entries.count()).isBetween(2, 6);
            double lineHeight = entries.first().boundingBox().height;
            double top = entries.first().boundingBox().y;
            for (int i = 0; i < entries.count(); i++) {
                var box = entries.nth(i).boundingBox();
                assertThat(box.y).as("entry %d starts on the first line", i).isEqualTo(top);
                assertThat(box.height).as("entry %d is one line tall", i).isEqualTo(lineHeight);
            }
            var header = page.locator("header.top").boundingBox();
            var who = page.locator("header.top .who").boundingBox();
            assertThat(header.height).isLessThanOrEqualTo(60);
            assertThat(who.x + who.width).isLessThanOrEqualTo(1400);
            assertThat(who.height).isLessThan(2 * lineHeight);
            Chromium.screenshot(page, "navigation-" + username + "-" + locale);
            if (!click) return;

            List<String> hrefs = new ArrayList<>();
            int menus = page.locator("nav.nav > .menu").count();
            for (int m = 0; m < menus; m++) {
                Locator links = page.locator("nav.nav > .menu").nth(m).locator(".menu-items a");
                for (int i = 0; i < links.count(); i++) {
                    hrefs.add(m + ":" + i);
                }
            }
            assertThat(hrefs).isNotEmpty();
            for (String at : hrefs) {
                int m = Integer.parseInt(at.split(":")[0]);
                int i = Integer.parseInt(at.split(":")[1]);
                Locator menu = page.locator("nav.nav > .menu").nth(m);
                menu.locator(".menu-label").hover();
                Locator link = menu.locator(".menu-items a").nth(i);
                String href = link.getAttribute("href");
                link.click();
                page.waitForURL("**" + href.replaceFirst("\\?.*", ""));
                assertThat(page.locator("nav.nav > .menu").nth(m).getAttribute("class")).contains("active");
                assertThat(page.locator("h1").count()).isPositive();
            }
        }
    }
}
