package cn.ipfin.core.identifier;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters that identify an enterprise or other organisation for life.
 *
 * <pre>
 *   position 1      registering authority (登记管理部门): 1 机构编制, 5 民政, 9 工商/市场监管, Y 其他 ...
 *   position 2      organisation type (机构类别), e.g. 9-1 enterprise, 9-2 individual business
 *   positions 3-8   administrative division code (GB/T 2260) of the registering authority
 *   positions 9-17  organisation code (GB 11714), itself ending in a check character
 *   position 18     check character (GB 32100-2015 §4.3)
 * </pre>
 *
 * Check: with the values of {@link CreditCodeAlphabet} and weights 3^i mod 31 = 1,3,9,27,19,26,16,17,20,29,25,13,8,
 * 24,10,30,28, C18 = 31 - (sum mod 31), where 31 is written '0'. This type checks only GB 32100's own check character:
 * the embedded organisation code is exposed by {@link #organizationCode()} for callers that want to check it too,
 * because some codes issued in 2015-2016 by authorities other than market regulators do not carry a GB 11714 check.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (!isValid(value)) {
            throw new InvalidIdentifierException("统一社会信用代码无效", "invalid unified social credit code", String.valueOf(value));
        }
    }

    /** Parses a code, tolerating surrounding blanks and lower case; rejects it with the first reason found. */
    public static UnifiedSocialCreditCode parse(String text) {
        if (text == null) {
            throw new InvalidIdentifierException("统一社会信用代码为空", "unified social credit code is missing", "null");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 18) {
            throw new InvalidIdentifierException("统一社会信用代码应为18位", "unified social credit code must have 18 characters", text);
        }
        for (int i = 0; i < 18; i++) {
            if (CreditCodeAlphabet.valueOf(code.charAt(i)) < 0) {
                throw new InvalidIdentifierException("统一社会信用代码含非法字符 " + code.charAt(i),
                        "forbidden character '" + code.charAt(i) + "' in unified social credit code", text);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (code.charAt(i) > '9') {
                throw new InvalidIdentifierException("统一社会信用代码行政区划码应为数字",
                        "administrative division code of a unified social credit code must be digits", text);
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (expected != code.charAt(17)) {
            // say which character is right: a clerk then sees at once whether the code was mistyped or is made up
            throw new InvalidIdentifierException("统一社会信用代码校验位错误：第18位应为 " + expected + "，而不是 " + code.charAt(17),
                    "wrong check character in unified social credit code: the 18th character should be " + expected
                            + ", not " + code.charAt(17), text);
        }
        return new UnifiedSocialCreditCode(code);
    }

    /** True when code is exactly a well-formed, correctly checked code (no trimming, upper case only). */
    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) return false;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = code.charAt(i);
            int v = CreditCodeAlphabet.valueOf(c);
            if (v < 0 || (i >= 2 && i < 8 && c > '9')) return false;
            sum += v * WEIGHTS[i];
        }
        return CreditCodeAlphabet.valueOf(code.charAt(17)) >= 0 && checkOf(sum) == code.charAt(17);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new InvalidIdentifierException("统一社会信用代码本体应为17位", "unified social credit code body must have 17 characters",
                    String.valueOf(first17));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CreditCodeAlphabet.valueOf(first17.charAt(i));
            if (v < 0) {
                throw new InvalidIdentifierException("统一社会信用代码含非法字符", "forbidden character in unified social credit code", first17);
            }
            sum += v * WEIGHTS[i];
        }
        return checkOf(sum);
    }

    /** A code built from its first 17 characters and their check character; used by generators and fixtures. */
    public static UnifiedSocialCreditCode withCheckCharacter(String first17) {
        return parse(first17 + checkCharacter(first17));
    }

    /** Position 1: 登记管理部门代码, e.g. '9' for the market regulator. */
    public char registeringAuthority() {
        return value.charAt(0);
    }

    /** Position 2: 机构类别代码, whose meaning depends on the authority, e.g. '1' enterprise under '9'. */
    public char organisationType() {
        return value.charAt(1);
    }

    /** Positions 3-8: 登记管理机关行政区划码 (GB/T 2260), e.g. "440300" Shenzhen, "419001" Jiyuan. */
    public String administrativeDivision() {
        return value.substring(2, 8);
    }

    /** Positions 9-17 as they stand, without claiming the GB 11714 check holds (see the type's comment). */
    public String organizationCode() {
        return value.substring(8, 17);
    }

    /** True for codes the market regulator gave to an enterprise (9-1), the usual borrower on this platform. */
    public boolean isEnterprise() {
        return value.charAt(0) == '9' && value.charAt(1) == '1';
    }

    @Override
    public String toString() {
        return value;
    }

    private static char checkOf(int sum) {
        int c = 31 - sum % 31;
        return CreditCodeAlphabet.characterOf(c == 31 ? 0 : c);
    }
}
