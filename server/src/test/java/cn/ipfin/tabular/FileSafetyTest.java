package cn.ipfin.tabular;

import static cn.ipfin.tabular.Fixtures.header;
import static cn.ipfin.tabular.Fixtures.read;
import static cn.ipfin.tabular.Fixtures.refusal;
import static cn.ipfin.tabular.Fixtures.utf8;
import static cn.ipfin.tabular.Fixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.tabular.TabularFileRejected.Reason;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Every way issue 4 says an upload can be malformed, refused as a whole with a message the user can act on. */
class FileSafetyTest {

    private static final String HEADER = "统一社会信用代码,企业名称,备注\r\n";
    private static final String ROW = "91110108MA01234567,甲公司,ok\r\n";

    @Test
    void a_file_larger_than_the_limit_is_refused_while_reading_it() {
        var limits = new TabularLimits(1024, 1_000, 4_000);
        // Never-ending input: the reader must stop by counting, whatever size the client announced.
        InputStream endless = new InputStream() {
            private final byte[] row = utf8(ROW);
            private long position;

            @Override
            public int read() {
                if (position == 0) {
                    position++;
                    return 'x';
                }
                return row[(int) (position++ % row.length)];
            }
        };
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(TabularFileRejected.class,
                () -> new TabularReader(limits).read("e.csv", endless, Fixtures.ENTERPRISES, row -> { }));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.zh()).contains("文件超过").contains("上限");
    }

    @Test
    void an_xlsx_larger_than_the_limit_is_refused() {
        byte[] file = xlsx(new String[][] {header(), {"91110108MA01234567", "甲"}});

        var refused = refusal("e.xlsx", file, new TabularLimits(file.length - 1, 1_000, 4_000));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void a_png_is_the_wrong_type() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        var refused = refusal("e.xlsx", png);

        assertThat(refused.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(refused.zh()).contains("请上传 .xlsx 或 UTF-8 编码的 .csv 文件");
        assertThat(refused.en()).contains("upload an .xlsx or a UTF-8 .csv file");
    }

    @Test
    void a_pdf_is_the_wrong_type() {
        var refused = refusal("e.csv", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"));

        assertThat(refused.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(refused.zh()).contains("PDF");
    }

    @Test
    void a_legacy_xls_is_the_wrong_type_with_a_hint_to_save_as_xlsx() throws Exception {
        var ole2 = new java.io.ByteArrayOutputStream();
        try (var fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "Workbook");
            fs.writeFilesystem(ole2);
        }

        var refused = refusal("e.xls", ole2.toByteArray());

        assertThat(refused.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(refused.zh()).contains("旧版 .xls").contains("另存为 .xlsx");
    }

    @Test
    void an_xlsx_named_csv_is_refused_because_name_and_content_disagree() {
        var refused = refusal("e.csv", xlsx(new String[][] {header(), {"91110108MA01234567", "甲"}}));

        assertThat(refused.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(refused.zh()).contains("扩展名与内容不符");
    }

    @Test
    void a_text_file_with_another_extension_is_refused() {
        var refused = refusal("e.txt", utf8(HEADER + ROW));

        assertThat(refused.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(refused.en()).contains(".txt");
    }

    @Test
    void without_a_file_name_the_content_decides() {
        assertThat(read(null, utf8(HEADER + ROW))).hasSize(1);
        assertThat(read(null, xlsx(new String[][] {header(), {"91110108MA01234567", "甲"}}))).hasSize(1);
    }

    @Test
    void a_word_document_is_not_a_workbook() throws Exception {
        var docx = new java.io.ByteArrayOutputStream();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("企业名称");
            document.write(docx);
        }

        var refused = refusal("e.xlsx", docx.toByteArray());

        assertThat(refused.reason()).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void a_truncated_xlsx_is_corrupt() {
        byte[] file = xlsx(new String[][] {header(), {"91110108MA01234567", "甲"}});

        var refused = refusal("e.xlsx", Arrays.copyOf(file, file.length / 2));

        assertThat(refused.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(refused.zh()).contains("文件已损坏或不完整");
    }

    @Test
    void a_zip_bomb_is_refused_by_poi_inflate_ratio_guard() {
        // 50 MB of spaces packs into about 50 KB: a ratio no real workbook has.
        byte[] bomb = ZipFixtures.withPaddedSheet(xlsx(new String[][] {header(), {"91110108MA01234567", "甲"}}),
                50 * 1024 * 1024, i -> ' ');

        var refused = refusal("e.xlsx", bomb);

        assertThat(refused.reason()).isIn(Reason.CORRUPT, Reason.TOO_LARGE);
    }

    @Test
    void a_sheet_unpacking_to_more_than_twenty_times_the_upload_limit_is_too_large() {
        byte[] plain = xlsx(new String[][] {header(), {"91110108MA01234567", "甲"}});
        // Varied enough to pass POI's 1% ratio guard, repetitive enough to be 50+ times smaller packed.
        byte[] padded = ZipFixtures.withPaddedSheet(plain, 4 * 1024 * 1024, ZipFixtures::loremChar);
        var limits = new TabularLimits(padded.length + 1, 1_000, 4_000);
        assertThat(XlsxSheet.UNPACK_FACTOR * limits.maxBytes()).isLessThan(4L * 1024 * 1024);

        var refused = refusal("e.xlsx", padded, limits);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.zh()).contains("解压后超过");
    }

    @Test
    void ten_megabytes_in_one_csv_cell_is_refused_naming_row_and_column() {
        var content = new java.io.ByteArrayOutputStream();
        content.writeBytes(utf8(HEADER + ROW + "91110108MA0123456X,\""));
        content.writeBytes(utf8("长".repeat(10 * 1024 * 1024 / 3)));
        content.writeBytes(utf8("\",x\r\n"));

        var refused = refusal("e.csv", content.toByteArray());

        assertThat(refused.reason()).isEqualTo(Reason.CELL_TOO_LONG);
        assertThat(refused.row()).isEqualTo(3);
        assertThat(refused.column()).isEqualTo("企业名称");
        assertThat(refused.zh()).isEqualTo("第 3 行「企业名称」列的内容超过 4000 个字符，未导入任何数据。");
    }

    @Test
    void an_overlong_cell_in_a_column_the_template_does_not_know_is_refused_too() {
        var refused = refusal("e.csv", utf8("统一社会信用代码,企业名称,其他\r\n1,2," + "x".repeat(4_001) + "\r\n"));

        assertThat(refused.reason()).isEqualTo(Reason.CELL_TOO_LONG);
        assertThat(refused.column()).isEqualTo("C");
    }

    @Test
    void an_overlong_shared_string_cell_in_xlsx_is_refused() {
        var refused = refusal("e.xlsx", xlsx(new String[][] {header(), {"91110108MA01234567", "长".repeat(4_001)}}));

        assertThat(refused.reason()).isEqualTo(Reason.CELL_TOO_LONG);
        assertThat(refused.row()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo("企业名称");
    }

    @Test
    void an_overlong_inline_string_cell_in_xlsx_is_refused_before_it_is_collected() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        TabularWriter.writeXlsx(Fixtures.ENTERPRISES,
                List.of(java.util.Map.of("credit_code", "91110108MA01234567", "note", "x".repeat(5_000))), out);

        var refused = refusal("e.xlsx", out.toByteArray());

        assertThat(refused.reason()).isEqualTo(Reason.CELL_TOO_LONG);
        assertThat(refused.column()).isEqualTo("备注");
    }

    @Test
    void more_data_rows_than_the_limit_are_refused() {
        var limits = new TabularLimits(1024 * 1024, 3, 4_000);

        var refused = refusal("e.csv", utf8(HEADER + ROW + "\r\n" + ROW + ROW + ROW), limits);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
        assertThat(refused.row()).isEqualTo(6);
        assertThat(refused.zh()).contains("超过 3 行数据的上限");
    }

    @Test
    void more_xlsx_rows_than_the_limit_are_refused() {
        var limits = new TabularLimits(1024 * 1024, 1, 4_000);

        var refused = refusal("e.xlsx", xlsx(new String[][] {header(), {"1", "甲"}, {"2", "乙"}}), limits);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(refusal("e.csv", new byte[0]).reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal("e.csv", utf8("\uFEFF")).reason()).isEqualTo(Reason.EMPTY);
        assertThat(refusal("e.csv", utf8("\r\n , \r\n")).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void a_file_with_only_a_header_is_refused_as_empty() {
        assertThat(refusal("e.csv", utf8(HEADER)).zh()).contains("没有数据行");
        assertThat(refusal("e.xlsx", xlsx(new String[][] {header(), {}})).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void a_row_wider_than_excel_allows_is_refused() {
        var refused = refusal("e.csv", utf8(HEADER + "1,2" + ",".repeat(20_000) + "\r\n"));

        assertThat(refused.reason()).isEqualTo(Reason.CORRUPT);
    }
}
