package cn.ipfin.tabular;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files made in code for the reader tests, and a small enterprise template to read them with. */
final class Fixtures {

    static final Template ENTERPRISES = new Template("enterprises", "企业", "Enterprises", List.of(
            new Column("credit_code", "统一社会信用代码", "Unified social credit code", true, "91110108MA01234567",
                    "18 位，按文本填写", "18 characters, entered as text"),
            new Column("name", "企业名称", "Enterprise name", true, "北京示例科技有限公司", "工商登记名称", "Registered name"),
            new Column("registered_date", "成立日期", "Registered date", false, "2015-03-15", "yyyy-MM-dd", "yyyy-MM-dd"),
            new Column("registered_capital_amount", "注册资本（万元）", "Registered capital (10k CNY)", false, "1000.00",
                    "单位：万元", "In 10,000 yuan"),
            new Column("employee_count", "员工人数", "Employees", false, "85", "年末人数", "At year end"),
            new Column("note", "备注", "Note", false, "", "", "")));

    private Fixtures() {
    }

    static List<TabularRow> read(String filename, byte[] content) {
        return read(filename, content, TabularLimits.standard());
    }

    static List<TabularRow> read(String filename, byte[] content, TabularLimits limits) {
        List<TabularRow> rows = new ArrayList<>();
        new TabularReader(limits).read(filename, new ByteArrayInputStream(content), ENTERPRISES, rows::add);
        return rows;
    }

    static TabularFileRejected refusal(String filename, byte[] content) {
        return refusal(filename, content, TabularLimits.standard());
    }

    static TabularFileRejected refusal(String filename, byte[] content, TabularLimits limits) {
        return catchThrowableOfType(TabularFileRejected.class, () -> read(filename, content, limits));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An .xlsx made with POI's user model, text cells unless the test adds others. */
    static byte[] xlsx(String[][] rows) {
        return xlsx(sheet -> {
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
        });
    }

    static byte[] xlsx(Consumer<Sheet> fill) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            fill.accept(workbook.createSheet("企业"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String[] header() {
        return new String[] {"统一社会信用代码", "企业名称", "成立日期", "注册资本（万元）", "员工人数", "备注"};
    }
}
