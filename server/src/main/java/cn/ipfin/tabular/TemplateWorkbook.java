package cn.ipfin.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable import template. Small, so written with the user model. Required columns have a red header;
 * the example row is grey and the notes say to delete it, because the reader cannot tell it from data.
 */
final class TemplateWorkbook {

    static final String NOTES_SHEET = "说明 Notes";

    private TemplateWorkbook() {
    }

    static void write(Template template, OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            List<Column> columns = template.columns();
            CellStyle required = headerStyle(workbook, IndexedColors.RED);
            CellStyle optional = headerStyle(workbook, IndexedColors.BLACK);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle example = workbook.createCellStyle();
            example.cloneStyleFrom(text);
            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            grey.setItalic(true);
            example.setFont(grey);

            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(template.titleZh()));
            Row header = sheet.createRow(0);
            Row sample = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                header.createCell(i).setCellValue(column.zh());
                header.getCell(i).setCellStyle(column.required() ? required : optional);
                if (column.example() != null) {
                    sample.createCell(i).setCellValue(column.example());
                    sample.getCell(i).setCellStyle(example);
                }
                // Cells typed later take the column's style: text, so Excel keeps long codes and leading zeros.
                if (!column.numeric()) {
                    sheet.setDefaultColumnStyle(i, text);
                }
                sheet.setColumnWidth(i, CellWidths.of(column.zh(), column.example()));
            }
            sheet.createFreezePane(0, 1);
            notes(workbook, template, optional);
            workbook.write(out);
        }
    }

    private static void notes(XSSFWorkbook workbook, Template template, CellStyle bold) {
        Sheet notes = workbook.createSheet(NOTES_SHEET);
        String[][] intro = {
                {template.titleZh() + " 导入模板", template.titleEn() + " import template"},
                {"第 1 行是表头，红色为必填列；第 2 行是示例，导入前请删除。",
                        "Row 1 is the header, red columns are required; row 2 is an example, delete it before importing."},
                {"只读取第一个工作表；不接受公式和以 = + - @ 开头的文本；导入时所有行全部成功或全部不导入。",
                        "Only the first sheet is read; formulas and text starting with = + - @ are refused; "
                                + "an import applies all rows or none."},
        };
        int r = 0;
        for (String[] line : intro) {
            Row row = notes.createRow(r++);
            row.createCell(0).setCellValue(line[0]);
            row.createCell(4).setCellValue(line[1]);
        }
        r++;
        String[] headings = {"列名", "Column", "必填 Required", "示例 Example", "说明", "Notes"};
        Row heading = notes.createRow(r++);
        for (int i = 0; i < headings.length; i++) {
            heading.createCell(i).setCellValue(headings[i]);
            heading.getCell(i).setCellStyle(bold);
        }
        for (Column column : template.columns()) {
            Row row = notes.createRow(r++);
            row.createCell(0).setCellValue(column.zh());
            row.createCell(1).setCellValue(column.en() == null ? "" : column.en());
            row.createCell(2).setCellValue(column.required() ? "是 Yes" : "否 No");
            row.createCell(3).setCellValue(column.example() == null ? "" : column.example());
            row.createCell(4).setCellValue(column.noteZh() == null ? "" : column.noteZh());
            row.createCell(5).setCellValue(column.noteEn() == null ? "" : column.noteEn());
        }
        int[] widths = {18, 24, 14, 24, 50, 60};
        for (int i = 0; i < widths.length; i++) {
            notes.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook, IndexedColors colour) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(colour.getIndex());
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
