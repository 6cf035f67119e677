package cn.ipfin.registry;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import cn.ipfin.tabular.RowImporter;
import cn.ipfin.tabular.Template;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Imports of the enterprise register apply all rows or none, and are harmless to repeat. */
@IntegrationTest
@Transactional
class EnterpriseImportTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired List<RowImporter<?>> importers;

    static String code(int n) {
        return UnifiedSocialCreditCode.withCheckCharacter(String.format("91419001MA%07d", n)).value();
    }

    static Map<String, String> enterprise(String code, String name) {
        var row = new LinkedHashMap<String, String>();
        row.put("credit_code", code);
        row.put("name", name);
        row.put("legal_representative", "王磊");
        row.put("registered_on", "2019-04-01");
        row.put("registered_capital_amount", "3000000.00");
        row.put("park", "软件园");
        row.put("industry_code", "I6513");
        row.put("industry_name", "应用软件开发");
        row.put("size", "小型");
        row.put("high_tech_on", "2023-11-20");
        row.put("qualification_source", "高新技术企业认定管理机构");
        return row;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void an_enterprise_register_imports_and_importing_it_again_changes_nothing() throws Exception {
        var rows = List.of(enterprise(code(9000001), "示范区导入测试一有限公司"),
                enterprise(code(9000002), "示范区导入测试二有限公司"));
        byte[] file = Uploads.csv(enterpriseTemplate(), rows);

        JsonNode first = Uploads.upload(mvc, "enterprises", "register.csv", file);
        assertThat(first.get("applied").asBoolean()).isTrue();
        assertThat(first.get("inserted").asInt()).isEqualTo(2);
        long enterprises = count("select count(*) from enterprise");
        long qualifications = count("select count(*) from enterprise_qualification");

        JsonNode again = Uploads.upload(mvc, "enterprises", "register.csv", file);
        assertThat(again.get("applied").asBoolean()).isTrue();
        assertThat(again.get("inserted").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(count("select count(*) from enterprise")).isEqualTo(enterprises);
        assertThat(count("select count(*) from enterprise_qualification")).isEqualTo(qualifications);
        assertThat(count("select count(*) from enterprise_qualification q join enterprise e"
                + " on e.organisation_id = q.enterprise_id where e.name = '示范区导入测试一有限公司'"
                + " and q.kind = 'HIGH_TECH' and q.granted_on = date '2023-11-20'")).isEqualTo(1);
    }

    @Test
    void one_bad_row_refuses_the_whole_file_and_names_its_row_and_column() throws Exception {
        String corrupted = code(9000003).substring(0, 17) + (code(9000003).endsWith("0") ? "1" : "0");
        var rows = new ArrayList<Map<String, String>>();
        rows.add(enterprise(code(9000004), "示范区全有或全无甲有限公司"));
        rows.add(enterprise(corrupted, "示范区全有或全无乙有限公司"));
        var badCapital = enterprise(code(9000005), "示范区全有或全无丙有限公司");
        badCapital.put("registered_capital_amount", "100.005");
        rows.add(badCapital);
        long before = count("select count(*) from enterprise");

        JsonNode report = Uploads.upload(mvc, "enterprises", "three-rows-two-bad.xlsx",
                Uploads.xlsx(enterpriseTemplate(), rows));

        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("errorCount").asInt()).isEqualTo(2);
        JsonNode codeError = report.get("errors").get(0);
        assertThat(codeError.get("row").asInt()).isEqualTo(3);
        assertThat(codeError.get("column").asString()).isEqualTo("统一社会信用代码");
        JsonNode capitalError = report.get("errors").get(1);
        assertThat(capitalError.get("row").asInt()).isEqualTo(4);
        assertThat(capitalError.get("zh").asString()).contains("两位小数");
        assertThat(capitalError.get("en").asString()).contains("2 decimals");
        assertThat(count("select count(*) from enterprise")).isEqualTo(before);
        assertThat(count("select count(*) from import_batch where status = 'REFUSED' and filename = 'three-rows-two-bad.xlsx'"))
                .isEqualTo(1);
    }

    @Test
    void a_code_repeated_in_the_file_names_the_row_it_repeats() throws Exception {
        var rows = List.of(enterprise(code(9000011), "示范区重复甲有限公司"), enterprise(code(9000011), "示范区重复乙有限公司"));
        JsonNode report = Uploads.upload(mvc, "enterprises", "twice.csv", Uploads.csv(enterpriseTemplate(), rows));
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(report.get("errors").get(0).get("zh").asString()).isEqualTo("与第 2 行重复");
        assertThat(report.get("errors").get(0).get("en").asString()).isEqualTo("repeats row 2");
    }

    @Test
    void a_gbk_csv_is_refused_with_a_hint_and_leaves_nothing_behind() throws Exception {
        String csv = "统一社会信用代码,企业名称,法定代表人,成立日期,注册资本（元）,行业代码,行业名称,企业规模\r\n"
                + code(9000006) + ",示范区编码测试有限公司,王磊,2019-04-01,3000000.00,I6513,应用软件开发,小型\r\n";
        long before = count("select count(*) from enterprise");

        JsonNode report = Uploads.upload(mvc, "enterprises", "gbk.csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("refusalZh").asString()).contains("UTF-8");
        assertThat(count("select count(*) from enterprise")).isEqualTo(before);
    }

    @Test
    void a_formula_in_a_cell_is_refused() throws Exception {
        // our own writer neutralises formulas, so the file is crafted as an attacker would
        String raw = "统一社会信用代码,企业名称,法定代表人,成立日期,注册资本（元）,行业代码,行业名称,企业规模\r\n"
                + code(9000007) + ",=cmd|' /C calc'!A0,王磊,2019-04-01,3000000.00,I6513,应用软件开发,小型\r\n";
        JsonNode attack = Uploads.upload(mvc, "enterprises", "formula.csv", raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(attack.get("applied").asBoolean()).isFalse();
        assertThat(attack.get("refusalEn").asString()).containsIgnoringCase("formula");
        assertThat(count("select count(*) from enterprise where credit_code = '" + code(9000007) + "'")).isZero();
    }

    @Test
    void financials_refer_only_to_registered_enterprises() throws Exception {
        var row = new LinkedHashMap<String, String>();
        row.put("credit_code", code(9000008));
        row.put("year", "2025");
        row.put("revenue_amount", "1000000.00");
        row.put("profit_amount", "-50000.00");
        row.put("rd_spend_amount", "80000.00");
        row.put("employees_count", "12");
        JsonNode report = Uploads.upload(mvc, "financials", "fin.csv",
                Uploads.csv(financialsTemplate(), List.of(row)));
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("errors").get(0).get("zh").asString()).contains("尚未登记");
    }

    @Test
    void an_exported_register_imports_back_without_a_single_change() throws Exception {
        byte[] exported = mvc.perform(get("/api/v1/enterprises/export.xlsx").with(httpBasic("ipo", PASSWORD)))
                .andReturn().getResponse().getContentAsByteArray();
        long enterprises = count("select count(*) from enterprise");

        JsonNode report = Uploads.upload(mvc, "enterprises", "export.xlsx", exported);

        assertThat(report.get("applied").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("rowsRead").asLong()).isEqualTo(enterprises);
        assertThat(report.get("inserted").asInt()).isZero();
        assertThat(report.get("updated").asInt()).isZero();
        byte[] again = mvc.perform(get("/api/v1/enterprises/export.xlsx").with(httpBasic("ipo", PASSWORD)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Rows.read(again, enterpriseTemplate())).isEqualTo(Rows.read(exported, enterpriseTemplate()));
    }

    private Template enterpriseTemplate() {
        return Rows.template(importers, "enterprises");
    }

    private Template financialsTemplate() {
        return Rows.template(importers, "financials");
    }
}
