package cn.ipfin.registry;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import cn.ipfin.tabular.RowImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One behaviour for codes written in lower case, in every import: a 统一社会信用代码 or a patent number is put in
 * upper case (its standard form) and the import report says so, row and column; neither import calls it invalid
 * nor changes it silently (issue 12).
 */
@IntegrationTest
@Transactional
class LowerCaseCodesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired List<RowImporter<?>> importers;

    @Test
    void the_enterprise_import_upper_cases_a_lower_case_credit_code_and_says_so() throws Exception {
        String code = UnifiedSocialCreditCode.withCheckCharacter("91419001MA9200001").value();
        var row = EnterpriseImportTest.enterprise(code.toLowerCase(Locale.ROOT), "小写代码测试有限公司");

        JsonNode report = Uploads.upload(mvc, "enterprises", "e.csv",
                Uploads.csv(Rows.template(importers, "enterprises"), List.of(row)));

        assertThat(report.get("applied").asBoolean()).as(report.toString()).isTrue();
        assertThat(jdbc.sql("select count(*) from enterprise where credit_code = :c").param("c", code)
                .query(Long.class).single()).isEqualTo(1);
        JsonNode notice = report.get("notices").get(0);
        assertThat(notice.get("row").asInt()).isEqualTo(2);
        assertThat(notice.get("columnKey").asString()).isEqualTo("credit_code");
        assertThat(notice.get("zh").asString()).contains("大写").contains(code);
        assertThat(notice.get("en").asString()).contains("upper case");
    }

    @Test
    void the_asset_import_accepts_the_same_lower_case_owner_code_and_patent_number_and_says_so() throws Exception {
        String owner = jdbc.sql("select credit_code from enterprise where credit_code ~ '[A-Z]' order by organisation_id limit 1")
                .query(String.class).single();
        String number = PatentApplicationNumber.of(2021, 1, 8_820_001).value();
        var row = new LinkedHashMap<String, String>();
        row.put("kind", "发明专利");
        row.put("number", "zl" + number);
        row.put("title", "一种小写代码测试装置");
        row.put("filed_on", "2021-03-02");
        row.put("granted_on", "2023-08-15");
        row.put("status", "有效");
        row.put("owners", owner.toLowerCase(Locale.ROOT));

        JsonNode report = Uploads.upload(mvc, "ip-assets", "a.csv", Uploads.csv(Rows.template(importers, "ip-assets"), List.of(row)));

        assertThat(report.get("applied").asBoolean()).as(report.toString()).isTrue();
        assertThat(jdbc.sql("select e.credit_code from ip_asset_owner o join ip_asset a on a.id = o.asset_id"
                        + " join enterprise e on e.organisation_id = o.enterprise_id where a.number = :n")
                .param("n", number).query(String.class).single()).isEqualTo(owner);
        assertThat(report.get("notices")).extracting(n -> n.get("columnKey").asString())
                .containsExactlyInAnyOrder("number", "owners");
        assertThat(report.get("notices").toString()).contains(owner).contains(number);
    }
}
