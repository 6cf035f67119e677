package cn.ipfin.registry;

import cn.ipfin.IntegrationTest;
import cn.ipfin.asset.PledgeHistory;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.tabular.RowImporter;
import cn.ipfin.tabular.Template;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class AssetRegistryTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired List<RowImporter<?>> importers;
    @Autowired PledgeHistory pledges;

    private Template assets() {
        return Rows.template(importers, "ip-assets");
    }

    private String anOwner() {
        return jdbc.sql("select credit_code from enterprise order by organisation_id limit 1").query(String.class).single();
    }

    private Map<String, String> patent(String number, String status, String owners) {
        var row = new LinkedHashMap<String, String>();
        row.put("kind", "发明专利");
        row.put("number", number);
        row.put("title", "一种用于质押测试的减速器");
        row.put("filed_on", "2021-03-02");
        row.put("granted_on", "2023-08-15");
        row.put("status", status);
        row.put("owners", owners);
        row.put("ipc_classes", "F16H1/32;B25J9/10");
        row.put("inventors", "张伟;李娜");
        row.put("claims_count", "9");
        return row;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void a_patent_is_imported_with_its_computed_expiry_and_its_history() throws Exception {
        String number = PatentApplicationNumber.of(2021, 1, 8_800_001).value();
        JsonNode report = Uploads.upload(mvc, "ip-assets", "assets.xlsx",
                Uploads.xlsx(assets(), List.of(patent(number, "有效", anOwner()))));

        assertThat(report.get("applied").asBoolean()).as(report.toString()).isTrue();
        // invention patent: 20 years from filing, last day the day before the anniversary (Patent Law art. 42)
        assertThat(jdbc.sql("select expires_on from ip_asset where number = :n").param("n", number)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2041, 3, 1));
        assertThat(jdbc.sql("select event from ip_legal_event e join ip_asset a on a.id = e.asset_id"
                        + " where a.number = :n order by e.occurred_on").param("n", number).query(String.class).list())
                .containsExactly("FILED", "GRANTED");
    }

    @Test
    void wrong_numbers_kinds_and_shares_are_reported_row_by_row() throws Exception {
        String valid = PatentApplicationNumber.of(2021, 1, 8_800_002).value();
        String badCheck = valid.substring(0, valid.length() - 1) + (valid.endsWith("1") ? "2" : "1");
        String utilityNumber = PatentApplicationNumber.of(2021, 2, 8_800_003).value();
        String owner = anOwner();
        var trademark = new LinkedHashMap<String, String>();
        trademark.put("kind", "商标");
        trademark.put("number", "61234567");
        trademark.put("title", "示范智造");
        trademark.put("filed_on", "2020-01-10");
        trademark.put("granted_on", "2021-02-07");
        trademark.put("status", "有效");
        trademark.put("owners", owner);
        var rows = List.<Map<String, String>>of(
                patent(badCheck, "有效", owner),
                patent(utilityNumber, "有效", owner),
                patent(PatentApplicationNumber.of(2021, 1, 8_800_004).value(), "有效", owner + ":0.5"),
                trademark);
        long before = count("select count(*) from ip_asset");

        JsonNode report = Uploads.upload(mvc, "ip-assets", "assets.csv", Uploads.csv(assets(), rows));

        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("errorCount").asInt()).isEqualTo(4);
        JsonNode errors = report.get("errors");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("申请号/注册号");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("zh").asString()).contains("与类型不符");
        assertThat(errors.get(2).get("zh").asString()).contains("份额合计应为 1");
        assertThat(errors.get(3).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(3).get("zh").asString()).contains("尼斯分类");
        assertThat(count("select count(*) from ip_asset")).isEqualTo(before);
    }

    @Test
    void a_right_past_its_term_cannot_be_imported_as_in_force() throws Exception {
        var row = patent(PatentApplicationNumber.of(2003, 2, 8_800_005).value(), "有效", anOwner());
        row.put("kind", "实用新型");
        row.put("filed_on", "2003-05-01");
        row.put("granted_on", "2004-02-01");
        JsonNode report = Uploads.upload(mvc, "ip-assets", "old.csv", Uploads.csv(assets(), List.of(row)));
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("errors").get(0).get("zh").asString()).contains("2013-04-30");
    }

    @Test
    void a_renewed_trademark_stays_in_force_for_its_renewed_term_only() throws Exception {
        var trademark = new LinkedHashMap<String, String>();
        trademark.put("kind", "商标");
        trademark.put("number", "8812345");
        trademark.put("title", "示范老字号");
        trademark.put("filed_on", "2009-03-01");
        trademark.put("granted_on", "2010-06-14");
        trademark.put("status", "有效");
        trademark.put("owners", anOwner());
        trademark.put("nice_class", "30");
        // first term 2010-06-14 .. 2020-06-13 (Trademark Law art. 39); one renewal runs to 2030-06-13 (art. 40)
        trademark.put("renewed_until", "2030-06-12");
        JsonNode wrong = Uploads.upload(mvc, "ip-assets", "tm.csv", Uploads.csv(assets(), List.of(trademark)));
        assertThat(wrong.get("applied").asBoolean()).isFalse();
        assertThat(wrong.get("errors").get(0).get("zh").asString()).contains("2030-06-13");

        trademark.put("renewed_until", "2030-06-13");
        JsonNode right = Uploads.upload(mvc, "ip-assets", "tm.csv", Uploads.csv(assets(), List.of(trademark)));
        assertThat(right.get("applied").asBoolean()).as(right.toString()).isTrue();
        assertThat(jdbc.sql("select expires_on from ip_asset where kind = 'TRADEMARK' and number = '8812345'")
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2030, 6, 13));
    }

    @Test
    void a_legal_event_sets_the_current_status_and_a_new_owner_is_a_recorded_transfer() throws Exception {
        String number = PatentApplicationNumber.of(2022, 1, 8_800_006).value();
        String first = anOwner();
        String second = jdbc.sql("select credit_code from enterprise order by organisation_id offset 1 limit 1")
                .query(String.class).single();
        Uploads.upload(mvc, "ip-assets", "a.xlsx", Uploads.xlsx(assets(), List.of(patent(number, "有效", first))));

        var event = new LinkedHashMap<String, String>();
        event.put("kind", "发明专利");
        event.put("number", number);
        event.put("occurred_on", "2025-09-01");
        event.put("event", "未缴年费终止");
        event.put("source", "中国专利公报");
        JsonNode report = Uploads.upload(mvc, "legal-events", "events.csv",
                Uploads.csv(Rows.template(importers, "legal-events"), List.of(event)));
        assertThat(report.get("applied").asBoolean()).as(report.toString()).isTrue();
        assertThat(jdbc.sql("select status from ip_asset where number = :n").param("n", number)
                .query(String.class).single()).isEqualTo("LAPSED");

        var moved = patent(number, "未缴年费终止", second);
        JsonNode transfer = Uploads.upload(mvc, "ip-assets", "b.xlsx", Uploads.xlsx(assets(), List.of(moved)));
        // a new owner changes the right as the registry shows it: it counts as updated (issue 12)
        assertThat(transfer.get("updated").asInt()).isEqualTo(1);
        assertThat(count("select count(*) from ip_ownership_transfer t join ip_asset a on a.id = t.asset_id"
                + " where a.number = '" + number + "'")).isEqualTo(1);
        assertThat(jdbc.sql("select e.credit_code from ip_asset_owner o join enterprise e on e.organisation_id ="
                        + " o.enterprise_id join ip_asset a on a.id = o.asset_id where a.number = :n")
                .param("n", number).query(String.class).list()).containsExactly(second);
    }

    @Test
    void an_exported_asset_list_imports_back_without_a_change() throws Exception {
        byte[] exported = mvc.perform(get("/api/v1/assets/export.xlsx").with(httpBasic("ipo", PASSWORD)))
                .andReturn().getResponse().getContentAsByteArray();
        JsonNode report = Uploads.upload(mvc, "ip-assets", "export.xlsx", exported);
        assertThat(report.get("applied").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("rowsRead").asLong()).isEqualTo(count("select count(*) from ip_asset"));
        assertThat(report.get("inserted").asInt()).isZero();
        assertThat(report.get("updated").asInt()).isZero();
    }

    @Test
    void a_bank_sees_the_assets_of_its_applicants_only() throws Exception {
        // an applicant authorised the bank to see its data when it applied (other tests' fixtures insert loans directly)
        long customerAsset = jdbc.sql("""
                        select o.asset_id from ip_asset_owner o join loan l on l.enterprise_id = o.enterprise_id
                        join organisation b on b.id = l.bank_org_id where b.code = 'bank-1'
                        and exists (select 1 from data_authorisation a where a.enterprise_id = o.enterprise_id
                                    and a.org_id = b.id and a.revoked_at is null)
                        order by o.asset_id limit 1""")
                .query(Long.class).single();
        long strangerAsset = jdbc.sql("""
                        select o.asset_id from ip_asset_owner o where not exists (
                            select 1 from data_authorisation a join organisation b on b.id = a.org_id
                            where a.enterprise_id = o.enterprise_id and b.code = 'bank-1') limit 1""")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/assets/{id}", customerAsset).with(httpBasic("bank1", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/assets/{id}", strangerAsset).with(httpBasic("bank1", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_first_pledge_and_the_pledge_in_force_are_known_for_any_date() {
        record Pledge(long assetId, String registrationNo, LocalDate registeredOn) {
        }
        Pledge p = jdbc.sql("select asset_id, registration_no, registered_on from ip_pledge"
                        + " where cancelled_on is null order by id limit 1")
                .query((rs, i) -> new Pledge(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class))).single();
        assertThat(pledges.pledgedOn(p.assetId(), p.registeredOn())).isTrue();
        assertThat(pledges.pledgedOn(p.assetId(), p.registeredOn().minusDays(1))).isFalse();
        assertThat(pledges.isFirstPledge(p.assetId(), p.registrationNo())).isTrue();

        jdbc.sql("update ip_pledge set cancelled_on = registered_on + 30 where asset_id = :a").param("a", p.assetId()).update();
        jdbc.sql("insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, registered_on)"
                        + " select asset_id, 'Y-SECOND', pledgor_id, pledgee_org_id, registered_on + 60 from ip_pledge"
                        + " where asset_id = :a").param("a", p.assetId()).update();
        assertThat(pledges.isFirstPledge(p.assetId(), "Y-SECOND")).isFalse();
        assertThat(pledges.pledgedOn(p.assetId(), p.registeredOn().plusDays(45))).isFalse();
        assertThat(pledges.pledgedOn(p.assetId(), p.registeredOn().plusDays(60))).isTrue();
    }

    @Test
    void an_enterprise_bundles_only_its_own_assets() throws Exception {
        long own = jdbc.sql("select organisation_id from app_user where username = 'enterprise1'").query(Long.class).single();
        List<Long> ownAssets = jdbc.sql("select asset_id from ip_asset_owner where enterprise_id = :e limit 2")
                .param("e", own).query(Long.class).list();
        long foreign = jdbc.sql("select asset_id from ip_asset_owner where enterprise_id <> :e limit 1")
                .param("e", own).query(Long.class).single();

        mvc.perform(post("/api/v1/enterprises/{id}/portfolios", own).with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"专利+商标组合\",\"assetIds\":" + ownAssets + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assetIds.length()").value(ownAssets.size()));
        mvc.perform(post("/api/v1/enterprises/{id}/portfolios", own).with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"借来的组合\",\"assetIds\":[" + ownAssets.get(0) + "," + foreign + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不属于该企业")))
                .andExpect(jsonPath("$.code").value("asset.portfolio-owner"));
    }
}
