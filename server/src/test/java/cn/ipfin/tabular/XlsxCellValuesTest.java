package cn.ipfin.tabular;

import static cn.ipfin.tabular.Fixtures.header;
import static cn.ipfin.tabular.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** How the stored values of numeric, date and boolean cells become the text importers receive. */
class XlsxCellValuesTest {

    /** A one-data-row workbook whose "备注" cell (column F) is set by the test. */
    private static String note(BiConsumer<Sheet, Cell> fill) {
        byte[] file = Fixtures.xlsx(sheet -> {
            var header = sheet.createRow(0);
            String[] names = header();
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("91110108MA01234567");
            row.createCell(1).setCellValue("甲");
            fill.accept(sheet, row.createCell(5));
        });
        return read("e.xlsx", file).getFirst().get("note");
    }

    private static void format(Sheet sheet, Cell cell, String format) {
        var workbook = sheet.getWorkbook();
        var style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        cell.setCellStyle(style);
    }

    @Test
    void a_date_cell_becomes_an_iso_date() {
        assertThat(note((sheet, cell) -> {
            cell.setCellValue(LocalDate.of(2015, 3, 15));
            format(sheet, cell, "yyyy\"年\"m\"月\"d\"日\"");
        })).isEqualTo("2015-03-15");
        assertThat(note((sheet, cell) -> {
            cell.setCellValue(LocalDate.of(2003, 10, 1));
            cell.setCellStyle(sheet.getWorkbook().createCellStyle());
            cell.getCellStyle().setDataFormat((short) 14); // Excel's built-in short date, m/d/yy
        })).isEqualTo("2003-10-01");
    }

    @Test
    void a_date_with_a_time_of_day_keeps_the_time() {
        assertThat(note((sheet, cell) -> {
            cell.setCellValue(LocalDateTime.of(2024, 1, 5, 10, 30));
            format(sheet, cell, "yyyy-mm-dd hh:mm");
        })).isEqualTo("2024-01-05T10:30");
    }

    @Test
    void whole_numbers_have_no_trailing_zero_and_no_exponent() {
        assertThat(note((sheet, cell) -> cell.setCellValue(85))).isEqualTo("85");
        // A 12-digit patent application number typed as a number: General format would show 2.01911E+11.
        assertThat(note((sheet, cell) -> cell.setCellValue(201910123456d))).isEqualTo("201910123456");
        assertThat(note((sheet, cell) -> cell.setCellValue(123456789012345d))).isEqualTo("123456789012345");
    }

    @Test
    void fractions_keep_their_digits_and_lose_binary_noise() {
        assertThat(note((sheet, cell) -> cell.setCellValue(1234.5))).isEqualTo("1234.5");
        assertThat(note((sheet, cell) -> cell.setCellValue(0.1 + 0.2))).isEqualTo("0.3");
    }

    @Test
    void a_fixed_decimals_format_keeps_trailing_zeros_but_never_hides_digits() {
        assertThat(note((sheet, cell) -> {
            cell.setCellValue(100);
            format(sheet, cell, "#,##0.00");
        })).isEqualTo("100.00");
        assertThat(note((sheet, cell) -> {
            cell.setCellValue(0.0435);
            format(sheet, cell, "0.00");
        })).isEqualTo("0.0435");
    }

    @Test
    void an_eighteen_digit_code_typed_as_text_is_kept_exactly() {
        assertThat(note((sheet, cell) -> cell.setCellValue("911101080000000001"))).isEqualTo("911101080000000001");
    }

    @Test
    void an_eighteen_digit_number_excel_already_rounded_comes_through_as_stored() {
        // Excel keeps 15 significant digits: the last three digits were gone before upload. The credit code's
        // check character then reports the damage to the user as a row error.
        assertThat(note((sheet, cell) -> cell.setCellValue(911101080000000001d))).isEqualTo("911101080000000000");
    }

    @Test
    void booleans_read_as_true_and_false() {
        assertThat(note((sheet, cell) -> cell.setCellValue(true))).isEqualTo("TRUE");
    }

    @Test
    void only_the_first_sheet_is_read() {
        byte[] file = Fixtures.xlsx(sheet -> {
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("统一社会信用代码");
            header.createCell(1).setCellValue("企业名称");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("91110108MA01234567");
            row.createCell(1).setCellValue("甲");
            var other = sheet.getWorkbook().createSheet("其他").createRow(0);
            other.createCell(0).setCellValue("=not read");
        });

        assertThat(read("e.xlsx", file)).singleElement().extracting(r -> r.get("name")).isEqualTo("甲");
    }
}
