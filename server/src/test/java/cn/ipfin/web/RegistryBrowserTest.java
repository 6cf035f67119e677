package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import cn.ipfin.tabular.RowImporter;
import cn.ipfin.tabular.TabularWriter;
import cn.ipfin.tabular.Template;
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

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry as its users work with it: the IP office imports, everyone searches, an enterprise edits itself. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort int port;
    @Autowired List<RowImporter<?>> importers;
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

    private byte[] enterprises(List<Map<String, String>> rows) throws Exception {
        Template template = importers.stream().map(RowImporter::template)
                .filter(t -> t.name().equals("enterprises")).findFirst().orElseThrow();
        var out = new ByteArrayOutputStream();
        TabularWriter.writeXlsx(template, rows, out);
        return out.toByteArray();
    }

    private static Map<String, String> row(String code, String name) {
        var row = new LinkedHashMap<String, String>();
        row.put("credit_code", code);
        row.put("name", name);
        row.put("legal_representative", "赵敏");
        row.put("registered_on", "2020-06-18");
        row.put("registered_capital_amount", "2000000.00");
        row.put("park", "新材料产业园");
        row.put("industry_code", "C2661");
        row.put("industry_name", "化学试剂和助剂制造");
        row.put("size", "小型");
        return row;
    }

    @Test
    void the_ip_office_uploads_a_register_and_sees_every_bad_row_before_anything_is_written() throws Exception {
        String good = UnifiedSocialCreditCode.withCheckCharacter("91419001MA9100001").value();
        String bad = good.substring(0, 17) + (good.endsWith("0") ? "1" : "0");
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/imports"));
            page.setInputFiles("#file-enterprises", new FilePayload("register.xlsx", XLSX,
                    enterprises(List.of(row(good, "示范区浏览器导入有限公司"), row(bad, "示范区校验失败有限公司")))));
            page.click("#upload-enterprises");
            page.waitForSelector("#import-refused");
            assertThat(page.textContent("#row-errors")).contains("统一社会信用代码");
            assertThat(page.locator("#row-errors tbody tr").count()).isEqualTo(1);
            Chromium.screenshot(page, "import-refused");
            assertThat(jdbc.sql("select count(*) from enterprise where credit_code = :c").param("c", good)
                    .query(Long.class).single()).isZero();

            page.setInputFiles("#file-enterprises", new FilePayload("register.xlsx", XLSX,
                    enterprises(List.of(row(good, "示范区浏览器导入有限公司")))));
            page.click("#upload-enterprises");
            page.waitForSelector("#import-applied");
            assertThat(page.textContent("#import-applied")).contains("新增 1 条");

            page.navigate(chromium.url("/enterprises?q=浏览器导入"));
            page.click("text=示范区浏览器导入有限公司");
            assertThat(page.textContent("h1")).contains("示范区浏览器导入有限公司");
        }
    }

    @Test
    void an_asset_page_shows_its_legal_status_timeline_and_pledges() {
        long pledged = jdbc.sql("select asset_id from ip_pledge order by id limit 1").query(Long.class).single();
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/assets/" + pledged));
            assertThat(page.locator("#timeline li").count()).isGreaterThanOrEqualTo(2);
            assertThat(page.textContent("main")).contains("首次质押");
            Chromium.screenshot(page, "asset-timeline");
            page.navigate(chromium.url("/assets?kind=INVENTION_PATENT"));
            assertThat(page.locator("table.grid tbody tr").count()).isPositive();
            Chromium.screenshot(page, "assets-list");
        }
    }

    @Test
    void an_enterprise_maintains_its_profile_through_the_form() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "enterprise1");
            page.click("#my-profile");
            page.click("#edit-profile");
            page.fill("#legalRepresentative", "刘会计");
            page.fill("#registeredCapital", "abc");
            page.click("form.stacked button[type=submit]");
            assertThat(page.textContent(".alert.error")).contains("金额");
            page.fill("#registeredCapital", "8000000.00");
            page.click("form.stacked button[type=submit]");
            page.waitForSelector(".alert.info");
            assertThat(page.textContent("main")).contains("刘会计").contains("800.00 万元");
            Chromium.screenshot(page, "enterprise-profile");
        }
    }

    @Test
    void a_bank_officer_filters_enterprises_it_may_see_and_exports_them() throws Exception {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = chromium.signIn(context, "bank1");
            page.navigate(chromium.url("/enterprises"));
            long visible = jdbc.sql("""
                    select count(distinct a.enterprise_id) from data_authorisation a join organisation o on o.id = a.org_id
                    where o.code = 'bank-1' and a.revoked_at is null""").query(Long.class).single();
            assertThat(page.locator("table.grid tbody tr").count()).isEqualTo((int) visible);
            var download = page.waitForDownload(() -> page.click("#export"));
            assertThat(download.suggestedFilename()).isEqualTo("enterprises.xlsx");
        }
    }
}
