package cn.ipfin.tabular;

import static cn.ipfin.tabular.Fixtures.header;
import static cn.ipfin.tabular.Fixtures.read;
import static cn.ipfin.tabular.Fixtures.refusal;
import static cn.ipfin.tabular.Fixtures.utf8;
import static cn.ipfin.tabular.Fixtures.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.tabular.TabularFileRejected.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** CSV/formula injection, as OWASP describes it: https://owasp.org/www-community/attacks/CSV_Injection */
class FormulaInjectionTest {

    private static String csv(String note) {
        return "统一社会信用代码,企业名称,备注\r\n91110108MA01234567,甲公司,ok\r\n91110108MA0123456X,乙公司,\""
                + note.replace("\"", "\"\"") + "\"\r\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "@SUM(1)", "+1+1", "-2+3", "=HYPERLINK(\"http://x\")", "\tabc",
            "\r=1", "  =1+1"})
    void csv_text_that_a_spreadsheet_would_run_is_refused_naming_row_and_column(String note) {
        var refused = refusal("e.csv", utf8(csv(note)));

        assertThat(refused.reason()).isEqualTo(Reason.FORMULA);
        assertThat(refused.row()).isEqualTo(3);
        assertThat(refused.column()).isEqualTo("备注");
        assertThat(refused.zh()).startsWith("第 3 行「备注」列以 = + - @ 或制表符开头");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "+86", "-1,234.50", "-", "a=b", "E-mail"})
    void plain_negatives_and_text_with_the_symbols_elsewhere_are_fine(String note) {
        assertThat(read("e.csv", utf8(csv(note))).get(1).get("note")).isEqualTo(note);
    }

    @Test
    void a_lone_minus_is_text_a_spreadsheet_would_not_run() {
        // Excel reads "-" as text, and people type it to mean "none"; the rule refuses only what could execute.
        assertThat(FormulaText.looksLikeFormula("-")).isFalse();
    }

    @Test
    void text_neutralised_with_an_apostrophe_is_accepted_without_it() {
        assertThat(read("e.csv", utf8(csv("'=1+1"))).get(1).get("note")).isEqualTo("=1+1");
        assertThat(read("e.csv", utf8(csv("'hello"))).get(1).get("note")).isEqualTo("'hello");
    }

    @Test
    void an_xlsx_formula_cell_is_refused_naming_row_and_column() {
        byte[] file = xlsx(sheet -> {
            var header = sheet.createRow(0);
            String[] names = header();
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("91110108MA01234567");
            row.createCell(1).setCellValue("甲");
            row.createCell(4).setCellFormula("SUM(1,2)");
        });

        var refused = refusal("e.xlsx", file);

        assertThat(refused.reason()).isEqualTo(Reason.FORMULA);
        assertThat(refused.row()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo("员工人数");
        assertThat(refused.zh()).contains("第 2 行「员工人数」列是公式").contains("选择性粘贴");
    }

    @Test
    void an_xlsx_text_cell_holding_a_dde_payload_is_refused() {
        var refused = refusal("e.xlsx", xlsx(new String[][] {header(), {"91110108MA01234567", "=cmd|' /C calc'!A0"}}));

        assertThat(refused.reason()).isEqualTo(Reason.FORMULA);
        assertThat(refused.column()).isEqualTo("企业名称");
    }

    @Test
    void a_negative_number_cell_in_xlsx_is_a_number_not_a_formula() {
        byte[] file = xlsx(sheet -> {
            var header = sheet.createRow(0);
            String[] names = header();
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("91110108MA01234567");
            row.createCell(1).setCellValue("甲");
            row.createCell(3).setCellValue(-12.5);
        });

        assertThat(read("e.xlsx", file).getFirst().get("registered_capital_amount")).isEqualTo("-12.5");
    }
}
