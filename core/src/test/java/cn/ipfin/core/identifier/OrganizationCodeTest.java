package cn.ipfin.core.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationCodeTest {

    /* Positions 9-17 of the real credit codes in UnifiedSocialCreditCodeTest. */
    @ParameterizedTest
    @CsvSource({"19220382-1, 华为", "71526726-X, 腾讯科技 (check 10 written X)", "27939873-X, 中兴通讯",
            "10000396-2, 工商银行", "MA5H0HLK-5, 柯兴科技 (letters count 10-35)", "71092503-2, 中国移动"})
    void real_organization_codes_are_valid(String printed, String holder) {
        OrganizationCode code = OrganizationCode.parse(printed);

        assertThat(code.display()).isEqualTo(printed);
        assertThat(OrganizationCode.isValid(printed.replace("-", ""))).as(holder).isTrue();
    }

    @Test
    void a_check_of_11_is_written_zero() {
        assertThat(OrganizationCode.checkCharacter("00000000")).isEqualTo('0');
    }

    @Test
    void a_code_with_one_character_changed_is_rejected() {
        assertThat(OrganizationCode.isValid("192203821")).isTrue();
        assertThat(OrganizationCode.isValid("192203831")).isFalse();
        assertThatThrownBy(() -> OrganizationCode.parse("19220383-1")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("校验码错误");
    }

    @Test
    void a_code_is_built_from_its_body() {
        assertThat(OrganizationCode.withCheckCharacter("19220382").value()).isEqualTo("192203821");
    }
}
