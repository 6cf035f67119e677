package cn.ipfin.tabular;

import static cn.ipfin.tabular.Fixtures.ENTERPRISES;
import static cn.ipfin.tabular.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Export → import gives back exactly what was exported (issue 4: "Import round-trip is lossless"). */
class RoundTripTest {

    /** Values chosen to break a careless writer or reader. */
    static List<Map<String, String>> awkwardRows() {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row("911101080000000001", "北京「示例」科技有限公司", "2015-03-15", "1000.00", "85", null));
        rows.add(row("91110108MA01234567", "Comma, \"Quote\" & Co.", "2003-10-01", "12345678901.5", "0",
                "第一行\r\n第二行"));
        rows.add(row("000123456789012345", "=cmd|' /C calc'!A0", null, "-12.50", "-3", "@SUM(1)"));
        rows.add(row("201910123456", "+1+1", "", "0.01", "1000000", "'=already quoted"));
        rows.add(row("91110108MA0123456X", "-2+3", null, "12345678901234567.89", "12345678901234567", "'hello"));
        rows.add(row("91110108MA0123456Y", "1.5E+3", null, "1E+3", "1,234", "-12.5"));
        return rows;
    }

    private static Map<String, String> row(String code, String name, String date, String amount, String count,
            String note) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("credit_code", code);
        row.put("name", name);
        row.put("registered_date", date == null || date.isEmpty() ? null : date);
        row.put("registered_capital_amount", amount);
        row.put("employee_count", count);
        row.put("note", note);
        return row;
    }

    @Test
    void an_xlsx_export_reads_back_to_identical_values() throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeXlsx(ENTERPRISES, awkwardRows(), out);

        assertThat(read("list.xlsx", out.toByteArray())).extracting(TabularRow::values)
                .containsExactlyElementsOf(awkwardRows());
    }

    @Test
    void a_csv_export_reads_back_to_identical_values() throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeCsv(ENTERPRISES, awkwardRows(), out);

        assertThat(read("list.csv", out.toByteArray())).extracting(TabularRow::values)
                .containsExactlyElementsOf(awkwardRows());
    }

    @Test
    void the_csv_export_is_utf8_with_a_byte_order_mark_crlf_and_formulas_neutralised() throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeCsv(ENTERPRISES, awkwardRows().subList(2, 3), out);
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFF统一社会信用代码,企业名称,成立日期,注册资本（万元）,员工人数,备注\r\n"
                        + "000123456789012345,'=cmd|' /C calc'!A0,,-12.50,-3,'@SUM(1)\r\n");
    }

    @Test
    void the_xlsx_export_keeps_identifiers_as_text_and_amounts_and_counts_as_numbers() throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeXlsx(ENTERPRISES, awkwardRows(), out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("911101080000000001");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(85.0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            // 19 digits do not fit a double: written as text rather than changed.
            assertThat(sheet.getRow(5).getCell(3).getStringCellValue()).isEqualTo("12345678901234567.89");
        }
    }

    @Test
    void the_template_has_the_headers_an_example_row_and_a_notes_sheet_and_reads_as_its_example() throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeTemplate(ENTERPRISES, out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("91110108MA01234567");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            var notes = workbook.getSheet("说明 Notes");
            assertThat(notes).isNotNull();
            var text = new StringBuilder();
            notes.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('|')));
            assertThat(text).contains("统一社会信用代码|Unified social credit code|是 Yes|")
                    .contains("备注|Note|否 No|").contains("18 characters, entered as text");
        }
        var rows = read("template.xlsx", out.toByteArray());
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("name")).isEqualTo("北京示例科技有限公司");
            assertThat(row.get("registered_capital_amount")).isEqualTo("1000.00");
        });
    }
}
