package cn.ipfin.ledger;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import cn.ipfin.shared.ReportHeading;
import org.springframework.context.MessageSource;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** Writes ledger entries as an .xlsx workbook, headers in the reader's language, streaming row by row. */
final class LedgerWorkbook {

    private static final List<String> HEADERS = List.of("ledger.col.id", "ledger.col.time", "ledger.col.actor",
            "ledger.col.subjectType", "ledger.col.subjectId", "ledger.col.action", "ledger.col.before",
            "ledger.col.after", "ledger.col.chain", "ledger.col.seq", "ledger.col.hash");

    private LedgerWorkbook() {
    }

    /**
     * Under the heading (export time in Beijing time, as-of date); times are date-time cells in {@code zone}, the
     * business time zone, shown to the second (the entry's order is its id and sequence).
     */
    static void write(Iterable<LedgerEntry> entries, MessageSource messages, Locale locale, ZoneId zone,
                      ReportHeading heading, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet(messages.getMessage("ledger.title", null, locale));
            heading.write(sheet, "en".equals(locale.getLanguage()));
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(ReportHeading.ROWS);
            for (int c = 0; c < HEADERS.size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(messages.getMessage(HEADERS.get(c), null, locale));
                cell.setCellStyle(bold);
            }
            int r = ReportHeading.ROWS + 1;
            for (LedgerEntry e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.id());
                row.createCell(1).setCellValue(LocalDateTime.ofInstant(e.occurredAt(), zone).withNano(0));
                row.getCell(1).setCellStyle(time);
                row.createCell(2).setCellValue(e.actorUser());
                row.createCell(3).setCellValue(e.subjectType());
                row.createCell(4).setCellValue(e.subjectId());
                row.createCell(5).setCellValue(e.action());
                row.createCell(6).setCellValue(text(e.beforeState()));
                row.createCell(7).setCellValue(text(e.afterState()));
                row.createCell(8).setCellValue(e.chainNo());
                row.createCell(9).setCellValue(e.seq());
                row.createCell(10).setCellValue(e.hash());
            }
            sheet.createFreezePane(0, ReportHeading.ROWS + 1);
            workbook.write(out);
        }
    }

    /** Excel must not evaluate what a user typed: a leading =,+,-,@ is neutralised (formula injection). */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
