package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IP office estimates an issue's cost (Longnan 附件2, then a 2亿元 issue) and simulates a pool's tranches,
 * and sees the loss distribution drawn. (The pool is illustrative: building it from the registry is still to come.)
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuritizationBrowserTest {

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

    @Test
    void the_office_runs_the_cost_estimate_and_a_simulation_and_sees_the_chart() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "ipo");
            page.locator("nav.nav .menu-items a[href='/securitization/cost']").first().evaluate("a => a.click()");
            page.waitForURL("**/securitization/cost");
            assertThat(page.textContent("#total")).isEqualTo("4,050,000.00 – 5,060,000.00");
            assertThat(page.locator("#cost-lines tr.flagged").count()).isEqualTo(2);
            assertThat(page.textContent("#discrepancies")).contains("预计承销费+管理费用", "增值税费");
            Chromium.screenshot(page, "securitization-cost");

            page.fill("#sizeWan", "20000");
            page.click("#estimate");
            page.waitForURL("**sizeWan=20000**");
            assertThat(page.textContent("#guarantee-total")).isEqualTo("2,000,000.00 – 3,000,000.00");

            page.navigate(chromium.url("/securitization/simulation"));
            page.fill("#loans", "150");
            page.fill("#scenarios", "2000");
            page.click("#simulate");
            page.waitForURL("**loans=150**");
            assertThat(page.locator("#tranches tbody tr").count()).isEqualTo(3);
            page.waitForSelector("#loss-chart canvas");
            assertThat(page.locator("#loss-chart canvas").count()).isPositive();
            assertThat(page.locator("#tranches .rating").first().textContent()).isNotBlank();
            Chromium.screenshot(page, "securitization-simulation");
        }
    }
}
