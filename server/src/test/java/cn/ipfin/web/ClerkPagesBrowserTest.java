package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding one's way: the district overview's loan chart (live and closed loans apart, a bar opens the list behind
 * it) and the bank's work queue (everything waiting for this user, by role).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClerkPagesBrowserTest {

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
    void the_loan_chart_separates_closed_loans_and_a_bar_opens_its_loans() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1400, 900))) {
            Page page = chromium.signIn(context, "ipo");
            page.waitForSelector(".chart[data-links] canvas");
            @SuppressWarnings("unchecked")
            List<String> series = (List<String>) page.evaluate("() => echarts.getInstanceByDom("
                    + "document.querySelector('.chart[data-links]')).getOption().series.map(s => s.name)");
            assertThat(series).containsExactly("在办及在贷", "已结清、撤回、拒绝");
            // the first bar with live loans: click half-way up it
            @SuppressWarnings("unchecked")
            List<Number> at = (List<Number>) page.evaluate("() => { const c = echarts.getInstanceByDom("
                    + "document.querySelector('.chart[data-links]')); const d = c.getOption().series[0].data;"
                    + " const j = d.findIndex(v => v > 0);"
                    + " return c.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, [j, d[j] / 2]); }");
            // the click is at viewport coordinates: bring the chart into view first
            page.locator(".chart[data-links]").scrollIntoViewIfNeeded();
            var box = page.locator(".chart[data-links]").boundingBox();
            clickUntilItOpens(page, box.x + at.get(0).doubleValue(), box.y + at.get(1).doubleValue(), "/loans?state=");
            assertThat(page.url()).contains("/loans?state=");
            assertThat(page.locator("main table tbody tr").count()).isPositive();
        }
    }

    @Test
    void the_work_queue_holds_what_waits_for_the_officer_and_the_approver_apart() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "bank1");
            int pipeline = waitingOnTheWorkspace(page, "APPLIED", "VALUATION", "DUE_DILIGENCE", "PLEDGE_REGISTRATION",
                    "CONTRACT");
            page.navigate(chromium.url("/applications"));
            assertThat(page.locator("section.queue table tbody tr").count()).as("what the workspace counts waits")
                    .isEqualTo(pipeline);
            assertThat(page.locator("#queue-CREDIT_APPROVAL").count()).as("the decision is the approver's").isZero();
            assertThat(page.locator("#queue-CONTRACT").count()).isOne();
        }
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "bank1-approver");
            int pipeline = waitingOnTheWorkspace(page, "CREDIT_APPROVAL");
            page.navigate(chromium.url("/applications"));
            assertThat(page.locator("section.queue").count()).isOne();
            assertThat(page.locator("#queue-CREDIT_APPROVAL tbody tr").count()).isEqualTo(pipeline);
        }
    }

    /** The loans the workspace's by-state table counts in these states. */
    private static int waitingOnTheWorkspace(Page page, String... states) {
        int sum = 0;
        for (String state : states) {
            var row = page.locator("tr:has(a[href$='state=" + state + "'])");
            if (row.count() > 0) sum += Integer.parseInt(row.first().locator("td.num").first().textContent().strip());
        }
        return sum;
    }

    @Test
    void the_pledge_register_filters_by_state_and_kind_and_pages() {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/pledges"));
            int all = page.locator("#pledges tbody tr[data-loan]").count();
            assertThat(all).isPositive().isLessThanOrEqualTo(50);
            page.selectOption("#pledge-filters select[name=state]", "IN_FORCE");
            page.click("#pledge-filters button[type=submit]");
            page.waitForURL("**state=IN_FORCE**");
            assertThat(page.locator("#pledges tbody tr[data-loan] .badge.state-WITHDRAWN").count())
                    .as("no cancelled pledge among those in force").isZero();
            assertThat(page.locator("#pledge-filters a#pledges-export").getAttribute("href")).contains("state=IN_FORCE");

            page.navigate(chromium.url("/pledges?kind=TRADEMARK"));
            // one row per registration: trademarks are registered at the trademark office
            List<String> offices = page.locator("#pledges tbody tr[data-loan] td:nth-child(3)").allTextContents();
            assertThat(offices).isNotEmpty().allSatisfy(office -> assertThat(office).contains("商标"));
            // the chart of registrations by month and kind: a segment opens the register on that kind and month
            page.navigate(chromium.url("/pledges"));
            page.waitForSelector("#pledge-chart[data-links] canvas");
            @SuppressWarnings("unchecked")
            List<Number> at = (List<Number>) page.evaluate("() => { const c = echarts.getInstanceByDom("
                    + "document.getElementById('pledge-chart')); const d = c.getOption().series[0].data;"
                    + " const j = d.findIndex(v => v > 0);"
                    + " return c.convertToPixel({ xAxisIndex: 0, yAxisIndex: 0 }, [j, d[j] / 2]); }");
            page.locator("#pledge-chart").scrollIntoViewIfNeeded();
            var box = page.locator("#pledge-chart").boundingBox();
            clickUntilItOpens(page, box.x + at.get(0).doubleValue(), box.y + at.get(1).doubleValue(), "/pledges?kind=");
            assertThat(page.url()).contains("from=").contains("to=");
            assertThat(page.locator("#pledges tbody tr[data-loan]").count()).isPositive();

            page.navigate(chromium.url("/pledges?from=2999-01-01"));
            assertThat(page.locator("#pledges tbody tr[data-loan]").count()).isZero();
        }
    }

    /**
     * Clicks a point of a chart until the page behind it opens: ECharts draws its bars growing for a moment after the
     * canvas appears, and a click on the bar's final height during that moment falls on empty canvas.
     */
    private static void clickUntilItOpens(Page page, double x, double y, String urlPart) {
        for (int attempt = 1; ; attempt++) {
            page.mouse().click(x, y);
            try {
                page.waitForURL(url -> url.contains(urlPart), new Page.WaitForURLOptions().setTimeout(3_000)
                        .setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 5) throw e;
            }
        }
    }
}
