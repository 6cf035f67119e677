package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.tabular.TabularWriter;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly statistics in the browser: bank-2 submits its 2026Q3 report by the template on 1 December, seven weeks
 * after it was due; the IP office opens the dashboard, drills into that late bank (its report's version and the loans
 * behind its figures), and generates the quarterly bulletin.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionBrowserTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
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
    void the_office_opens_the_dashboard_drills_into_a_late_bank_and_generates_the_bulletin() throws Exception {
        long bank2 = jdbc.sql("select id from organisation where code = 'bank-2'").query(Long.class).single();
        Path file = Files.createTempFile("bank2-2026Q3", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            TabularWriter.writeXlsx(cn.ipfin.supervision.BankReports.template(), List.of(Map.of(
                    "quarter", "2026Q3", "new_loans_count", "3", "new_loans_amount", "4500000.00",
                    "balance_amount", "12000000.00", "customers_count", "7", "pledge_rate", "40",
                    "npl_amount", "360000.00", "overall_npl_rate", "1.20")), out);
        }

        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "bank2");
            page.navigate(chromium.url("/supervision/submissions"));
            page.setInputFiles("#report-file", file);
            page.click("#upload-report");
            page.waitForSelector("#import-applied");
            assertThat(page.textContent("#my-reports tr[data-quarter='2026Q3']")).contains("逾期报送");
            Chromium.screenshot(page, "supervision-01-bank-report");
        }

        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/supervision?quarter=2026Q3"));
            page.waitForSelector("#bank-chart canvas, #bank-chart svg");
            Chromium.screenshot(page, "supervision-02-dashboard");
            assertThat(page.textContent("#behind-banks tr[data-bank='" + bank2 + "']")).contains("逾期报送");

            page.click("#behind-banks tr[data-bank='" + bank2 + "'] a");
            page.waitForSelector("#bank-report");
            assertThat(page.getAttribute("#bank-report", "data-status")).isEqualTo("LATE");
            assertThat(page.locator("#versions tbody tr").count()).isEqualTo(1);
            assertThat(page.textContent("#versions tbody tr")).contains("bank2", "12,000,000.00");
            Chromium.screenshot(page, "supervision-03-late-bank");

            page.navigate(chromium.url("/supervision?quarter=2026Q3"));
            var download = page.waitForDownload(() -> page.click("#bulletin-link"));
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            assertThat(download.suggestedFilename()).isEqualTo("bulletin-2026Q3.pdf");
        }
    }
}
