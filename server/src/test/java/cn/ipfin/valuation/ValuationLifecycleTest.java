package cn.ipfin.valuation;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The life of a valuation request, each guard refusing with its reason, and who may see a valuation. */
@IntegrationTest
@Transactional
class ValuationLifecycleTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    ValuationFixture f;

    @BeforeEach
    void fixture() {
        f = new ValuationFixture(mvc, jdbc, json);
    }

    @Test
    void a_request_is_pre_valued_adjusted_signed_and_confirmed_each_step_in_the_ledger() throws Exception {
        JsonNode pre = f.preValued();
        long id = pre.get("id").asLong();
        assertThat(pre.get("state").asString()).isEqualTo("PRE_VALUED");
        assertThat(pre.get("preValue").decimalValue()).isNotNull();

        JsonNode adjusted = f.ok("valuer1", "POST", "/api/v1/valuations/" + id + "/adjustment", """
                {"expectedVersion": %d, "overrides": {"splitRate": 0.04, "advancementGrade": 5},
                 "revenueForecast": [5000000.00], "reason": "核实专利产品年销售收入500万元，技术领先"}"""
                .formatted(pre.get("version").asInt()));
        assertThat(adjusted.get("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(adjusted.get("value").decimalValue()).isGreaterThan(BigDecimal.ZERO);
        assertThat(adjusted.get("adjustmentReason").asString()).contains("500万元");

        JsonNode signed = f.ok("valuer1", "POST", "/api/v1/valuations/" + id + "/signature", ValuationFixture.version(adjusted));
        LocalDate date = LocalDate.parse(signed.get("valuationDate").asString());
        assertThat(signed.get("state").asString()).isEqualTo("SIGNED");
        assertThat(signed.get("validUntil").asString()).isEqualTo(date.plusYears(1).minusDays(1).toString());
        assertThat(jdbc.sql("select value from asset_value where request_id = :id").param("id", id)
                .query(BigDecimal.class).single()).isEqualByComparingTo(signed.get("value").decimalValue());

        JsonNode confirmed = f.ok("expert1", "POST", "/api/v1/valuations/" + id + "/second-review", """
                {"expectedVersion": %d, "confirm": true, "opinion": "参数取值合理，予以认定"}"""
                .formatted(signed.get("version").asInt()));
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");

        JsonNode history = f.ok("bank1", "GET", "/api/v1/valuations/" + id + "/ledger", null);
        List<String> actions = history.valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsExactly("REQUESTED", "PRE_VALUED", "ADJUSTED", "SIGNED", "CONFIRMED");
    }

    @Test
    void recomputing_from_the_recorded_inputs_gives_the_recorded_value() throws Exception {
        JsonNode pre = f.preValued();
        long id = pre.get("id").asLong();
        ValuationInputs inputs = json.treeToValue(f.ok("ipo", "GET", "/api/v1/valuations/" + id + "/inputs", null),
                ValuationInputs.class);
        assertThat(ValuationEngine.compute(inputs).value().amount()).isEqualByComparingTo(pre.get("value").decimalValue());
    }

    @Test
    void only_the_requesting_bank_the_owner_the_firm_and_the_ip_office_see_a_valuation() throws Exception {
        long id = f.requested().get("id").asLong();
        for (String user : List.of("bank1", "enterprise1", "valuer1", "ipo")) {
            f.call(user, "GET", "/api/v1/valuations/" + id, null, null).andExpect(status().isOk());
        }
        for (String user : List.of("bank2", "guarantor1", "expert1")) {
            f.call(user, "GET", "/api/v1/valuations/" + id, null, null).andExpect(status().isNotFound());
        }
        f.call("bank2", "GET", "/api/v1/valuations", null, null)
                .andExpect(jsonPath("$.rows[?(@.id == " + id + ")]").isEmpty());
    }

    @Test
    void a_stale_version_is_a_conflict_and_changes_nothing() throws Exception {
        JsonNode r = f.requested();
        long id = r.get("id").asLong();
        f.call("valuer1", "POST", "/api/v1/valuations/" + id + "/pre-valuation", "{\"expectedVersion\": 7}", null)
                .andExpect(status().isConflict());
        f.call("valuer1", "GET", "/api/v1/valuations/" + id, null, null).andExpect(jsonPath("$.state").value("REQUESTED"));
    }

    @Test
    void only_an_admitted_firm_may_sign() throws Exception {
        JsonNode pre = f.preValued();
        jdbc.sql("update organisation set status = 'CLOSED' where code = 'valuer-1'").update();
        String path = "/api/v1/valuations/" + pre.get("id").asLong() + "/signature";
        f.call("valuer1", "POST", path, ValuationFixture.version(pre), "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("未获准入")))
                .andExpect(jsonPath("$.code").value("valuation.firm-admitted"));
        f.call("valuer1", "POST", path, ValuationFixture.version(pre), "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("is not admitted")));
    }

    @Test
    void suspending_a_firm_stops_its_open_work_until_the_ip_office_reassigns_it() throws Exception {
        JsonNode pre = f.preValued();
        long id = pre.get("id").asLong();
        long firm = f.orgId("valuer-1");
        int firmVersion = jdbc.sql("select version from organisation where id = :id").param("id", firm).query(Integer.class).single();
        f.ok("ipo", "POST", "/api/v1/valuation-firms/" + firm + "/suspension",
                "{\"expectedVersion\": " + firmVersion + ", \"reason\": \"年度检查不合格\"}");

        JsonNode suspended = f.ok("valuer1", "GET", "/api/v1/valuations/" + id, null);
        assertThat(suspended.get("state").asString()).isEqualTo("SUSPENDED");
        f.call("valuer1", "POST", "/api/v1/valuations/" + id + "/signature", ValuationFixture.version(suspended), "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("暂停")));
        f.call("bank1", "POST", "/api/v1/valuations", """
                {"assetId": %d, "firmOrgId": %d, "purpose": "贷款评估"}""".formatted(f.anAssetOfEnterprise1(), firm), "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("is not admitted")));

        long other = jdbc.sql("select id from organisation where type = 'VALUATION_FIRM' and status = 'ADMITTED' order by id limit 1")
                .query(Long.class).single();
        JsonNode reassigned = f.ok("ipo", "POST", "/api/v1/valuations/" + id + "/reassignment",
                "{\"expectedVersion\": " + suspended.get("version").asInt() + ", \"firmOrgId\": " + other + "}");
        assertThat(reassigned.get("state").asString()).isEqualTo("PRE_VALUED");
        assertThat(reassigned.get("firmOrgId").asLong()).isEqualTo(other);
        f.call("valuer1", "GET", "/api/v1/valuations/" + id, null, null).andExpect(status().isNotFound());
    }

    @Test
    void a_valuer_may_not_value_an_asset_of_an_enterprise_they_declared_a_conflict_with() throws Exception {
        JsonNode pre = f.preValued();
        f.ok("valuer1", "POST", "/api/v1/valuer-conflicts",
                "{\"enterpriseId\": " + f.enterprise1() + ", \"reason\": \"配偶任该企业财务总监\"}");
        String path = "/api/v1/valuations/" + pre.get("id").asLong();
        f.call("valuer1", "POST", path + "/signature", ValuationFixture.version(pre), "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("回避")))
                .andExpect(jsonPath("$.code").value("valuation.valuer-conflict"));
        f.call("valuer1", "POST", path + "/adjustment", "{\"expectedVersion\": " + pre.get("version").asInt()
                        + ", \"reason\": \"x\"}", "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("stand aside")));
    }

    @Test
    void an_adjustment_needs_a_reason_and_only_a_valuer_of_the_firm_signs() throws Exception {
        JsonNode pre = f.preValued();
        String path = "/api/v1/valuations/" + pre.get("id").asLong();
        f.call("valuer1", "POST", path + "/adjustment", "{\"expectedVersion\": " + pre.get("version").asInt()
                + ", \"reason\": \" \"}", null).andExpect(status().isBadRequest());
        f.call("bank1", "POST", path + "/signature", ValuationFixture.version(pre), null).andExpect(status().isForbidden());
    }

    @Test
    void a_second_review_is_only_for_a_signed_report_and_may_return_it_to_the_valuer() throws Exception {
        JsonNode pre = f.preValued();
        String path = "/api/v1/valuations/" + pre.get("id").asLong();
        f.call("ipo", "POST", path + "/second-review", "{\"expectedVersion\": " + pre.get("version").asInt()
                        + ", \"confirm\": true, \"opinion\": \"同意\"}", "zh-CN")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("不允许")))
                .andExpect(jsonPath("$.code").value("valuation.state"));
        JsonNode signed = f.ok("valuer1", "POST", path + "/signature", ValuationFixture.version(pre));
        JsonNode returned = f.ok("ipo", "POST", path + "/second-review", "{\"expectedVersion\": "
                + signed.get("version").asInt() + ", \"confirm\": false, \"opinion\": \"分成率偏高，请复核\"}");
        assertThat(returned.get("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(returned.get("validUntil").isNull()).isTrue();
    }

    @Test
    void a_bank_cannot_request_a_valuation_of_an_asset_it_was_not_authorised_to_see() throws Exception {
        long stranger = jdbc.sql("""
                        select a.id from ip_asset a join ip_asset_owner o on o.asset_id = a.id
                        where not exists (select 1 from data_authorisation d join organisation b on b.id = d.org_id
                                          where d.enterprise_id = o.enterprise_id and b.code = 'bank-2')
                        order by a.id limit 1""").query(Long.class).single();
        f.call("bank2", "POST", "/api/v1/valuations", """
                {"assetId": %d, "firmOrgId": %d, "purpose": "贷款评估"}""".formatted(stranger, f.orgId("valuer-1")), null)
                .andExpect(status().isNotFound());
    }
}
