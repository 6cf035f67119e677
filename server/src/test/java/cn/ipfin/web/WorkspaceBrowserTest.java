package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Chromium (Debian's, installed by .ci/run) signs in as each demo role and checks that the workspace is
 * that role's and that the navigation offers only what the role can do. Screenshots land in target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceBrowserTest {

    @LocalServerPort int port;
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

    private Page signIn(BrowserContext context, String username) {
        return chromium.signIn(context, username);
    }

    @ParameterizedTest(name = "{0} sees the {1} workspace")
    @CsvSource(delimiter = '|', value = {
            "ipo            | IP_OFFICE               | 辖区概览   | 企业,质押贷款,台账     | ",
            "auditor        | IP_OFFICE               | 辖区概览   | 企业,质押贷款,台账     | ",
            "bank1          | BANK                    | 银行工作台 | 企业,质押贷款,台账     | ",
            "bank1-approver | BANK                    | 银行工作台 | 质押贷款               | ",
            "enterprise1    | ENTERPRISE              | 企业工作台 | 质押贷款,台账          | 企业",
            "valuer1        | VALUATION_FIRM          | 机构工作台 | 机构名录,台账          | 质押贷款",
            "guarantor1     | GUARANTOR               | 机构工作台 | 机构名录               | 质押贷款",
            "insurer1       | INSURER                 | 机构工作台 | 机构名录               | 企业",
            "operator1      | SECURITIZATION_OPERATOR | 机构工作台 | 机构名录               | 质押贷款",
            "expert1        | EXPERT_POOL             | 机构工作台 | 机构名录               | 企业"})
    void each_role_signs_in_to_its_own_workspace(String username, String workspace, String heading,
                                                  String offered, String hidden) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            Page page = signIn(context, username);
            assertThat(page.getAttribute("main", "data-workspace")).isEqualTo(workspace);
            assertThat(page.textContent("h1")).contains(heading);
            List<String> nav = page.locator("nav.nav a").allTextContents();
            for (String item : offered.split(",")) {
                assertThat(nav).contains(item.strip());
            }
            if (hidden != null) {
                assertThat(nav).doesNotContain(hidden.strip());
            }
            Chromium.screenshot(page, "workspace-" + username);
        }
    }

    @Test
    void the_office_overview_shows_charts_and_money_in_wan_yuan() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "ipo");
            page.waitForSelector(".chart canvas");
            assertThat(page.locator(".chart canvas").count()).isEqualTo(2);
            assertThat(page.textContent(".kpis")).contains("万元");
        }
    }

    @Test
    void the_language_switches_to_english_and_stays() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "bank1");
            page.click("a.lang");
            assertThat(page.textContent("h1")).contains("Bank workspace");
            page.navigate(chromium.url("/loans"));
            assertThat(page.textContent("h1")).contains("Pledge loans");
            Chromium.screenshot(page, "loans-bank1-en");
        }
    }

    @Test
    void the_auditor_verifies_the_ledger_from_the_page() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "auditor");
            page.navigate(chromium.url("/ledger"));
            page.click("#verify");
            page.waitForSelector("#verify-ok");
            assertThat(page.textContent("#verification")).contains("台账完整");
            Chromium.screenshot(page, "ledger-auditor");
        }
    }

    @Test
    void a_bank_officer_exports_the_loan_ledger_to_excel() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = signIn(context, "bank1");
            page.navigate(chromium.url("/ledger?type=LOAN"));
            var download = page.waitForDownload(() -> page.click("#export"));
            Path file = Chromium.SCREENSHOTS.resolve("ledger-bank1.xlsx");
            download.saveAs(file);
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
                var sheet = workbook.getSheetAt(0);
                // the export's heading rows (export time, as-of date) come first, then the column header
                int header = 0;
                while (sheet.getRow(header) == null || sheet.getRow(header).getCell(4) == null
                        || !"业务编号".equals(sheet.getRow(header).getCell(4).toString())) {
                    assertThat(header++).as("the column header within the first rows").isLessThan(10);
                }
                assertThat(sheet.getRow(0).getCell(0).toString()).isNotBlank();
                assertThat(sheet.getLastRowNum()).isGreaterThan(header);
                assertThat(sheet.getRow(header + 1).getCell(3).getStringCellValue()).isEqualTo("LOAN");
            }
        }
    }
}
