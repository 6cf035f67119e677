package cn.ipfin.tabular;

import cn.ipfin.shared.ReportHeading;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes import templates and list exports. Exports read back through {@link TabularReader} with the same
 * template to the same values (a lossless round trip), which is what makes "export, fix in Excel, re-import"
 * safe.
 */
public final class TabularWriter {

    private TabularWriter() {
    }

    /**
     * An import template: the Chinese header row, one example row, a frozen header, column widths, text format
     * on identifier columns (so Excel keeps 18-digit codes as typed), and a second sheet "说明 Notes" listing
     * every column with its required flag and notes in Chinese and English.
     */
    public static void writeTemplate(Template template, OutputStream out) throws IOException {
        TemplateWorkbook.write(template, out);
    }

    /**
     * A list export with the template's headers, streamed (SXSSF) so that 1,000,000 rows fit in little memory.
     * Every value is a text cell, except in columns whose key ends in {@code _amount} or {@code _count}, which
     * hold numbers when the value is a plain decimal Excel can hold exactly (at most 15 digits). Text a
     * spreadsheet could run as a formula gets an apostrophe in front; the reader removes it again.
     *
     * @param rows column key → value; a missing key or null is an empty cell
     */
    public static void writeXlsx(Template template, Iterable<Map<String, String>> rows, OutputStream out)
            throws IOException {
        XlsxExport.write(template, rows, out);
    }

    /**
     * A ledger or report export: {@link #writeXlsx} under a heading that says when it was exported (Beijing time) and
     * as of which date. Not for registry exports, which must import back and so keep the bare import layout.
     */
    public static void writeReport(Template template, ReportHeading heading, Iterable<Map<String, String>> rows,
                                   OutputStream out) throws IOException {
        XlsxExport.write(template, heading, rows, out);
    }

    /** UTF-8 with a byte-order mark (so that Excel opens it as UTF-8), RFC 4180 quoting, CRLF, same headers. */
    public static void writeCsv(Template template, Iterable<Map<String, String>> rows, OutputStream out)
            throws IOException {
        CsvExport.write(template, rows, out);
    }
}
