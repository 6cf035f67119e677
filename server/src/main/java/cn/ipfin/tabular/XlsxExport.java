package cn.ipfin.tabular;

import cn.ipfin.shared.ReportHeading;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list export through SXSSF: only a window of rows is in memory, the rest goes to a compressed temporary file,
 * so a million rows cost a few megabytes of heap. Strings are written inline rather than to a shared-strings
 * table, which would grow with every distinct value.
 */
final class XlsxExport {

    /** A plain decimal; exponents, separators and signs other than a leading minus stay text. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Excel stores numbers as doubles; beyond 15 significant digits the value would change. */
    private static final int EXCEL_DIGITS = 15;
    private static final int ROWS_IN_MEMORY = 200;

    private XlsxExport() {
    }

    static void write(Template template, Iterable<Map<String, String>> rows, OutputStream out) throws IOException {
        write(template, null, rows, out);
    }

    /** With a heading (title, export time, as-of date) above the table when {@code heading} is not null. */
    static void write(Template template, ReportHeading heading, Iterable<Map<String, String>> rows, OutputStream out)
            throws IOException {
        // close() also deletes SXSSF's temporary files.
        try (var workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false)) {
            var styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(template.titleZh()));
            List<Column> columns = template.columns();
            int first = 0;
            if (heading != null) {
                heading.write(sheet, false);
                first = ReportHeading.ROWS;
            }
            Row header = sheet.createRow(first);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                header.createCell(i).setCellValue(column.zh());
                header.getCell(i).setCellStyle(styles.header);
                sheet.setColumnWidth(i, CellWidths.of(column.zh(), column.example()));
            }
            sheet.createFreezePane(0, first + 1);
            int next = first + 1;
            for (Map<String, String> values : rows) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < columns.size(); i++) {
                    String value = values.get(columns.get(i).key());
                    if (value != null) {
                        cell(row, i, columns.get(i), value, styles);
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static void cell(Row row, int index, Column column, String value, Styles styles) {
        var cell = row.createCell(index);
        if (column.numeric() && PLAIN_DECIMAL.matcher(value).matches()) {
            BigDecimal number = new BigDecimal(value);
            if (number.precision() <= EXCEL_DIGITS) {
                cell.setCellValue(number.doubleValue());
                // The format keeps the value's decimals, so 100.00 reads back as 100.00 and not 100.
                cell.setCellStyle(styles.number(Math.max(number.scale(), 0)));
                return;
            }
        }
        cell.setCellValue(FormulaText.neutralise(value));
        cell.setCellStyle(styles.text);
    }

    /** The few styles an export needs, made once: a workbook holds at most 64,000. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        private final Workbook workbook;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();

        Styles(Workbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            // "@" is Excel's text format: a code edited in Excel stays text instead of turning into 1.2E+17.
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        }

        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                return style;
            });
        }
    }
}
