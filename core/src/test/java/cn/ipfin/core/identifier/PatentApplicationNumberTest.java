package cn.ipfin.core.identifier;

import cn.ipfin.core.asset.IpKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PatentApplicationNumberTest {

    /*
     * Real application / patent numbers as printed in public documents, found in public repositories and pages:
     *  - 201510958772.0  微播易 "广告精准投放方法和系统", cited on its SNBT index page
     *  - 200510096239.4  "急救止血敷片" invention patent, cited on the maker's product page
     *  - 202322865413.3  "适用于多口径接口的真空泵" (utility model), a researcher's publication list
     *  - 201811564288.X  齐俏, 陈晓明, large-scale access with wireless information and power transfer, granted 2020-03
     *  - 202210635727.1  application published as CN114911801A on 2022-08-16, filed 2022-06-07
     *  - 202321160956.9  utility model granted as CN219910140U
     *  - 201710158044.0  "一种适用于复杂曲面加工的夹具及其使用方法"
     *  - 202520560089.0  山东圣旺药业 "一种药品生产灌装机", in a reply to an office action
     *  - 202010566088.9, 202510942578.7, 202510555301.9, 202610386399.4  from authors' CVs and READMEs
     *  - 99113861.9, 00125301.8, 01105715.7, 01126463.2, 200510030457.8, 200510025251.6  丁文江 (Shanghai Jiao Tong
     *    University) magnesium-alloy patents listed in his public CV: the old 8-digit form and the new one side by side
     * Every one was checked with an independent implementation before being kept.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "201510958772.0, 2015, 1, INVENTION_PATENT",
            "200510096239.4, 2005, 1, INVENTION_PATENT",
            "202322865413.3, 2023, 2, UTILITY_MODEL",
            "201811564288.X, 2018, 1, INVENTION_PATENT",
            "202210635727.1, 2022, 1, INVENTION_PATENT",
            "202321160956.9, 2023, 2, UTILITY_MODEL",
            "201710158044.0, 2017, 1, INVENTION_PATENT",
            "202520560089.0, 2025, 2, UTILITY_MODEL",
            "202010566088.9, 2020, 1, INVENTION_PATENT",
            "202510942578.7, 2025, 1, INVENTION_PATENT",
            "202510555301.9, 2025, 1, INVENTION_PATENT",
            "202610386399.4, 2026, 1, INVENTION_PATENT",
            "200510030457.8, 2005, 1, INVENTION_PATENT",
            "200510025251.6, 2005, 1, INVENTION_PATENT",
            "99113861.9, 1999, 1, INVENTION_PATENT",
            "00125301.8, 2000, 1, INVENTION_PATENT",
            "01105715.7, 2001, 1, INVENTION_PATENT",
            "01126463.2, 2001, 1, INVENTION_PATENT",
    })
    void real_published_numbers_are_valid(String number, int year, int kindDigit, IpKind kind) {
        PatentApplicationNumber parsed = PatentApplicationNumber.parse(number);

        assertThat(parsed.value()).isEqualTo(number);
        assertThat(parsed.filingYear()).isEqualTo(year);
        assertThat(parsed.kindDigit()).isEqualTo(kindDigit);
        assertThat(parsed.ipKind()).isEqualTo(kind);
        assertThat(PatentApplicationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "ZL201510958772.0      | 201510958772.0",
            "ZL 2015 1 0958772.0   | 201510958772.0",
            "CN201811564288X       | 201811564288.X",
            "201811564288.x        | 201811564288.X",
            "zl99113861.9          | 99113861.9",
            "2015109587720         | 201510958772.0",
            "ZL２０１５ 1 0958772.0 | ",
    })
    void typed_and_printed_forms_are_normalised(String typed, String normal) {
        if (normal == null) {
            assertThat(PatentApplicationNumber.isValid(typed)).as("full-width digits are not digits").isFalse();
            return;
        }
        assertThat(PatentApplicationNumber.parse(typed).value()).isEqualTo(normal);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "201510958772.1, check digit changed",
            "201510958773.0, last digit changed",
            "201510958727.0, two digits transposed",
            "201501958772.0, kind and serial digits transposed",
            "20151095877.0, one digit short",
            "2015109587720.0, one digit long",
            "201511958772.X, kind digit changed",
            "201540958772.0, kind digit 4 does not exist",
            "199810958772.6, 12-digit form before 2003",
            "50113861.9, 8-digit form from 1950",
            "99113861.8, old form with the wrong check",
            "2015A0958772.0, a letter among the digits",
            "201510958772.Y, a letter other than X as check",
            "201510958772..0, two dots",
    })
    void corrupted_numbers_are_rejected(String number, String corruption) {
        assertThat(PatentApplicationNumber.isValid(number)).as(corruption).isFalse();
        assertThatThrownBy(() -> PatentApplicationNumber.parse(number)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void a_wrong_check_digit_is_rejected_with_a_bilingual_reason() {
        assertThatThrownBy(() -> PatentApplicationNumber.parse("201510958772.1"))
                .hasMessageContaining("专利申请号校验位错误")
                .hasMessageContaining("wrong check digit in patent application number");
    }

    @Test
    void a_wrong_check_digit_says_which_one_is_right() {
        assertThatThrownBy(() -> PatentApplicationNumber.parse("201510958772.1"))
                .hasMessageContaining("校验位应为 0，而不是 1")
                .hasMessageContaining("it should be 0, not 1");
        assertThatThrownBy(() -> PatentApplicationNumber.parse("99113861.8"))
                .hasMessageContaining("校验位应为 9，而不是 8");
    }

    @Test
    void a_check_of_10_is_written_x() {
        assertThat(PatentApplicationNumber.checkDigit("201811564288")).isEqualTo('X');
    }

    @Test
    void pct_national_phase_numbers_map_to_their_patent_kind() {
        PatentApplicationNumber pctInvention = PatentApplicationNumber.of(2019, 8, 123456);
        PatentApplicationNumber pctUtility = PatentApplicationNumber.of(2019, 9, 123456);

        assertThat(pctInvention.value()).startsWith("201980123456.");
        assertThat(pctInvention.isPct()).isTrue();
        assertThat(pctInvention.ipKind()).isEqualTo(IpKind.INVENTION_PATENT);
        assertThat(pctUtility.ipKind()).isEqualTo(IpKind.UTILITY_MODEL);
        assertThat(PatentApplicationNumber.of(2021, 3, 1).ipKind()).isEqualTo(IpKind.DESIGN_PATENT);
    }

    @Test
    void a_number_is_built_from_its_parts() {
        assertThat(PatentApplicationNumber.of(2015, 1, 958772).value()).isEqualTo("201510958772.0");
        assertThat(PatentApplicationNumber.of(2015, 1, 958772).asPatentNumber()).isEqualTo("ZL201510958772.0");
    }

    @Test
    void the_record_refuses_a_value_not_in_normal_form() {
        assertThatThrownBy(() -> new PatentApplicationNumber("ZL201510958772.0")).isInstanceOf(InvalidIdentifierException.class);
        assertThat(new PatentApplicationNumber("201510958772.0").filingYear()).isEqualTo(2015);
    }
}
