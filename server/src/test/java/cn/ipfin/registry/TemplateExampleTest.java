package cn.ipfin.registry;

import cn.ipfin.IntegrationTest;
import cn.ipfin.tabular.RowImporter;
import cn.ipfin.tabular.Template;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A template downloaded and uploaded untouched imports: its example row passes the platform's own checks (check
 * characters, dates, references), so a clerk who copies the example's shape is never refused for following it.
 * The templates go in the order a district fills its registry, each example referring to the ones before it.
 */
@IntegrationTest
@Transactional
class TemplateExampleTest {

    /** The import page's order: enterprises before what refers to them. */
    static final List<String> TEMPLATES = List.of("enterprises", "financials", "credit-facts", "ip-assets",
            "legal-events");

    @Autowired MockMvc mvc;
    @Autowired List<RowImporter<?>> importers;

    @Test
    void every_template_downloaded_untouched_imports_without_errors() throws Exception {
        for (String name : TEMPLATES) {
            byte[] template = mvc.perform(get("/api/v1/imports/{name}/template.xlsx", name)
                            .with(httpBasic("ipo", PASSWORD)))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            JsonNode report = Uploads.upload(mvc, name, name + "-template.xlsx", template);
            assertThat(report.get("errors").toString()).as(name + ": the example row's errors").isEqualTo("[]");
            assertThat(report.get("refusalZh").isNull()).as(name + ": " + report.get("refusalZh")).isTrue();
            assertThat(report.get("applied").asBoolean()).as(name).isTrue();
            assertThat(report.get("rowsRead").asInt()).as(name + ": the example row is read").isEqualTo(1);
        }
    }

    @Test
    void a_wrong_check_character_in_an_import_says_which_character_is_right() throws Exception {
        String right = EnterpriseImportTest.code(9000101);
        char wrong = right.charAt(17) == '0' ? '1' : '0';
        String code = right.substring(0, 17) + wrong;
        Template template = Rows.template(importers, "enterprises");
        JsonNode report = Uploads.upload(mvc, "enterprises", "register.csv",
                Uploads.csv(template, List.of(EnterpriseImportTest.enterprise(code, "示范区校验位测试有限公司"))));
        assertThat(report.get("applied").asBoolean()).isFalse();
        JsonNode error = report.get("errors").get(0);
        assertThat(error.get("zh").asString()).contains("第18位应为 " + right.charAt(17) + "，而不是 " + wrong);
        assertThat(error.get("en").asString()).contains("should be " + right.charAt(17) + ", not " + wrong);
    }
}
