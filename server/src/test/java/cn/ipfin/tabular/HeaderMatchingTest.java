package cn.ipfin.tabular;

import static cn.ipfin.tabular.Fixtures.read;
import static cn.ipfin.tabular.Fixtures.refusal;
import static cn.ipfin.tabular.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.tabular.TabularFileRejected.Reason;
import org.junit.jupiter.api.Test;

class HeaderMatchingTest {

    @Test
    void columns_are_found_by_their_chinese_header_in_any_order_and_unknown_columns_are_ignored() {
        var rows = read("e.csv", utf8("内部编号,企业名称,统一社会信用代码\r\nX-1,甲公司,91110108MA01234567\r\n"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("name")).isEqualTo("甲公司");
            assertThat(row.get("credit_code")).isEqualTo("91110108MA01234567");
            assertThat(row.get("registered_date")).isNull();
            assertThat(row.values()).containsOnlyKeys("credit_code", "name", "registered_date",
                    "registered_capital_amount", "employee_count", "note");
        });
    }

    @Test
    void english_headers_match_regardless_of_case_and_surrounding_spaces() {
        var rows = read("e.csv", utf8("  UNIFIED SOCIAL CREDIT CODE ,enterprise name\n91110108MA01234567,甲公司\n"));

        assertThat(rows.getFirst().get("credit_code")).isEqualTo("91110108MA01234567");
        assertThat(rows.getFirst().get("name")).isEqualTo("甲公司");
    }

    @Test
    void full_width_and_half_width_parentheses_are_the_same_header() {
        var rows = read("e.csv", utf8("统一社会信用代码,企业名称,注册资本(万元),Registered capital（10k CNY）x\n"
                + "91110108MA01234567,甲公司,500,\n"));

        assertThat(rows.getFirst().get("registered_capital_amount")).isEqualTo("500");
    }

    @Test
    void a_required_marker_asterisk_on_a_header_is_ignored() {
        var rows = read("e.csv", utf8("*统一社会信用代码,企业名称*\n91110108MA01234567,甲公司\n"));

        assertThat(rows.getFirst().get("name")).isEqualTo("甲公司");
    }

    @Test
    void a_missing_required_column_refuses_the_file_naming_the_column() {
        var refused = refusal("e.csv", utf8("统一社会信用代码,备注\n91110108MA01234567,x\n"));

        assertThat(refused.reason()).isEqualTo(Reason.MISSING_COLUMN);
        assertThat(refused.column()).isEqualTo("企业名称");
        assertThat(refused.zh()).contains("缺少必填列「企业名称」");
        assertThat(refused.en()).contains("'Enterprise name'");
    }

    @Test
    void a_missing_optional_column_is_fine() {
        var rows = read("e.csv", utf8("统一社会信用代码,企业名称\n91110108MA01234567,甲公司\n"));

        assertThat(rows.getFirst().get("note")).isNull();
    }

    @Test
    void a_column_given_twice_refuses_the_file_even_once_in_chinese_and_once_in_english() {
        var refused = refusal("e.csv", utf8("统一社会信用代码,企业名称,Enterprise Name\n91110108MA01234567,甲,乙\n"));

        assertThat(refused.reason()).isEqualTo(Reason.DUPLICATE_COLUMN);
        assertThat(refused.column()).isEqualTo("企业名称");
        assertThat(refused.zh()).contains("「企业名称」在表头中出现了两次（B 列和 C 列）");
    }

    @Test
    void blank_rows_are_skipped_and_row_numbers_stay_those_the_user_sees() {
        var rows = read("e.csv", utf8("\n统一社会信用代码,企业名称\n91110108MA01234567,甲\n,\n\n91110108MA0123456X,乙\n"));

        assertThat(rows).extracting(TabularRow::rowNumber).containsExactly(3, 6);
    }

    @Test
    void blank_xlsx_rows_are_skipped_and_row_numbers_stay_the_sheet_rows() {
        byte[] xlsx = Fixtures.xlsx(new String[][] {
                Fixtures.header(),
                {"91110108MA01234567", "甲"},
                {"  ", null, ""},
                {},
                {"91110108MA0123456X", "乙"}});

        assertThat(read("e.xlsx", xlsx)).extracting(TabularRow::rowNumber).containsExactly(2, 5);
    }

    @Test
    void values_are_trimmed_and_blank_cells_are_null() {
        var rows = read("e.csv", utf8("统一社会信用代码,企业名称,备注\n 91110108MA01234567 ,\u00a0甲\u3000,   \n"));

        assertThat(rows.getFirst().get("credit_code")).isEqualTo("91110108MA01234567");
        assertThat(rows.getFirst().get("name")).isEqualTo("甲");
        assertThat(rows.getFirst().get("note")).isNull();
    }
}
