package cn.ipfin.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: "Files of 100,000 rows import in seconds". 100,000 rows of 15 columns, written by the exporter and
 * read back; no timing is asserted here (a test is no benchmark), the duration is measured by hand. Slow because
 * writing the 100,000-row workbook takes about 4 s; reading it back takes under 2 s.
 */
@Tag("slow")
class LargeFileTest {

    private static final int ROWS = 100_000;

    static final Template ASSETS = new Template("assets", "知识产权", "IP assets", columns());

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("application_no", "申请号", "Application number", true, "201910123456", "", ""));
        columns.add(new Column("filing_date", "申请日", "Filing date", true, "2019-01-02", "", ""));
        columns.add(new Column("claims_count", "权利要求数", "Claims", false, "10", "", ""));
        columns.add(new Column("licence_amount", "许可费", "Licence fee", false, "1000.00", "", ""));
        for (int i = 5; i <= 15; i++) {
            columns.add(new Column("text_" + i, "字段" + i, "Field " + i, false, "", "", ""));
        }
        return columns;
    }

    static Map<String, String> asset(int i) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("application_no", Long.toString(201_900_000_000L + i));
        row.put("filing_date", "2019-01-" + String.format("%02d", i % 28 + 1));
        row.put("claims_count", Integer.toString(i % 30));
        row.put("licence_amount", (i % 1000) + "." + String.format("%02d", i % 100));
        for (int c = 5; c <= 15; c++) {
            row.put("text_" + c, "质押方法" + i + "-" + c);
        }
        return row;
    }

    private static Iterable<Map<String, String>> assets() {
        return new AbstractList<>() {
            @Override
            public Map<String, String> get(int index) {
                return asset(index);
            }

            @Override
            public int size() {
                return ROWS;
            }
        };
    }

    @Test
    void a_hundred_thousand_row_xlsx_export_reads_back_completely() throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeXlsx(ASSETS, assets(), out);

        assertReadsBack("assets.xlsx", out.toByteArray());
    }

    @Test
    void a_hundred_thousand_row_csv_export_reads_back_completely() throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeCsv(ASSETS, assets(), out);

        assertReadsBack("assets.csv", out.toByteArray());
    }

    private static void assertReadsBack(String filename, byte[] content) {
        int[] count = {0};
        List<TabularRow> sampled = new ArrayList<>();
        long started = System.nanoTime();
        new TabularReader(TabularLimits.standard()).read(filename, new ByteArrayInputStream(content), ASSETS, row -> {
            count[0]++;
            if (row.rowNumber() == 2 || row.rowNumber() == 50_001 || row.rowNumber() == ROWS + 1) {
                sampled.add(row);
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("read %s: %,d rows, %,d bytes, %d ms%n", filename, count[0], content.length, millis);

        assertThat(count[0]).isEqualTo(ROWS);
        assertThat(sampled).extracting(TabularRow::values)
                .containsExactly(asset(0), asset(49_999), asset(ROWS - 1));
    }
}
