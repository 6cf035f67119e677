package cn.ipfin.valuation;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The signed report is a PDF in the Chinese layout, with CJK text, regenerated identically from its inputs. */
@IntegrationTest
@Transactional
class ValuationReportTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void the_signed_report_has_the_chinese_sections_and_the_value_and_regenerates_the_same() throws Exception {
        var f = new ValuationFixture(mvc, jdbc, json);
        JsonNode signed = f.signed();
        String path = "/api/v1/valuations/" + signed.get("id").asLong() + "/report.pdf";
        byte[] pdf = f.call("enterprise1", "GET", path, null, null)
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("知识产权评估报告", "评估目的", "评估依据", "评估对象", "评估方法", "评估假设",
                "评估结论", "有效期", "签章", signed.get("validUntil").asString(),
                MoneyFormat.yuan(Money.of(signed.get("value").decimalValue())));

        byte[] again = f.call("ipo", "GET", path, null, null).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(again)).isEqualTo(text);
    }

    @Test
    void an_unsigned_valuation_has_no_report() throws Exception {
        var f = new ValuationFixture(mvc, jdbc, json);
        long id = f.preValued().get("id").asLong();
        f.call("bank1", "GET", "/api/v1/valuations/" + id + "/report.pdf", null, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("valuation.report-signed"));
    }

    @Test
    void a_missing_or_unusable_font_is_a_clear_error() {
        assertThatThrownBy(() -> CjkFont.open(new ReportSettings("/nonexistent/cjk.ttc", "")))
                .isInstanceOf(CjkFont.ReportFontUnavailable.class)
                .hasMessageContaining("/nonexistent/cjk.ttc").hasMessageContaining("ipfin.report.cjk-font");
        String noto = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
        if (new File(noto).isFile()) {
            assertThatThrownBy(() -> CjkFont.open(new ReportSettings(noto, "NotoSansCJKsc-Regular")))
                    .isInstanceOf(CjkFont.ReportFontUnavailable.class).hasMessageContaining("CFF");
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
