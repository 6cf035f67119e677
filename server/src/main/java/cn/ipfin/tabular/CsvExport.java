package cn.ipfin.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A list as RFC 4180 CSV, in UTF-8 with a byte-order mark: without it, Chinese Excel assumes GBK. */
final class CsvExport {

    private CsvExport() {
    }

    static void write(Template template, Iterable<Map<String, String>> rows, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        csv.write('\uFEFF');
        List<Column> columns = template.columns();
        for (int i = 0; i < columns.size(); i++) {
            field(csv, i, columns.get(i).zh());
        }
        csv.write("\r\n");
        for (Map<String, String> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                String value = row.get(columns.get(i).key());
                field(csv, i, value == null ? "" : FormulaText.neutralise(value));
            }
            csv.write("\r\n");
        }
        csv.flush(); // the caller owns the stream and closes it
    }

    private static void field(Writer csv, int index, String value) throws IOException {
        if (index > 0) {
            csv.write(',');
        }
        if (needsQuotes(value)) {
            csv.write('"');
            csv.write(value.replace("\"", "\"\""));
            csv.write('"');
        } else {
            csv.write(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
