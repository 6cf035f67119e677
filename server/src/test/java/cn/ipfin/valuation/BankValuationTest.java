package cn.ipfin.valuation;

import cn.ipfin.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 004 (四) for the banks: a bank's own cooperation admission of valuation firms on top of the district's, the
 * lending bank's review and confirmation (复核认定) of a signed report, and internal valuation (内部评估) by the bank's
 * own valuer with the same engine and ledger.
 */
@IntegrationTest
@Transactional
class BankValuationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    ValuationFixture f;

    @BeforeEach
    void fixture() {
        f = new ValuationFixture(mvc, jdbc, json);
    }

    private JsonNode cooperation(String user, long firm) throws Exception {
        return f.ok(user, "GET", "/api/v1/bank/valuation-firms", null).valueStream()
                .filter(n -> n.get("firmOrgId").asLong() == firm).findFirst().orElseThrow();
    }

    private String request(long firm) {
        return """
                {"assetId": %d, "firmOrgId": %d, "purpose": "贷款评估"}""".formatted(f.anAssetOfEnterprise1(), firm);
    }

    private List<String> ledgerActions(String subjectType, String subjectId) {
        return jdbc.sql("select action from ledger_entry where subject_type = :t and subject_id = :i order by seq")
                .param("t", subjectType).param("i", subjectId).query(String.class).list();
    }

    @Test
    void a_bank_sends_a_valuation_only_to_a_firm_it_admitted_itself() throws Exception {
        long firm = f.orgId("valuer-1");
        long bank = f.orgId("bank-1");
        JsonNode admitted = cooperation("bank1-approver", firm);
        assertThat(admitted.get("bankStatus").asString()).isEqualTo("ADMITTED");

        f.call("bank1", "POST", "/api/v1/bank/valuation-firms/" + firm + "/suspension",
                "{\"expectedVersion\": " + admitted.get("version").asInt() + ", \"reason\": \"x\"}", null)
                .andExpect(status().isForbidden());
        JsonNode suspended = f.ok("bank1-approver", "POST", "/api/v1/bank/valuation-firms/" + firm + "/suspension",
                "{\"expectedVersion\": " + admitted.get("version").asInt() + ", \"reason\": \"抽查两份报告参数取值偏高\"}");
        assertThat(suspended.get("bankStatus").asString()).isEqualTo("SUSPENDED");

        f.call("bank1", "POST", "/api/v1/valuations", request(firm), "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("深圳 004（四）")))
                .andExpect(jsonPath("$.detail", containsString("暂停")));
        f.call("bank1", "POST", "/api/v1/valuations", request(firm), "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Shenzhen 004 (四)")))
                .andExpect(jsonPath("$.code").value("valuation.bank-cooperation-suspended"));
        // the district still admits the firm, and another bank's list is its own
        f.ok("bank2", "GET", "/api/v1/valuation-firms", null);
        assertThat(cooperation("bank2", firm).get("bankStatus").asString()).isEqualTo("ADMITTED");

        f.call("bank1-approver", "POST", "/api/v1/bank/valuation-firms/" + firm + "/admission",
                "{\"expectedVersion\": " + admitted.get("version").asInt() + ", \"reason\": \"旧版本\"}", null)
                .andExpect(status().isConflict());
        f.ok("bank1-approver", "POST", "/api/v1/bank/valuation-firms/" + firm + "/admission",
                "{\"expectedVersion\": " + suspended.get("version").asInt() + ", \"reason\": \"整改后复核通过\"}");
        f.ok("bank1", "POST", "/api/v1/valuations", request(firm));
        assertThat(ledgerActions("BANK_VALUATION_FIRM", bank + ":" + firm)).containsSubsequence("SUSPENDED", "ADMITTED");
    }

    @Test
    void a_bank_admits_only_a_firm_of_the_districts_library() throws Exception {
        long firm = f.orgId("valuer-1");
        JsonNode admitted = cooperation("bank1-approver", firm);
        JsonNode suspended = f.ok("bank1-approver", "POST", "/api/v1/bank/valuation-firms/" + firm + "/suspension",
                "{\"expectedVersion\": " + admitted.get("version").asInt() + ", \"reason\": \"暂停\"}");
        jdbc.sql("update organisation set status = 'SUSPENDED' where id = :id").param("id", firm).update();
        f.call("bank1-approver", "POST", "/api/v1/bank/valuation-firms/" + firm + "/admission",
                        "{\"expectedVersion\": " + suspended.get("version").asInt() + ", \"reason\": \"恢复\"}", "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("本区评估机构库")))
                .andExpect(jsonPath("$.code").value("valuation.bank-admits-library-firm"));
    }

    @Test
    void the_lending_bank_confirms_or_rejects_a_signed_report_and_no_other_bank_can() throws Exception {
        JsonNode signed = f.signed();
        long id = signed.get("id").asLong();
        String path = "/api/v1/valuations/" + id + "/bank-review";
        String body = "{\"expectedVersion\": " + signed.get("version").asInt()
                + ", \"confirm\": false, \"opinion\": \"收益基数未剔除关联交易，不予认定\"}";

        f.call("bank2", "POST", path, body, null).andExpect(status().isNotFound());
        f.call("bank1", "POST", path, body, null).andExpect(status().isForbidden());
        f.call("ipo", "POST", path, body, null).andExpect(status().isForbidden());
        JsonNode rejected = f.ok("bank1-approver", "POST", path, body);
        assertThat(rejected.get("bankReview").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("bankReviewerUser").asString()).isEqualTo("bank1-approver");
        assertThat(rejected.get("state").asString()).isEqualTo("SIGNED");

        f.call("bank1-valuer", "POST", path, "{\"expectedVersion\": " + rejected.get("version").asInt()
                        + ", \"confirm\": true, \"opinion\": \"同意\"}", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("already reviewed")))
                .andExpect(jsonPath("$.code").value("valuation.bank-review-once"));
        assertThat(ledgerActions("VALUATION", Long.toString(id))).endsWith("BANK_REJECTED");

        // the IP office's second review is a separate decision
        JsonNode confirmed = f.ok("ipo", "POST", "/api/v1/valuations/" + id + "/second-review", """
                {"expectedVersion": %d, "confirm": true, "opinion": "予以认定"}""".formatted(rejected.get("version").asInt()));
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("bankReview").asString()).isEqualTo("REJECTED");

        byte[] pdf = f.call("bank1", "GET", "/api/v1/valuations/" + id + "/report.pdf", null, null)
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("贷款银行复核认定", "不予认定", "收益基数未剔除关联交易");
    }

    @Test
    void a_report_is_reviewed_by_the_bank_only_once_signed() throws Exception {
        JsonNode pre = f.preValued();
        f.call("bank1-approver", "POST", "/api/v1/valuations/" + pre.get("id").asLong() + "/bank-review",
                        "{\"expectedVersion\": " + pre.get("version").asInt() + ", \"confirm\": true, \"opinion\": \"同意\"}", "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("签署后")))
                .andExpect(jsonPath("$.code").value("valuation.bank-review-signed"));
    }

    @Test
    void the_banks_own_valuer_values_collateral_internally_with_the_same_engine_and_ledger() throws Exception {
        long bank = f.orgId("bank-1");
        JsonNode requested = f.ok("bank1", "POST", "/api/v1/valuations/internal", """
                {"assetId": %d, "purpose": "本行内部评估：押品价值复核"}""".formatted(f.anAssetOfEnterprise1()));
        long id = requested.get("id").asLong();
        assertThat(requested.get("internal").asBoolean()).isTrue();
        assertThat(requested.get("firmOrgId").asLong()).isEqualTo(bank);

        JsonNode pre = f.ok("bank1", "POST", "/api/v1/valuations/" + id + "/pre-valuation", ValuationFixture.version(requested));
        String adjustment = """
                {"expectedVersion": %d, "overrides": {"splitRate": 0.02}, "reason": "按本行押品审慎原则取低值"}"""
                .formatted(pre.get("version").asInt());
        f.call("valuer1", "POST", "/api/v1/valuations/" + id + "/adjustment", adjustment, null)
                .andExpect(status().isNotFound());
        f.call("bank1", "POST", "/api/v1/valuations/" + id + "/adjustment", adjustment, null)
                .andExpect(status().isForbidden());
        JsonNode adjusted = f.ok("bank1-valuer", "POST", "/api/v1/valuations/" + id + "/adjustment", adjustment);
        ValuationInputs inputs = json.treeToValue(f.ok("bank1", "GET", "/api/v1/valuations/" + id + "/inputs", null),
                ValuationInputs.class);
        assertThat(adjusted.get("value").decimalValue())
                .isEqualByComparingTo(ValuationEngine.compute(inputs).value().amount());
        JsonNode signed = f.ok("bank1-valuer", "POST", "/api/v1/valuations/" + id + "/signature",
                ValuationFixture.version(adjusted));
        assertThat(signed.get("state").asString()).isEqualTo("SIGNED");
        assertThat(jdbc.sql("select count(*) from asset_value where request_id = :id").param("id", id)
                .query(Long.class).single()).isZero();

        // a second person of the bank confirms it; the valuer who signed may not
        String review = "{\"expectedVersion\": " + signed.get("version").asInt() + ", \"confirm\": true, \"opinion\": \"同意\"}";
        f.call("bank1-valuer", "POST", "/api/v1/valuations/" + id + "/bank-review", review, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("valuation.bank-review-not-signer"));
        f.ok("bank1-approver", "POST", "/api/v1/valuations/" + id + "/bank-review", review);

        for (String outsider : List.of("enterprise1", "valuer1", "bank2", "expert1")) {
            f.call(outsider, "GET", "/api/v1/valuations/" + id, null, null).andExpect(status().isNotFound());
        }
        assertThat(f.ok("bank1", "GET", "/api/v1/valuations", null).get("rows").valueStream()
                .filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow().get("internal").asBoolean()).isTrue();
        assertThat(ledgerActions("VALUATION", Long.toString(id)))
                .containsExactly("REQUESTED", "PRE_VALUED", "ADJUSTED", "SIGNED", "BANK_CONFIRMED");
        byte[] pdf = f.call("bank1", "GET", "/api/v1/valuations/" + id + "/report.pdf", null, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("内部评估");
    }

    @Test
    void the_pages_mark_internal_valuations_and_let_the_approver_manage_the_banks_firms() throws Exception {
        JsonNode requested = f.ok("bank1", "POST", "/api/v1/valuations/internal", """
                {"assetId": %d, "purpose": "本行内部评估"}""".formatted(f.anAssetOfEnterprise1()));
        var officer = f.session("bank1");
        assertThat(page(officer, "/valuations", null)).contains("id=\"internal-form\"").contains("内部评估");
        assertThat(page(officer, "/valuations/" + requested.get("id").asLong(), null)).contains("id=\"internal-badge\"");
        assertThat(page(officer, "/valuations/" + requested.get("id").asLong(), "en")).contains("Internal");

        var approver = f.session("bank1-approver");
        long firm = f.orgId("valuer-1");
        assertThat(page(approver, "/bank/valuation-firms", null)).contains("本行合作评估机构").contains("暂停合作");
        assertThat(page(approver, "/bank/valuation-firms", "en")).contains("Our cooperating valuation firms");
        JsonNode admitted = cooperation("bank1-approver", firm);
        mvc.perform(post("/bank/valuation-firms/" + firm + "/decision").session(approver).with(csrf())
                        .header("HX-Request", "true").param("version", admitted.get("version").asString())
                        .param("admit", "false").param("reason", "年度考核未达标"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Redirect", "/bank/valuation-firms"));
        assertThat(cooperation("bank1-approver", firm).get("bankStatus").asString()).isEqualTo("SUSPENDED");

        // the page's internal-valuation form starts one by the asset's number
        String number = jdbc.sql("select number from ip_asset where id = :id").param("id", f.anAssetOfEnterprise1())
                .query(String.class).single();
        mvc.perform(post("/valuations/internal").session(officer).with(csrf()).header("HX-Request", "true")
                        .param("assetNumber", number).param("purpose", "押品复核"))
                .andExpect(status().isOk()).andExpect(header().exists("HX-Redirect"));
    }

    private String page(org.springframework.mock.web.MockHttpSession session, String path, String language) throws Exception {
        var request = get(path).session(session);
        if (language != null) request = request.cookie(new Cookie("ipfin-lang", language));
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            // table cells and lines wrap anywhere in Chinese text: compare without the breaks
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
