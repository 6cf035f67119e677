package cn.ipfin.registry;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.tabular.RowImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every importer applies a change of any one column of a row it already has, and reports it as updated (issue 12: a
 * renewed trademark's new expiry used to be ignored with "0 updated"); an unchanged row stays "0 updated".
 */
@IntegrationTest
@Transactional
class ReimportTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired List<RowImporter<?>> importers;

    private String owner(int offset) {
        return jdbc.sql("select credit_code from enterprise order by organisation_id offset :o limit 1")
                .param("o", offset).query(String.class).single();
    }

    /** Uploads the row, checks it counts as one update, and returns what the database now holds. */
    private String reimport(String template, Map<String, String> row, String column, String value, String readBack)
            throws Exception {
        row.put(column, value);
        JsonNode report = Uploads.upload(mvc, template, template + ".csv",
                Uploads.csv(Rows.template(importers, template), List.of(row)));
        assertThat(report.get("applied").asBoolean()).as(column + ": " + report).isTrue();
        assertThat(report.get("updated").asInt()).as(column + " changed: " + report).isEqualTo(1);
        assertThat(report.get("inserted").asInt()).as(column).isZero();
        JsonNode same = Uploads.upload(mvc, template, template + ".csv",
                Uploads.csv(Rows.template(importers, template), List.of(row)));
        assertThat(same.get("updated").asInt()).as(column + " unchanged the second time").isZero();
        return jdbc.sql(readBack).query(String.class).single();
    }

    private static void first(JsonNode report) {
        assertThat(report.get("applied").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("inserted").asInt()).as(report.toString()).isEqualTo(1);
    }

    @Test
    void every_column_of_a_patent_is_updated_by_a_reimport() throws Exception {
        String number = PatentApplicationNumber.of(2021, 1, 8_812_001).value();
        var row = new LinkedHashMap<String, String>();
        row.put("kind", "发明专利");
        row.put("number", number);
        row.put("title", "一种重新导入测试的减速器");
        row.put("filed_on", "2021-03-02");
        row.put("granted_on", "2023-08-15");
        row.put("status", "有效");
        row.put("owners", owner(0));
        row.put("ipc_classes", "F16H1/32");
        row.put("inventors", "张伟");
        row.put("claims_count", "9");
        row.put("cited_by_count", "1");
        row.put("family_size_count", "1");
        row.put("annuity_paid_until", "2026-03-01");
        first(Uploads.upload(mvc, "ip-assets", "a.csv", Uploads.csv(Rows.template(importers, "ip-assets"), List.of(row))));
        String of = "from ip_asset where number = '" + number + "'";

        assertThat(reimport("ip-assets", row, "title", "一种改名后的减速器", "select title " + of)).isEqualTo("一种改名后的减速器");
        // a new filing date moves the computed expiry too (20 years for an invention)
        assertThat(reimport("ip-assets", row, "filed_on", "2021-03-05", "select filed_on || ' ' || expires_on " + of))
                .isEqualTo("2021-03-05 2041-03-04");
        assertThat(reimport("ip-assets", row, "granted_on", "2023-09-01", "select granted_on::text " + of)).isEqualTo("2023-09-01");
        assertThat(reimport("ip-assets", row, "ipc_classes", "F16H1/32;B25J9/10", "select array_to_string(ipc_classes, ';') " + of))
                .isEqualTo("F16H1/32;B25J9/10");
        assertThat(reimport("ip-assets", row, "inventors", "张伟;李娜", "select array_to_string(inventors, ';') " + of))
                .isEqualTo("张伟;李娜");
        assertThat(reimport("ip-assets", row, "claims_count", "12", "select claims::text " + of)).isEqualTo("12");
        assertThat(reimport("ip-assets", row, "cited_by_count", "4", "select cited_by::text " + of)).isEqualTo("4");
        assertThat(reimport("ip-assets", row, "family_size_count", "3", "select family_size::text " + of)).isEqualTo("3");
        assertThat(reimport("ip-assets", row, "annuity_paid_until", "2027-03-01", "select annuity_paid_until::text " + of))
                .isEqualTo("2027-03-01");
        assertThat(reimport("ip-assets", row, "status", "无效宣告审查中", "select status " + of)).isEqualTo("UNDER_INVALIDATION");
        String second = owner(1);
        assertThat(reimport("ip-assets", row, "owners", owner(0) + ":0.5;" + second + ":0.5",
                "select string_agg(e.credit_code || ':' || o.share, ';' order by e.credit_code) from ip_asset_owner o"
                        + " join enterprise e on e.organisation_id = o.enterprise_id join ip_asset a on a.id = o.asset_id"
                        + " where a.number = '" + number + "'"))
                .contains(second + ":0.5000");
    }

    @Test
    void a_renewed_trademark_s_new_expiry_and_its_other_columns_are_updated_by_a_reimport() throws Exception {
        var row = new LinkedHashMap<String, String>();
        row.put("kind", "商标");
        row.put("number", "8812399");
        row.put("title", "重新导入老字号");
        row.put("filed_on", "2013-03-01");
        row.put("granted_on", "2014-06-14");
        row.put("status", "有效");
        row.put("owners", owner(0));
        row.put("nice_class", "30");
        row.put("goods_services", "糕点");
        row.put("renewed_until", "2034-06-13");
        first(Uploads.upload(mvc, "ip-assets", "t.csv", Uploads.csv(Rows.template(importers, "ip-assets"), List.of(row))));
        String of = "from ip_asset where kind = 'TRADEMARK' and number = '8812399'";

        // renewed once more (Trademark Law art. 40): only the expiry changes
        assertThat(reimport("ip-assets", row, "renewed_until", "2044-06-13", "select expires_on::text " + of))
                .isEqualTo("2044-06-13");
        assertThat(reimport("ip-assets", row, "nice_class", "29", "select nice_class::text " + of)).isEqualTo("29");
        assertThat(reimport("ip-assets", row, "goods_services", "糕点;面包", "select goods_services " + of)).isEqualTo("糕点;面包");
    }

    @Test
    void a_legal_event_s_note_and_source_are_updated_by_a_reimport() throws Exception {
        String number = PatentApplicationNumber.of(2022, 1, 8_812_002).value();
        var asset = new LinkedHashMap<String, String>(Map.of("kind", "发明专利", "number", number, "title", "一种事件测试装置",
                "filed_on", "2022-01-10", "granted_on", "2024-01-10", "status", "有效", "owners", owner(0)));
        first(Uploads.upload(mvc, "ip-assets", "a.csv", Uploads.csv(Rows.template(importers, "ip-assets"), List.of(asset))));
        var event = new LinkedHashMap<String, String>();
        event.put("kind", "发明专利");
        event.put("number", number);
        event.put("occurred_on", "2025-09-01");
        event.put("event", "未缴年费终止");
        event.put("note", "");
        event.put("source", "中国专利公报");
        first(Uploads.upload(mvc, "legal-events", "e.csv", Uploads.csv(Rows.template(importers, "legal-events"), List.of(event))));
        String of = "from ip_legal_event e join ip_asset a on a.id = e.asset_id where a.number = '" + number
                + "' and e.occurred_on = date '2025-09-01'";

        assertThat(reimport("legal-events", event, "note", "第 3 年年费未缴", "select e.note " + of)).isEqualTo("第 3 年年费未缴");
        assertThat(reimport("legal-events", event, "source", "国家知识产权局", "select e.source " + of)).isEqualTo("国家知识产权局");
    }

    @Test
    void every_column_of_an_enterprise_is_updated_by_a_reimport() throws Exception {
        String code = EnterpriseImportTest.code(9_188_001);
        var row = EnterpriseImportTest.enterprise(code, "重新导入测试有限公司");
        first(Uploads.upload(mvc, "enterprises", "e.csv", Uploads.csv(Rows.template(importers, "enterprises"), List.of(row))));
        String of = "from enterprise where credit_code = '" + code + "'";

        assertThat(reimport("enterprises", row, "name", "重新导入改名有限公司", "select name " + of)).isEqualTo("重新导入改名有限公司");
        assertThat(reimport("enterprises", row, "legal_representative", "李娜", "select legal_representative " + of)).isEqualTo("李娜");
        assertThat(reimport("enterprises", row, "registered_on", "2019-05-01", "select registered_on::text " + of)).isEqualTo("2019-05-01");
        assertThat(reimport("enterprises", row, "registered_capital_amount", "5000000.00", "select registered_capital::text " + of))
                .isEqualTo("5000000.00");
        assertThat(reimport("enterprises", row, "park", "智造园", "select park " + of)).isEqualTo("智造园");
        assertThat(reimport("enterprises", row, "industry_code", "I6511", "select industry_code " + of)).isEqualTo("I6511");
        assertThat(reimport("enterprises", row, "industry_name", "基础软件开发", "select industry_name " + of)).isEqualTo("基础软件开发");
        assertThat(reimport("enterprises", row, "size", "中型", "select size " + of)).isEqualTo("MEDIUM");
        // a qualification granted on a new date is a change of the enterprise as the register shows it
        assertThat(reimport("enterprises", row, "high_tech_on", "2024-11-20", "select max(q.granted_on)::text from"
                + " enterprise_qualification q join enterprise e on e.organisation_id = q.enterprise_id"
                + " where e.credit_code = '" + code + "' and q.kind = 'HIGH_TECH'")).isEqualTo("2024-11-20");
    }

    @Test
    void every_column_of_a_year_s_financials_is_updated_by_a_reimport() throws Exception {
        var row = new LinkedHashMap<String, String>();
        row.put("credit_code", owner(2));
        row.put("year", "2019");
        row.put("revenue_amount", "1000000.00");
        row.put("profit_amount", "-50000.00");
        row.put("rd_spend_amount", "80000.00");
        row.put("employees_count", "12");
        jdbc.sql("delete from enterprise_financials f using enterprise e where e.organisation_id = f.enterprise_id"
                + " and e.credit_code = :c and f.year = 2019").param("c", owner(2)).update();
        first(Uploads.upload(mvc, "financials", "f.csv", Uploads.csv(Rows.template(importers, "financials"), List.of(row))));
        String of = "from enterprise_financials f join enterprise e on e.organisation_id = f.enterprise_id"
                + " where e.credit_code = '" + owner(2) + "' and f.year = 2019";

        assertThat(reimport("financials", row, "revenue_amount", "1200000.00", "select f.revenue::text " + of)).isEqualTo("1200000.00");
        assertThat(reimport("financials", row, "profit_amount", "10000.00", "select f.profit::text " + of)).isEqualTo("10000.00");
        assertThat(reimport("financials", row, "rd_spend_amount", "90000.00", "select f.rd_spend::text " + of)).isEqualTo("90000.00");
        assertThat(reimport("financials", row, "employees_count", "15", "select f.employees::text " + of)).isEqualTo("15");
    }

    @Test
    void every_column_of_a_credit_list_entry_is_updated_by_a_reimport() throws Exception {
        var row = new LinkedHashMap<String, String>();
        row.put("credit_code", owner(3));
        row.put("kind", "经营异常名录");
        row.put("listed_on", "2018-06-01");
        row.put("removed_on", "");
        row.put("source", "国家企业信用信息公示系统");
        row.put("reason", "未按规定报送年度报告");
        first(Uploads.upload(mvc, "credit-facts", "c.csv", Uploads.csv(Rows.template(importers, "credit-facts"), List.of(row))));
        String of = "from enterprise_credit_fact f join enterprise e on e.organisation_id = f.enterprise_id"
                + " where e.credit_code = '" + owner(3) + "' and f.listed_on = date '2018-06-01'";

        assertThat(reimport("credit-facts", row, "removed_on", "2018-12-01", "select f.removed_on::text " + of)).isEqualTo("2018-12-01");
        assertThat(reimport("credit-facts", row, "source", "市场监督管理局", "select f.source " + of)).isEqualTo("市场监督管理局");
        assertThat(reimport("credit-facts", row, "reason", "补报年度报告后移出", "select f.reason " + of)).isEqualTo("补报年度报告后移出");
    }
}
