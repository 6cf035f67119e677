package cn.ipfin.core.identifier;

/**
 * The 31 characters of GB 32100-2015 §4.2: digits and capital letters without I, O, Z, S, V, which are too easily
 * read as 1, 0, 2, 5 and U. A character's value is its index here.
 */
final class CreditCodeAlphabet {

    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int SIZE = 31;

    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < SIZE; i++) VALUES[CHARACTERS.charAt(i)] = (byte) i;
    }

    private CreditCodeAlphabet() {
    }

    /** The value of c, or -1 when c is not in the alphabet. */
    static int valueOf(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    static char characterOf(int value) {
        return CHARACTERS.charAt(value);
    }
}
