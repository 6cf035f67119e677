package cn.ipfin.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnifiedSocialCreditCodeTest {

    /*
     * Real codes as the enterprises publish them (business licence pages, annual reports of listed companies,
     * Wikipedia infoboxes). Huawei's is confirmed in the zh.wikipedia article 華為 (機構代碼 914403001922038216).
     * Each one was also checked against GB 32100-2015 and GB 11714 independently of this code before being kept;
     * candidates that failed were dropped, not "fixed".
     */
    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
            "914403001922038216, 华为技术有限公司, 440300",
            "9144030071526726XG, 腾讯科技（深圳）有限公司, 440300",
            "91440300708461136T, 深圳市腾讯计算机系统有限公司, 440300",
            "91330100716105852F, 阿里巴巴（中国）有限公司, 330100",
            "91110000802100433B, 北京百度网讯科技有限公司, 110000",
            "91110108558521630L, 小米通讯技术有限公司, 110108",
            "91440300192317458F, 比亚迪股份有限公司, 440300",
            "9144030027939873X7, 中兴通讯股份有限公司, 440300",
            "911100007109250324, 中国移动通信集团有限公司, 110000",
            "91100000100003962T, 中国工商银行股份有限公司, 100000",
            "911000001000013428, 中国银行股份有限公司, 100000",
            "911100001000044477, 中国建设银行股份有限公司, 110000",
            "911100001000054748, 中国农业银行股份有限公司, 110000",
            "91440300100012316L, 中国平安保险（集团）股份有限公司, 440300",
            "91440400192548256N, 珠海格力电器股份有限公司, 440400",
            "91440606722473344C, 美的集团股份有限公司, 440606",
            "91370200264574251E, 海尔智家股份有限公司, 370200",
            "91350900587527783P, 宁德时代新能源科技股份有限公司, 350900",
            "91110000710926094P, 中国石油化工股份有限公司, 110000",
            "91110000710925462X, 中国石油天然气股份有限公司, 110000",
            "91520000214434146R, 贵州茅台酒股份有限公司, 520000",
            "91440300MA5H0HLK5U, 柯兴科技（深圳）有限公司 (website footer), 440300",
    })
    void real_published_codes_are_valid(String code, String holder, String division) {
        UnifiedSocialCreditCode parsed = UnifiedSocialCreditCode.parse(code);

        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.administrativeDivision()).isEqualTo(division);
        assertThat(parsed.registeringAuthority()).isEqualTo('9');
        assertThat(parsed.organisationType()).isEqualTo('1');
        assertThat(parsed.isEnterprise()).isTrue();
        assertThat(UnifiedSocialCreditCode.checkCharacter(code.substring(0, 17))).isEqualTo(code.charAt(17));
        assertThat(OrganizationCode.isValid(parsed.organizationCode())).as("GB 11714 check of %s", holder).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "914403001922038217, last character changed",
            "914403001922038316, a body character changed",
            "914403001922083216, two neighbours transposed",
            "194403001922038216, first two transposed",
            "91440300192203821, one character short",
            "9144030019220382166, one character long",
            "91440300192203821I, forbidden letter I",
            "91440300192203821O, forbidden letter O",
            "9144030019220382SZ, forbidden letters S and Z",
            "9144030071526726XV, forbidden letter V",
            "914403001922O38216, letter O for zero",
            "9144A3001922038216, letter in the division code",
    })
    void corrupted_codes_are_rejected(String code, String corruption) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).as(corruption).isFalse();
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(code)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void a_wrong_check_character_is_rejected_with_a_bilingual_reason() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("914403001922038217"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("统一社会信用代码校验位错误")
                .hasMessageContaining("wrong check character in unified social credit code")
                .hasMessageContaining("914403001922038217");
    }

    @Test
    void a_wrong_check_character_says_which_one_is_right() {
        // 914403001922038216 is valid: its 18th character is 6
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("914403001922038217"))
                .hasMessageContaining("第18位应为 6，而不是 7")
                .hasMessageContaining("the 18th character should be 6, not 7");
    }

    @Test
    void a_wrong_length_is_rejected_with_its_reason() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("9144030019220382"))
                .hasMessageContaining("应为18位").hasMessageContaining("must have 18 characters");
    }

    @Test
    void a_forbidden_letter_is_named_in_the_reason() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91440300192203821Z"))
                .hasMessageContaining("非法字符").hasMessageContaining("'Z'");
    }

    @Test
    void parsing_tolerates_blanks_and_lower_case() {
        assertThat(UnifiedSocialCreditCode.parse("  9144030071526726xg ").value()).isEqualTo("9144030071526726XG");
    }

    @Test
    void a_check_of_31_is_written_zero() {
        // A body whose weighted sum is 0 mod 31 gives 31 - 0 = 31, which GB 32100 writes as 0 (no 32nd character).
        String body = "0000000000000000" + "0";
        assertThat(UnifiedSocialCreditCode.checkCharacter(body)).isEqualTo('0');
    }

    @Test
    void a_code_is_built_from_its_body() {
        assertThat(UnifiedSocialCreditCode.withCheckCharacter("91440300192203821").value()).isEqualTo("914403001922038216");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "null"})
    void blank_text_is_rejected(String text) {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text.equals("null") ? null : text))
                .isInstanceOf(InvalidIdentifierException.class);
    }
}
