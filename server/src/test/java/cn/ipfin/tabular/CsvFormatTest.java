package cn.ipfin.tabular;

import static cn.ipfin.tabular.Fixtures.read;
import static cn.ipfin.tabular.Fixtures.refusal;
import static cn.ipfin.tabular.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.tabular.TabularFileRejected.Reason;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** RFC 4180, https://www.rfc-editor.org/rfc/rfc4180 section 2. */
class CsvFormatTest {

    private static final String HEADER = "统一社会信用代码,企业名称,备注\r\n";

    @Test
    void quoted_fields_hold_commas_doubled_quotes_and_line_breaks() {
        var rows = read("e.csv", utf8(HEADER
                + "91110108MA01234567,\"甲, 乙\",\"他说\"\"好\"\"\"\r\n"
                + "91110108MA0123456X,丙,\"第一行\r\n第二行\"\r\n"
                + "91110108MA01234568,丁,\"\"\r\n"));

        assertThat(rows).extracting(r -> r.get("name")).containsExactly("甲, 乙", "丙", "丁");
        assertThat(rows).extracting(r -> r.get("note")).containsExactly("他说\"好\"", "第一行\r\n第二行", null);
        // A record spanning two lines is still one row, as Excel shows it.
        assertThat(rows).extracting(TabularRow::rowNumber).containsExactly(2, 3, 4);
    }

    @Test
    void lf_line_endings_a_missing_final_line_break_and_a_byte_order_mark_are_accepted() {
        var rows = read("e.csv", utf8("\uFEFF统一社会信用代码,企业名称\n91110108MA01234567,甲\n91110108MA0123456X,乙"));

        assertThat(rows).extracting(r -> r.get("name")).containsExactly("甲", "乙");
    }

    @Test
    void short_rows_leave_the_missing_columns_null() {
        var rows = read("e.csv", utf8(HEADER + "91110108MA01234567,甲\r\n"));

        assertThat(rows.getFirst().get("note")).isNull();
    }

    @Test
    void an_unterminated_quote_refuses_the_file_naming_the_row_where_it_opened() {
        var refused = refusal("e.csv", utf8(HEADER + "91110108MA01234567,甲,ok\r\n91110108MA0123456X,\"乙,x\r\n3,4\r\n"));

        assertThat(refused.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(refused.row()).isEqualTo(3);
        assertThat(refused.zh()).contains("第 3 行的引号没有闭合");
    }

    @Test
    void text_after_a_closing_quote_refuses_the_file() {
        var refused = refusal("e.csv", utf8(HEADER + "91110108MA01234567,\"甲\"乙,x\r\n"));

        assertThat(refused.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(refused.row()).isEqualTo(2);
    }

    @Test
    void a_gbk_encoded_csv_is_rejected_with_a_hint_to_save_as_utf8() throws Exception {
        var gbk = new ByteArrayOutputStream();
        gbk.write("统一社会信用代码,企业名称\r\n91110108MA01234567,企业名称\r\n".getBytes("GBK"));

        var refused = refusal("e.csv", gbk.toByteArray());

        assertThat(refused.reason()).isEqualTo(Reason.ENCODING);
        assertThat(refused.zh()).contains("GBK").contains("请在 Excel 中另存为「CSV UTF-8（逗号分隔）」");
        assertThat(refused.en()).contains("GBK").contains("Save as 'CSV UTF-8 (comma delimited)' in Excel");
    }

    @Test
    void invalid_utf8_far_into_the_file_is_rejected_near_its_row() {
        var content = new ByteArrayOutputStream();
        content.writeBytes(utf8(HEADER));
        for (int i = 0; i < 2_000; i++) {
            content.writeBytes(utf8("91110108MA01234567,甲公司,ok\r\n"));
        }
        content.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, '\r', '\n'});

        var refused = refusal("e.csv", content.toByteArray());

        assertThat(refused.reason()).isEqualTo(Reason.ENCODING);
        assertThat(refused.row()).isGreaterThan(1_000);
        assertThat(refused.zh()).contains("不是有效的 UTF-8");
    }

    @Test
    void a_utf16_file_as_excel_saves_unicode_text_is_rejected_as_an_encoding_problem() {
        var refused = refusal("e.csv", "\uFEFF统一社会信用代码".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(refused.reason()).isEqualTo(Reason.ENCODING);
    }
}
