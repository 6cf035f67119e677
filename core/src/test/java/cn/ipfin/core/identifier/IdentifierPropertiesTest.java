package cn.ipfin.core.identifier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierPropertiesTest {

    @Property(tries = 500)
    void any_credit_code_body_with_its_computed_check_is_valid(@ForAll("creditCodeBodies") String body) {
        assertThat(UnifiedSocialCreditCode.isValid(body + UnifiedSocialCreditCode.checkCharacter(body))).isTrue();
    }

    /* GB 32100's weights are powers of 3 mod the prime 31, all non-zero, so any single substitution changes the sum. */
    @Property(tries = 500)
    void changing_any_single_character_of_a_valid_credit_code_makes_it_invalid(
            @ForAll("creditCodeBodies") String body, @ForAll @IntRange(max = 17) int position,
            @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = body + UnifiedSocialCreditCode.checkCharacter(body);
        char original = code.charAt(position);
        char replacement = CreditCodeAlphabet.characterOf((CreditCodeAlphabet.valueOf(original) + shift) % CreditCodeAlphabet.SIZE);
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);

        assertThat(UnifiedSocialCreditCode.isValid(changed)).isFalse();
    }

    @Property(tries = 500)
    void any_patent_number_built_from_its_parts_is_valid(@ForAll @IntRange(min = 2003, max = 2099) int year,
                                                         @ForAll("kindDigits") int kind,
                                                         @ForAll @IntRange(max = 9_999_999) int serial) {
        PatentApplicationNumber number = PatentApplicationNumber.of(year, kind, serial);

        assertThat(PatentApplicationNumber.isValid(number.value())).isTrue();
        assertThat(number.filingYear()).isEqualTo(year);
        assertThat(number.kindDigit()).isEqualTo(kind);
    }

    /* Weights 2..9 and 2..5 are all non-zero mod the prime 11, so changing one digit always changes the check. */
    @Property(tries = 500)
    void changing_any_single_digit_of_a_valid_patent_number_makes_it_invalid(
            @ForAll @IntRange(min = 2003, max = 2099) int year, @ForAll("kindDigits") int kind,
            @ForAll @IntRange(max = 9_999_999) int serial, @ForAll @IntRange(max = 11) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String value = PatentApplicationNumber.of(year, kind, serial).value();
        char changedDigit = (char) ('0' + (value.charAt(position) - '0' + shift) % 10);
        String changed = value.substring(0, position) + changedDigit + value.substring(position + 1);

        assertThat(PatentApplicationNumber.isValid(changed)).isFalse();
    }

    @Provide
    Arbitrary<String> creditCodeBodies() {
        Arbitrary<Character> any = Arbitraries.of(CreditCodeAlphabet.CHARACTERS.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<String> head = any.list().ofSize(2).map(IdentifierPropertiesTest::join);
        Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> rest = any.list().ofSize(9).map(IdentifierPropertiesTest::join);
        return net.jqwik.api.Combinators.combine(head, division, rest).as((h, d, r) -> h + d + r);
    }

    @Provide
    Arbitrary<Integer> kindDigits() {
        return Arbitraries.of(1, 2, 3, 8, 9);
    }

    private static String join(java.util.List<Character> chars) {
        StringBuilder b = new StringBuilder(chars.size());
        chars.forEach(b::append);
        return b.toString();
    }
}
