package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.programme.ProgrammeDefinitions;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 in the browser: an Ezhou enterprise with two IP pledge loans whose 2026 interest is 150,000 and 80,000
 * yuan sees its explained pre-check, applies with its materials and commitment; the office assigns three experts,
 * two sign; the office approves at 50 %: 115,000 by rate, and the page shows 100,000, the cap per enterprise.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeBrowserTest {

    private static final String EZHOU = "ezhou-2024-interest-subsidy";
    private static final FilePayload PDF = new FilePayload("材料.pdf", "application/pdf",
            "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII));

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ProgrammeDefinitions definitions;
    private Chromium chromium;
    private Browser browser;
    private final int n = (int) (System.nanoTime() % 100_000);

    @BeforeAll
    void launch() throws Exception {
        chromium = new Chromium(port);
        browser = chromium.browser;
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    // year 2026, not ProgrammeWorkflowTest's 2025: this test commits its approval, which counts in its year's budget
    @Test
    void an_enterprise_applies_experts_review_and_the_office_approves_the_capped_subsidy() {
        if (definitions.programmes().stream().noneMatch(v -> v.key().equals(EZHOU))) {
            definitions.loadPreset(actor("ipo"), "ezhou-2024-interest-subsidy.yaml");
        }
        String enterprise = newEnterprise();
        long org = actor(enterprise).orgId();
        loan(org, actor("bank1").orgId(), "150000.00", 1);
        loan(org, actor("bank2").orgId(), "80000.00", 2);
        List<String> experts = List.of(newExpert(1), newExpert(2), newExpert(3));

        long id;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            context.setDefaultTimeout(60_000);
            Page page = chromium.signIn(context, enterprise);
            page.navigate(chromium.url("/programmes?year=2026"));
            String card = "article[data-programme='" + EZHOU + "']";
            assertThat(page.textContent(card + " .precheck")).contains("当年有贷款利息").contains("15000000 分")
                    .contains("Ezhou 003 §四").doesNotContain("interest");
            Chromium.screenshot(page, "programme-precheck-enterprise");
            page.click(card + " form.apply button[type=submit]");
            page.waitForURL("**/programmes/applications/*");
            id = Long.parseLong(page.url().replaceAll(".*/", ""));
            for (String material : List.of("application", "loan-contract", "commitment")) upload(page, material, PDF);
            upload(page, "interest-vouchers", new FilePayload("付息.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK".getBytes()));
            page.check("#submit-form input[name=commitment]");
            page.click("#submit-form button[type=submit]");
            page.waitForSelector("#application-state:text('已提交')");
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            context.setDefaultTimeout(60_000);
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/programmes/applications/" + id));
            page.fill("#panel-form input[name=experts]", String.join(",", experts));
            page.click("#panel-form button[type=submit]");
            page.waitForSelector("#application-state:text('评审中')");
        }

        for (String expert : experts.subList(0, 2)) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
                context.setDefaultTimeout(60_000);
                Page page = chromium.signIn(context, expert);
                page.navigate(chromium.url("/programmes/applications/" + id));
                page.fill("#opinion-form input[name=ratePercent]", "50");
                page.fill("#opinion-form input[name=opinion]", "经综合评估，符合贴息条件");
                page.click("#opinion-form button[type=submit]");
                page.waitForSelector("#opinion-form", new Page.WaitForSelectorOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            }
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            context.setDefaultTimeout(60_000);
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/programmes/applications/" + id));
            page.fill("#decision-form input[name=ratePercent]", "50");
            page.fill("#decision-form input[name=reason]", "同意");
            page.click("#decision-form button[type=submit]");
            page.waitForSelector("#application-state:text('已批准')");
            // 50 % of 230,000 is 115,000; the enterprise's cap for the year is 100,000
            assertThat(page.textContent("#application-amount")).isEqualTo("100,000.00");
            assertThat(page.textContent("#calculation")).contains("115000.00").contains("100000.00");
            Chromium.screenshot(page, "programme-approved-ipo");

            // the office edits the definition on its page: a bad edit names its line and stores nothing, a good one is
            // the next version with its diff, and the approved application stays under the version it was made under
            int governing = definitions.history(EZHOU).getFirst().version();
            page.navigate(chromium.url("/programmes/" + EZHOU + "?year=2026"));
            assertThat(page.textContent("#report-approvals")).isNotBlank();
            String text = page.inputValue("#definition-text");
            page.fill("#definition-text", text.replace("panel: 3, quorum: 2", "panel: 3, quorum: 9"));
            page.click("#definition-form button[type=submit]");
            page.waitForSelector("#definition-result .alert.error");
            assertThat(page.textContent("#definition-result")).contains("行 review.quorum").contains("9 / 3");
            assertThat(definitions.history(EZHOU).getFirst().version()).isEqualTo(governing);
            page.fill("#definition-text", text + "# 页面编辑：补充说明\n");
            page.fill("#definition-form input[name=note]", "补充说明");
            page.click("#definition-form button[type=submit]");
            page.waitForURL("**/programmes/" + EZHOU + "/versions/" + (governing + 1));
            assertThat(page.textContent("#definition-diff")).contains("# 页面编辑：补充说明").contains("新增");
            Chromium.screenshot(page, "programme-definition-version-ipo");
            page.navigate(chromium.url("/programmes/applications/" + id));
            assertThat(page.textContent("#governing-version")).isEqualTo("v" + governing);
        }
    }

    private static void upload(Page page, String material, FilePayload file) {
        String form = "#materials form:has(input[name=material][value='" + material + "'])";
        page.setInputFiles(form + " input[type=file]", file);
        page.click(form + " button[type=submit]");
        page.waitForSelector("#materials tr:has(input[value='" + material + "']) td:nth-child(3):not(:text('—'))");
        page.waitForLoadState();   // the upload reloads the page; htmx binds the next form on load
    }

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    private String newExpert(int i) {
        String name = "pb-expert-" + n + "-" + i;
        users.create(name, PASSWORD, "专家 " + name, actor("expert1").orgId(), List.of(Role.EXPERT));
        return name;
    }

    private String newEnterprise() {
        String code = UnifiedSocialCreditCode.withCheckCharacter("91420700MB4" + String.format("%06d", n)).value();
        long org = jdbc.sql("""
                        insert into organisation (code, credit_code, type, name, district)
                        values (:code, :code, 'ENTERPRISE', :name, '鄂州市') returning id""")
                .param("code", code).param("name", "鄂州贴息页面企业" + n).query(Long.class).single();
        jdbc.sql("""
                        insert into enterprise (organisation_id, credit_code, name, legal_representative, registered_on,
                            registered_capital, district, industry_code, industry_name, size)
                        values (:id, :code, :name, '李四', date '2019-01-01', 5000000, '鄂州市', 'C3990', '其他电子设备制造', 'SMALL')""")
                .param("id", org).param("code", code).param("name", "鄂州贴息页面企业" + n).update();
        users.create("pb-ent-" + n, PASSWORD, "企业财务 " + n, org, List.of(Role.ENTERPRISE_FINANCE));
        return "pb-ent-" + n;
    }

    /** An IP pledge loan disbursed in 2024 whose 2026 repayments paid {@code interest}. */
    private void loan(long enterprise, long bank, String interest, int i) {
        String no = "PB" + String.format("%06d", n) + i;
        long loan = jdbc.sql("""
                        insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on,
                            disbursed_on, maturity_on, state)
                        values (:no, :e, :b, 5000000, 0.035, 36, date '2024-02-01', date '2024-03-01', date '2027-03-01', 'DISBURSED')
                        returning id""")
                .param("no", no).param("e", enterprise).param("b", bank).query(Long.class).single();
        long asset = jdbc.sql("""
                        insert into ip_asset (kind, number, title, filed_on, granted_on, expires_on, status)
                        values ('INVENTION_PATENT', :n, '贴息页面专利', date '2018-01-01', date '2020-01-01', date '2037-12-31', 'IN_FORCE')
                        returning id""")
                .param("n", PatentApplicationNumber.of(2018, 1, 8_000_000 + n * 10 + i).value()).query(Long.class).single();
        jdbc.sql("insert into ip_asset_owner (asset_id, enterprise_id, share) values (:a, :e, 1)")
                .param("a", asset).param("e", enterprise).update();
        jdbc.sql("""
                        insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on)
                        values (:a, :reg, :e, :b, :l, date '2024-02-26')""")
                .param("a", asset).param("reg", "PBREG" + n + i).param("e", enterprise).param("b", bank).param("l", loan).update();
        jdbc.sql("""
                        insert into loan_repayment (loan_id, bank_org_id, bank_reference, kind, value_date, amount, current_interest,
                            recorded_by, recorded_at)
                        values (:l, :b, :ref, 'REGULAR', date '2026-06-20', :i, :i, 'test', now())""")
                .param("l", loan).param("b", bank).param("ref", "PBR" + n + i).param("i", new BigDecimal(interest)).update();
    }
}
