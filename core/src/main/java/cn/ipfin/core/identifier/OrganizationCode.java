package cn.ipfin.core.identifier;

/**
 * 组织机构代码 (GB 11714-1997): 8 body characters and a check character. Since 2015 it forms positions 9-17 of the
 * unified social credit code, so a valid credit code contains a valid organisation code.
 *
 * <p>Check (GB 11714-1997 §5): weights 3,7,9,10,5,8,4,2; digits count at face value and letters A-Z as 10-35;
 * C9 = 11 - (sum mod 11), where 10 is written 'X' and 11 is written '0'. Example: Huawei's organisation code
 * 19220382-1, inside its credit code 914403001922038216.
 */
public record OrganizationCode(String value) {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public OrganizationCode {
        if (!isValid(value)) {
            throw new InvalidIdentifierException("组织机构代码无效", "invalid organization code", String.valueOf(value));
        }
    }

    /** Accepts the 9 characters with or without the hyphen before the check character ("19220382-1"). */
    public static OrganizationCode parse(String text) {
        if (text == null) throw new InvalidIdentifierException("组织机构代码为空", "organization code is missing", "null");
        String compact = text.strip().replace("-", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.length() != 9) {
            throw new InvalidIdentifierException("组织机构代码应为9位", "organization code must have 9 characters", text);
        }
        for (int i = 0; i < 8; i++) {
            if (valueOf(compact.charAt(i)) < 0) {
                throw new InvalidIdentifierException("组织机构代码含非法字符", "organization code has a forbidden character", text);
            }
        }
        if (checkCharacter(compact.substring(0, 8)) != compact.charAt(8)) {
            throw new InvalidIdentifierException("组织机构代码校验码错误", "wrong check character in organization code", text);
        }
        return new OrganizationCode(compact);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 9) return false;
        for (int i = 0; i < 8; i++) if (valueOf(code.charAt(i)) < 0) return false;
        return checkCharacter(code.substring(0, 8)) == code.charAt(8);
    }

    /** The check character of an 8-character body of digits and capital letters. */
    public static char checkCharacter(String body) {
        if (body == null || body.length() != 8) {
            throw new InvalidIdentifierException("组织机构代码本体应为8位", "organization code body must have 8 characters", String.valueOf(body));
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int v = valueOf(body.charAt(i));
            if (v < 0) throw new InvalidIdentifierException("组织机构代码含非法字符", "organization code has a forbidden character", body);
            sum += v * WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** The body followed by its check character. */
    public static OrganizationCode withCheckCharacter(String body) {
        return new OrganizationCode(body + checkCharacter(body));
    }

    /** "19220382-1", as printed on old certificates. */
    public String display() {
        return value.substring(0, 8) + "-" + value.charAt(8);
    }

    private static int valueOf(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return -1;
    }
}
