package cn.ipfin.core.identifier;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the check characters over many generated codes. Each repetition draws from its own seed, so a
 * failure names the repetition that reproduces it.
 */
class IdentifierPropertiesTest {

    private static final int[] KIND_DIGITS = {1, 2, 3, 8, 9};

    private static SplittableRandom random(RepetitionInfo repetition) {
        return new SplittableRandom(20261123L + repetition.getCurrentRepetition());
    }

    private static String creditCodeBody(SplittableRandom random) {
        var body = new StringBuilder(17);
        for (int i = 0; i < 2; i++) body.append(CreditCodeAlphabet.characterOf(random.nextInt(CreditCodeAlphabet.SIZE)));
        for (int i = 0; i < 6; i++) body.append((char) ('0' + random.nextInt(10)));
        for (int i = 0; i < 9; i++) body.append(CreditCodeAlphabet.characterOf(random.nextInt(CreditCodeAlphabet.SIZE)));
        return body.toString();
    }

    @RepeatedTest(500)
    void any_credit_code_body_with_its_computed_check_is_valid(RepetitionInfo repetition) {
        String body = creditCodeBody(random(repetition));
        assertThat(UnifiedSocialCreditCode.isValid(body + UnifiedSocialCreditCode.checkCharacter(body))).isTrue();
    }

    /* GB 32100's weights are powers of 3 mod the prime 31, all non-zero, so any single substitution changes the sum. */
    @RepeatedTest(500)
    void changing_any_single_character_of_a_valid_credit_code_makes_it_invalid(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        String body = creditCodeBody(random);
        int position = random.nextInt(18);
        int shift = 1 + random.nextInt(30);
        String code = body + UnifiedSocialCreditCode.checkCharacter(body);
        char replacement = CreditCodeAlphabet.characterOf(
                (CreditCodeAlphabet.valueOf(code.charAt(position)) + shift) % CreditCodeAlphabet.SIZE);
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);

        assertThat(UnifiedSocialCreditCode.isValid(changed)).as(changed).isFalse();
    }

    @RepeatedTest(500)
    void any_patent_number_built_from_its_parts_is_valid(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        int year = 2003 + random.nextInt(97);
        int kind = KIND_DIGITS[random.nextInt(KIND_DIGITS.length)];
        int serial = random.nextInt(10_000_000);
        PatentApplicationNumber number = PatentApplicationNumber.of(year, kind, serial);

        assertThat(PatentApplicationNumber.isValid(number.value())).isTrue();
        assertThat(number.filingYear()).isEqualTo(year);
        assertThat(number.kindDigit()).isEqualTo(kind);
    }

    /* Weights 2..9 and 2..5 are all non-zero mod the prime 11, so changing one digit always changes the check. */
    @RepeatedTest(500)
    void changing_any_single_digit_of_a_valid_patent_number_makes_it_invalid(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        String value = PatentApplicationNumber.of(2003 + random.nextInt(97),
                KIND_DIGITS[random.nextInt(KIND_DIGITS.length)], random.nextInt(10_000_000)).value();
        int position = random.nextInt(12);
        char changedDigit = (char) ('0' + (value.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
        String changed = value.substring(0, position) + changedDigit + value.substring(position + 1);

        assertThat(PatentApplicationNumber.isValid(changed)).as(changed).isFalse();
    }
}
