package cn.ipfin.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.reference.LprRates;
import cn.ipfin.servicing.ServicingFixture;
import cn.ipfin.servicing.ServicingHistory;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.time.LocalDate;

/**
 * Servicing in the browser: the bank officer sees an overdue loan's schedule, days past due and classification and
 * records the repayment of everything due; the borrower sees its next payment but not the bank's classification;
 * the IP office runs a daily close and watches it complete; the bank exports its servicing ledger.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicingBrowserTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ServicingHistory history;
    @Autowired LprRates lpr;
    @Autowired TransactionTemplate tx;
    @Autowired cn.ipfin.ledger.Ledger ledger;
    @Autowired java.time.Clock clock;
    private Chromium chromium;
    private Browser browser;

    @BeforeAll
    void launch() throws Exception {
        chromium = new Chromium(port);
        browser = chromium.browser;
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    @Test
    void the_officer_records_a_repayment_and_the_borrower_sees_the_schedule_without_the_classification() {
        var fixture = new ServicingFixture(jdbc, users, history, lpr, tx, ledger);
        LocalDate today = LocalDate.now(clock);
        var loan = fixture.loan(RepaymentMethod.EQUAL_INSTALMENTS, "600000.00", "3.50", 12, today.minusMonths(6),
                today.minusDays(1), 40);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = chromium.signIn(context, "bank1");
            page.navigate(chromium.url("/loans/" + loan.loanNo() + "/servicing"));
            assertThat(page.textContent("#classification")).isEqualTo("关注");
            assertThat(Integer.parseInt(page.textContent("#dpd").strip())).isGreaterThanOrEqualTo(40);
            assertThat(page.locator("#version-1 tr.overdue").count()).isGreaterThanOrEqualTo(1);
            Chromium.screenshot(page, "servicing-overdue-bank1");
            // the form offers what is due today; the officer enters the bank's reference and submits
            page.fill("#repay input[name=bankReference]", "WEB-" + loan.loanNo());
            page.click("#repay button[type=submit]");
            page.waitForSelector("#repayments td:text('WEB-" + loan.loanNo() + "')");
            assertThat(page.textContent("#overdue")).contains("0.00");
            page.waitForSelector("#dpd:text-is('0')");   // cured: refreshed now, not at the next close
            assertThat(page.textContent("#dpd-as-of")).startsWith("截至 ").endsWith(" 日终");
            assertThat(page.locator("#commands .form-title").allTextContents())
                    .containsExactly("按期还款", "提前还本", "提前结清", "展期");
            Chromium.screenshot(page, "servicing-repaid-bank1");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = chromium.signIn(context, "enterprise1");
            // the workspace shows what falls due next
            assertThat(page.locator("#next-payments a:text('" + loan.loanNo() + "')").count()).isEqualTo(1);
            page.navigate(chromium.url("/servicing"));
            assertThat(page.textContent("h1")).contains("我的还款");
            assertThat(page.locator("#payments a:text('" + loan.loanNo() + "')").count()).isEqualTo(1);
            page.click("#payments a:text('" + loan.loanNo() + "')");
            page.waitForSelector("#version-1");
            assertThat(page.locator("#classification").count()).isZero();
            assertThat(page.locator("#commands").count()).isZero();
            Chromium.screenshot(page, "servicing-enterprise1");
        }
    }

    @Test
    void the_ip_office_runs_a_daily_close_and_watches_it_complete() {
        LocalDate date = LocalDate.of(2025, 9, 30);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/servicing/close"));
            page.fill("#run-close input[name=date]", date.toString());
            page.click("#run-close button[type=submit]");
            page.waitForURL("**/servicing/close/" + date);
            page.waitForSelector("#run-state[data-state='COMPLETED']");
            assertThat(page.textContent("#percent")).isEqualTo("100%");
            Chromium.screenshot(page, "servicing-close-ipo");
            // running the completed date again is refused with the reason
            page.navigate(chromium.url("/servicing/close"));
            page.fill("#run-close input[name=date]", date.toString());
            page.click("#run-close button[type=submit]");
            assertThat(page.waitForSelector("#run-close .alert").textContent()).contains("已完成");
        }
    }

    @Test
    void the_bank_sees_its_portfolio_by_classification_and_exports_the_ledger() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setAcceptDownloads(true))) {
            Page page = chromium.signIn(context, "bank1");
            page.navigate(chromium.url("/servicing"));
            assertThat(page.locator("#portfolio tr[data-class]").count()).isEqualTo(5);
            page.waitForSelector("#class-chart canvas");
            assertThat(page.textContent("#npl")).contains("不良率");
            Download download = page.waitForDownload(() -> page.click("a[href='/servicing/ledger.xlsx']"));
            byte[] xlsx = Files.readAllBytes(download.path());
            assertThat(xlsx).startsWith(new byte[]{'P', 'K'});
            Chromium.screenshot(page, "servicing-portfolio-bank1");

            // the NPL trend and coverage are drawn and clickable; the class chart's list behind it is the loan book
            page.waitForSelector("#npl-trend-chart canvas");
            page.waitForSelector("#coverage-chart canvas");
            assertThat(page.getAttribute("#npl-trend-chart", "data-links")).isEqualTo("true");
            assertThat(page.getAttribute("#coverage-chart", "data-links")).isEqualTo("true");
            page.navigate(chromium.url("/servicing/positions"));
            String shown = page.getAttribute("#positions tbody tr[data-class]", "data-class");
            page.navigate(chromium.url("/servicing/positions?classification=" + shown));
            assertThat(page.locator("#positions tbody tr[data-class]").count()).isPositive();
            assertThat(page.locator("#positions tbody tr[data-class]:not([data-class=" + shown + "])").count()).isZero();
        }
    }
}
