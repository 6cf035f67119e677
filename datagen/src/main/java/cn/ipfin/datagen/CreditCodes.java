package cn.ipfin.datagen;

import cn.ipfin.core.identifier.OrganizationCode;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;

/**
 * Unified social credit codes for the district, unique by construction. The organisation code inside (positions
 * 9-17) is 8 digits for organisations registered before the 2015 reform, and "MA" + 6 characters after it, as the
 * market regulators have issued them since (e.g. 91440300MA5H0HLK5U); both carry a valid GB 11714 check.
 */
final class CreditCodes {

    /** Codes with the "MA" organisation code were issued from the 三证合一 reform of 2015-10-01. */
    static final java.time.LocalDate REFORM = java.time.LocalDate.of(2015, 10, 1);

    private static final long MA_SPACE = 31L * 31 * 31 * 31 * 31 * 31;
    private static final long DIGIT_SPACE = 100_000_000L;
    /** Institutions draw from the top of each space, enterprises from the bottom: the two never meet. */
    private static final long INSTITUTION_BASE = 90_000_000L;

    private final String division;
    private final Permutation maCodes;
    private final Permutation digitCodes;

    CreditCodes(String division, long seed) {
        this.division = division;
        this.maCodes = Permutation.of(MA_SPACE, seed);
        this.digitCodes = Permutation.of(DIGIT_SPACE, seed + 7);
    }

    /** An enterprise (9-1) registered on registeredOn. */
    UnifiedSocialCreditCode enterprise(int seq, java.time.LocalDate registeredOn) {
        return code("91", seq, !registeredOn.isBefore(REFORM));
    }

    /** An institution with a given authority and type ("91" company, "11" government body, "51" association). */
    UnifiedSocialCreditCode institution(String authorityAndType, int index) {
        return code(authorityAndType, INSTITUTION_BASE + index, false);
    }

    private UnifiedSocialCreditCode code(String authorityAndType, long index, boolean maForm) {
        String body;
        if (maForm) {
            long n = maCodes.apply(index);
            char[] chars = new char[6];
            for (int i = 5; i >= 0; i--) {
                chars[i] = ALPHABET.charAt((int) (n % 31));
                n /= 31;
            }
            body = "MA" + new String(chars);
        } else {
            String digits = Long.toString(digitCodes.apply(index));
            body = "00000000".substring(digits.length()) + digits;
        }
        String first17 = authorityAndType + division + body + OrganizationCode.checkCharacter(body);
        return UnifiedSocialCreditCode.withCheckCharacter(first17);
    }

    /** GB 32100's alphabet: what can follow "MA" must also be a legal credit-code character. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
}
