package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pledge loan from demand to disbursement, in the browser, by everyone who takes part: the enterprise posts a
 * demand and applies, the bank officer takes it on and asks for a valuation, the valuer values and signs, the
 * officer works through due diligence (uploading PDFs), registers the pledge and submits it, the approver (not the
 * officer: four eyes) approves after a refused first try, the officer signs the contract and disburses, and the IP
 * office finds the pledge in its district register. Screenshots of the key pages go to target/screenshots.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OriginationBrowserTest {

    private static final String CHECKLIST = "BUSINESS_LICENCE,FINANCIAL_STATEMENTS,IP_CERTIFICATES,CREDIT_REPORT,SITE_VISIT";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;
    private Chromium chromium;

    @BeforeAll
    void launch() throws Exception {
        chromium = new Chromium(port);
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    record Asset(long id, String kind) {
    }

    /**
     * A right of enterprise1 that bank-1's product takes, in force, unpledged, unfrozen, solely owned, protected
     * well past the loan's maturity and not collateral of another open application; patents first.
     */
    private Asset freeAsset() {
        return jdbc.sql("""
                        select a.id, a.kind from ip_asset a join ip_asset_owner o on o.asset_id = a.id
                        join app_user u on u.organisation_id = o.enterprise_id and u.username = 'enterprise1'
                        where a.kind in ('INVENTION_PATENT','UTILITY_MODEL','TRADEMARK','SOFTWARE_COPYRIGHT')
                          and a.status = 'IN_FORCE' and a.expires_on > cast(:today as date) + interval '3 years'
                          and (select count(*) from ip_asset_owner x where x.asset_id = a.id) = 1
                          and not exists (select 1 from ip_pledge p where p.asset_id = a.id and p.cancelled_on is null)
                          and not exists (select 1 from ip_asset_freeze f where f.asset_id = a.id and f.lifted_on is null)
                          and not exists (select 1 from loan_collateral c join loan l on l.id = c.loan_id
                                          where c.asset_id = a.id and l.state in ('APPLIED','VALUATION','DUE_DILIGENCE',
                                          'PLEDGE_REGISTRATION','CREDIT_APPROVAL','CONTRACT'))
                        order by a.kind = 'INVENTION_PATENT' desc, a.kind = 'UTILITY_MODEL' desc, a.expires_on desc, a.id
                        limit 1""")
                .param("today", java.time.LocalDate.now(clock)).query(Asset.class).single();
    }

    private long product(String bank, String code) {
        return jdbc.sql("""
                        select p.id from loan_product p join organisation o on o.id = p.bank_org_id
                        where o.code = :b and p.code = :c and p.retired_at is null""")
                .param("b", bank).param("c", code).query(Long.class).single();
    }

    private static byte[] pdf(String title) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + title + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Waits for the application page in the state, loaded (htmx ready for the next click). */
    private static void waitForState(Page page, String state) {
        page.waitForSelector("#loan-state[data-state='" + state + "']");
        page.waitForLoadState();
    }

    private static int version(Page page) {
        return Integer.parseInt(page.getAttribute("#application", "data-version"));
    }

    /** Clicks, and waits until the page is back with the application's next version (or shows a refusal). */
    private static void step(Page page, String selector) {
        int next = version(page) + 1;
        page.click(selector);
        page.waitForSelector("#application[data-version='" + next + "'], .result .alert");
        page.waitForLoadState();
        assertThat(page.locator(".result .alert").allTextContents()).isEmpty();
    }

    @Test
    void one_loan_goes_from_demand_to_disbursement_across_every_party() throws Exception {
        Asset asset = freeAsset();
        long patent = asset.id();
        long productId = product("bank-1", "ZSCD-01");
        BigDecimal maxRate = jdbc.sql("select max_pledge_rate from loan_product_rate where product_id = :p and ip_kind = :k")
                .param("p", productId).param("k", asset.kind()).query(BigDecimal.class).single();
        String loanNo;

        // The enterprise posts its demand, sees the ranked products and applies to bank-1's with its patent.
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "enterprise1");
            page.navigate(chromium.url("/products"));
            assertThat(page.locator("#catalogue tr[data-product]").count()).isGreaterThanOrEqualTo(4);
            Chromium.screenshot(page, "origination-01-catalogue");

            page.navigate(chromium.url("/demands"));
            int before = page.locator("section.demand").count();
            page.fill("#demand-amount", "1000000");
            page.fill("#demand-term", "12");
            page.fill("#demand-purpose", "浏览器测试：研发投入");
            page.check("#kind-" + asset.kind());
            page.click("#post-demand-button");
            page.waitForCondition(() -> page.locator("section.demand").count() == before + 1);
            String demandId = page.locator("section.demand").first().getAttribute("data-demand");
            Chromium.screenshot(page, "origination-02-demand-matches");
            page.click("#demand-" + demandId + " tr[data-product='" + productId + "'] a.apply-link");

            page.waitForSelector("#apply-form");
            page.waitForLoadState();
            assertThat(page.inputValue("#apply-product")).isEqualTo(Long.toString(productId));
            assertThat(page.inputValue("#apply-demand")).isEqualTo(demandId);
            assertThat(new BigDecimal(page.inputValue("#apply-amount"))).as("the demand's amount carried")
                    .isEqualByComparingTo("1000000");
            assertThat(page.inputValue("#apply-term")).isEqualTo("12");
            assertThat(page.inputValue("#apply-purpose")).isEqualTo("浏览器测试：研发投入");
            page.fill("#apply-amount", "300000");
            page.fill("#apply-term", "12");
            page.fill("#apply-purpose", "研发投入");
            page.check("#asset-" + patent);
            page.click("#apply-button");
            page.waitForURL("**/applications/LA*");
            waitForState(page, "APPLIED");
            loanNo = page.url().substring(page.url().lastIndexOf('/') + 1);
            Chromium.screenshot(page, "origination-03-applied");
        }

        // The bank officer takes it on from the work queue and asks valuer-1 for a valuation.
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "bank1");
            page.navigate(chromium.url("/applications"));
            page.click("#queue-APPLIED a:text('" + loanNo + "')");
            waitForState(page, "APPLIED");
            Chromium.screenshot(page, "origination-04-bank-applied");
            page.fill("#step-take-on input[name=note]", "内部备注：老客户，经营稳定");
            page.click("#take-on");
            waitForState(page, "VALUATION");
            page.click(".collateral-actions[data-asset='" + patent + "'] form.request-valuation button");
            page.waitForSelector(".collateral-actions[data-asset='" + patent + "'] form.attach-valuation option, .result .alert",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
            assertThat(page.locator(".result .alert").allTextContents()).isEmpty();
        }
        long valuationId = jdbc.sql("select r.id from valuation_request r join loan l on l.id = r.loan_id where l.loan_no = :no")
                .param("no", loanNo).query(Long.class).single();

        // The valuer pre-values from the registry, reviews the figure and signs the report.
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "valuer1");
            page.navigate(chromium.url("/valuations/" + valuationId));
            page.click("button[hx-post*='pre-valuation']");
            page.waitForSelector("form[hx-post*='adjustment']");
            page.waitForLoadState();
            // the registry alone gives a small figure; the valuer reviews it with the audited revenue and a reason
            page.fill("form[hx-post*='adjustment'] input[name=revenue]", "6000000");
            page.fill("form[hx-post*='adjustment'] input[name=reason]", "依据企业经审计的专利产品收入调整收益基数");
            page.click("form[hx-post*='adjustment'] button[type=submit]");
            page.waitForSelector("dd:has-text('依据企业经审计')");
            page.waitForLoadState();
            page.click("button[hx-post*='signature']");
            page.waitForSelector("a[href$='report.pdf']");
            Chromium.screenshot(page, "origination-05-valuation-signed");
        }
        BigDecimal value = jdbc.sql("select value from valuation_request where id = :id").param("id", valuationId)
                .query(BigDecimal.class).single();
        BigDecimal limit = value.multiply(maxRate).setScale(2, RoundingMode.DOWN);
        assertThat(limit).as("the demo patent's signed value leaves room for the product's minimum").isGreaterThan(new BigDecimal("100000"));

        // The officer uses the signed value, works through due diligence, registers the pledge and submits.
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "bank1");
            page.navigate(chromium.url("/applications/" + loanNo));
            step(page, ".collateral-actions[data-asset='" + patent + "'] form.attach-valuation button");
            assertThat(page.getAttribute("tr.collateral[data-asset='" + patent + "']", "data-valued")).isEqualTo("true");
            page.click("#start-due-diligence");
            waitForState(page, "DUE_DILIGENCE");

            // a second tab still shows the page as it was: its action after ours is a conflict, not an overwrite
            Page stale = context.newPage();
            stale.navigate(chromium.url("/applications/" + loanNo));
            List<String> items = List.of(CHECKLIST.split(","));
            for (String item : items) {
                String row = "tr.checklist-item[data-item='" + item + "']";
                page.setInputFiles(row + " form.upload-item input[type=file]",
                        new FilePayload(item.toLowerCase() + ".pdf", "application/pdf", pdf(item)));
                step(page, row + " form.upload-item button");
                assertThat(page.getAttribute(row, "data-done")).isEqualTo("true");
            }
            String staleRow = "tr.checklist-item[data-item='SITE_VISIT']";
            stale.setInputFiles(staleRow + " form.upload-item input[type=file]",
                    new FilePayload("again.pdf", "application/pdf", pdf("again")));
            stale.click(staleRow + " form.upload-item button");
            stale.waitForSelector(staleRow + " .alert.conflict");
            assertThat(stale.textContent(staleRow + " .alert.conflict")).contains("已被他人修改");
            Chromium.screenshot(stale, "origination-06-conflict");
            stale.close();
            Chromium.screenshot(page, "origination-07-checklist-done");

            page.click("#start-registration");
            waitForState(page, "PLEDGE_REGISTRATION");
            step(page, ".registration-actions[data-asset='" + patent + "'] form.register button");
            assertThat(page.textContent("tr.collateral[data-asset='" + patent + "'] .registration-no")).startsWith("Y");
            Chromium.screenshot(page, "origination-08-pledge-registered");
            page.click("#submit-approval");
            waitForState(page, "CREDIT_APPROVAL");
            assertThat(page.locator("#approval-form").count()).as("an officer does not approve").isZero();
        }

        // The approver is refused above the pledge-rate limit, then approves within it.
        BigDecimal amount = limit.min(new BigDecimal("300000"));
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "bank1-approver");
            page.navigate(chromium.url("/applications/" + loanNo));
            assertThat(new BigDecimal(page.inputValue("#approve-amount"))).as("the form starts at most at the limit")
                    .isLessThanOrEqualTo(limit);
            page.fill("#approve-amount", limit.add(new BigDecimal("0.01")).toPlainString());
            page.click("#approve");
            page.waitForSelector("#approval-form .alert.error");
            assertThat(page.textContent("#approval-form .alert.error")).contains("质押率上限");
            Chromium.screenshot(page, "origination-09-approval-refused");
            page.fill("#approve-amount", amount.toPlainString());
            page.click("#approve");
            waitForState(page, "CONTRACT");
        }

        // The officer records the signed contract and disburses.
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = chromium.signIn(context, "bank1");
            page.navigate(chromium.url("/applications/" + loanNo));
            assertThat(page.locator("#stepper li.step-current").textContent()).isEqualTo("签订合同");
            assertThat(page.locator("#disburse").count()).as("no disbursement before the contract").isZero();
            assertThat(page.locator("form:has(#sign-contract)").getAttribute("hx-confirm")).isEqualTo("确认执行此操作？");
            page.fill("#contract-input", "HT-" + loanNo);
            step(page, "#sign-contract");
            assertThat(page.textContent("#contract-no")).contains("HT-" + loanNo);
            assertThat(page.locator("#sign-contract").count()).as("signed once, then only disbursement").isZero();
            page.click("#disburse");
            waitForState(page, "DISBURSED");
            page.waitForSelector("#to-servicing a");
            assertThat(page.locator("#stepper li.step-done").count()).as("已申请 … 已放款 all done").isEqualTo(7);
            assertThat(page.locator("#to-servicing a").getAttribute("href")).isEqualTo("/loans/" + loanNo + "/servicing");
            assertThat(page.locator("#timeline tr.step").allTextContents()).anyMatch(t -> t.contains("已放款"));
            Chromium.screenshot(page, "origination-10-disbursed-bank");

            page.navigate(chromium.url("/demands"));
            assertThat(page.textContent("main")).contains("需求库");
            Chromium.screenshot(page, "origination-13-bank-demand-library");
            page.navigate(chromium.url("/products?from=" + productId));
            assertThat(page.inputValue("#publish-form input[name=code]")).isEqualTo("ZSCD-01");
            Chromium.screenshot(page, "origination-14-bank-products");

            page.navigate(chromium.url("/applications"));
            var download = page.waitForDownload(() -> page.click("#ledger-export"));
            Path file = Chromium.SCREENSHOTS.resolve("loan-ledger-bank1.xlsx");
            download.saveAs(file);
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
                var sheet = workbook.getSheetAt(0);
                boolean found = false;
                for (var row : sheet) found |= row.getCell(0) != null && loanNo.equals(row.getCell(0).getStringCellValue());
                assertThat(found).as("the disbursed loan is in the bank's ledger export").isTrue();
            }
        }

        // The enterprise sees its loan disbursed, with the timeline but without the bank's internal note.
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "enterprise1");
            page.navigate(chromium.url("/applications/" + loanNo));
            waitForState(page, "DISBURSED");
            assertThat(page.textContent("main")).doesNotContain("老客户");
            Chromium.screenshot(page, "origination-11-disbursed-enterprise");
        }

        // The IP office finds the pledge in its district register, with count and amount in 万元.
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/pledges"));
            page.waitForSelector("#pledges tr[data-loan='" + loanNo + "']");
            assertThat(page.textContent("#in-force-amount")).contains("万元");
            assertThat(page.textContent("main")).doesNotContain("老客户");
            Chromium.screenshot(page, "origination-12-pledge-register");
        }
        assertThat(jdbc.sql("select state from loan where loan_no = :no").param("no", loanNo).query(String.class).single())
                .isEqualTo("DISBURSED");
    }
}
