package cn.ipfin.shared;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The heading rows of an exported ledger or report (issue 15): its title, when it was exported in Beijing time (the
 * business clock's zone) and as of which date its figures are, the two as real Excel date and time cells (formatted
 * yyyy-mm-dd hh:mm:ss and yyyy-mm-dd), not ISO instants in text. A blank row separates them from the table.
 * Registry exports (enterprises, IP assets) have none: they keep the import layout, so that they import back.
 */
public record ReportHeading(String title, LocalDateTime exportedAt, LocalDate asOf) {

    /** The rows the heading takes, the blank one included: the table's header row comes after them. */
    public static final int ROWS = 4;

    /** Exported now by the business clock (Asia/Shanghai), with figures as of {@code asOf}. */
    public static ReportHeading now(String title, Clock clock, LocalDate asOf) {
        return new ReportHeading(title, LocalDateTime.now(clock).withNano(0), asOf);
    }

    /** Writes the heading from the sheet's first row; labels in Chinese, or in English when {@code english}. */
    public void write(Sheet sheet, boolean english) {
        var workbook = sheet.getWorkbook();
        CellStyle bold = workbook.createCellStyle();
        var font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(bold);
        Row exported = sheet.createRow(1);
        exported.createCell(0).setCellValue(english ? "Exported at (Beijing time)" : "导出时间（北京时间）");
        exported.createCell(1).setCellValue(exportedAt);
        exported.getCell(1).setCellStyle(dateTime);
        Row asOfRow = sheet.createRow(2);
        asOfRow.createCell(0).setCellValue(english ? "As of" : "数据截至");
        asOfRow.createCell(1).setCellValue(asOf);
        asOfRow.getCell(1).setCellStyle(date);
    }
}
