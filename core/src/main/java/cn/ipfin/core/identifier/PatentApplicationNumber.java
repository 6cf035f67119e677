package cn.ipfin.core.identifier;

import cn.ipfin.core.asset.IpKind;

/**
 * 中国专利申请号 with its check digit, in either of CNIPA's two forms:
 * <ul>
 *   <li>from 2003-10-01, 12 digits and a check: YYYY T NNNNNNN . C, e.g. "201510958772.0";</li>
 *   <li>before that, 8 digits and a check: YY T NNNNN . C, e.g. "99113861.9" (filed in 1999).</li>
 * </ul>
 * T is the kind: 1 invention, 2 utility model, 3 design, 8 PCT invention entering China, 9 PCT utility model.
 * The check (CNIPA, 专利申请号标准 ZC0006-2003) weights the digits 2,3,4,5,6,7,8,9,2,3,4,5 from the left, takes the
 * sum mod 11 and writes 10 as 'X'.
 *
 * <p>{@link #parse} accepts what people type and print: a "ZL" (granted) or "CN" prefix, spaces
 * ("ZL 2015 1 0958772.0"), a missing dot, a lower-case x. {@link #value()} is the normal form with the dot and
 * no prefix. An old number keeps its 8-digit form: it cannot be rewritten as 12 digits without changing the check.
 */
public record PatentApplicationNumber(String value) {

    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    public PatentApplicationNumber {
        if (!normalise(value).equals(value)) {
            throw new InvalidIdentifierException("专利申请号应为标准格式", "patent application number is not in normal form", value);
        }
    }

    public static PatentApplicationNumber parse(String text) {
        return new PatentApplicationNumber(normalise(text));
    }

    /** The normal form of text, or the first reason it is not a valid number. */
    private static String normalise(String text) {
        if (text == null) throw new InvalidIdentifierException("专利申请号为空", "patent application number is missing", "null");
        StringBuilder compact = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') compact.append(Character.toUpperCase(c));
        }
        String s = compact.toString();
        if (s.startsWith("ZL") || s.startsWith("CN")) s = s.substring(2);
        int dot = s.indexOf('.');
        String digits;
        char check;
        if (dot >= 0) {
            if (dot != s.length() - 2) {
                throw new InvalidIdentifierException("专利申请号格式错误", "malformed patent application number", text);
            }
            digits = s.substring(0, dot);
            check = s.charAt(dot + 1);
        } else {
            if (s.isEmpty()) throw new InvalidIdentifierException("专利申请号格式错误", "malformed patent application number", text);
            digits = s.substring(0, s.length() - 1);
            check = s.charAt(s.length() - 1);
        }
        if (digits.length() != 12 && digits.length() != 8) {
            throw new InvalidIdentifierException("专利申请号应为12位或8位数字加校验位",
                    "patent application number must have 12 or 8 digits and a check", text);
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new InvalidIdentifierException("专利申请号含非数字字符", "patent application number has a non-digit", text);
            }
        }
        int kindDigit = digits.charAt(digits.length() == 12 ? 4 : 2) - '0';
        if (kindDigit != 1 && kindDigit != 2 && kindDigit != 3 && kindDigit != 8 && kindDigit != 9) {
            throw new InvalidIdentifierException("专利申请号的专利类型位无效", "unknown patent kind digit " + kindDigit, text);
        }
        if (digits.length() == 12) {
            int year = Integer.parseInt(digits.substring(0, 4));
            // The 12-digit form started on 2003-10-01 (ZC0006-2003).
            if (year < 2003) {
                throw new InvalidIdentifierException("专利申请号年份无效", "filing year " + year + " precedes the 12-digit form", text);
            }
        } else {
            int yy = Integer.parseInt(digits.substring(0, 2));
            // The Patent Law took effect in 1985; the 8-digit form ran until 2003.
            if (yy > 3 && yy < 85) {
                throw new InvalidIdentifierException("专利申请号年份无效", "filing year " + yy + " is outside 1985-2003", text);
            }
        }
        char expected = checkDigit(digits);
        if (expected != check) {
            throw new InvalidIdentifierException("专利申请号校验位错误：校验位应为 " + expected + "，而不是 " + check,
                    "wrong check digit in patent application number: it should be " + expected + ", not " + check, text);
        }
        return digits + '.' + check;
    }

    public static boolean isValid(String text) {
        try {
            normalise(text);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** The check character of 12 or 8 digits. */
    public static char checkDigit(String digits) {
        if (digits == null || (digits.length() != 12 && digits.length() != 8)) {
            throw new InvalidIdentifierException("专利申请号应为12位或8位数字", "patent application number must have 12 or 8 digits",
                    String.valueOf(digits));
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new InvalidIdentifierException("专利申请号含非数字字符", "patent application number has a non-digit", digits);
            }
            sum += d * WEIGHTS[i];
        }
        int c = sum % 11;
        return c == 10 ? 'X' : (char) ('0' + c);
    }

    /** A 2003-form number from its parts; serial is 0..9,999,999. */
    public static PatentApplicationNumber of(int filingYear, int kindDigit, int serial) {
        if (filingYear < 2003 || filingYear > 9999 || serial < 0 || serial > 9_999_999) {
            throw new InvalidIdentifierException("专利申请号组成部分无效", "invalid parts of a patent application number",
                    filingYear + "/" + kindDigit + "/" + serial);
        }
        StringBuilder digits = new StringBuilder(14).append(filingYear).append((char) ('0' + kindDigit));
        String s = Integer.toString(serial);
        for (int i = s.length(); i < 7; i++) digits.append('0');
        digits.append(s);
        char check = checkDigit(digits.toString());
        return parse(digits.append('.').append(check).toString());
    }

    /** The year of filing: the first 4 digits, or 19YY / 20YY for the 8-digit form. */
    public int filingYear() {
        if (isTwelveDigitForm()) return Integer.parseInt(value.substring(0, 4));
        int yy = Integer.parseInt(value.substring(0, 2));
        return yy >= 85 ? 1900 + yy : 2000 + yy;
    }

    /** 1 invention, 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model. */
    public int kindDigit() {
        return value.charAt(isTwelveDigitForm() ? 4 : 2) - '0';
    }

    /** A PCT application entering the Chinese national phase (kind 8 or 9). */
    public boolean isPct() {
        return kindDigit() >= 8;
    }

    public IpKind ipKind() {
        return switch (kindDigit()) {
            case 1, 8 -> IpKind.INVENTION_PATENT;
            case 2, 9 -> IpKind.UTILITY_MODEL;
            case 3 -> IpKind.DESIGN_PATENT;
            default -> throw new IllegalStateException("kind digit " + kindDigit());
        };
    }

    public boolean isTwelveDigitForm() {
        return value.length() == 14;
    }

    /** The check character, the last one. */
    public char checkCharacter() {
        return value.charAt(value.length() - 1);
    }

    /** As on a granted patent's certificate: "ZL201510958772.0". */
    public String asPatentNumber() {
        return "ZL" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
