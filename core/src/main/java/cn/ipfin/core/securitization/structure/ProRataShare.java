package cn.ipfin.core.securitization.structure;

import java.math.BigInteger;

/**
 * ⌊amount × balance ÷ total⌋ exactly, without BigDecimal: the product of two fen amounts overflows a long, so the
 * quotient is estimated in double and corrected with the exact 128-bit remainder (the estimate is off by at most a
 * few units for amounts below 2⁶²). The Monte Carlo does this for every tranche in every period of every scenario.
 */
final class ProRataShare {

    private ProRataShare() {
    }

    static long floor(long amount, long balance, long total) {
        if (amount <= 0 || balance <= 0) return 0;
        long q = (long) ((double) amount * balance / total);
        for (int i = 0; i < 8; i++) {
            int c = compareRemainder(amount, balance, q, total);
            if (c < 0) q--;
            else if (c > 0) q++;
            else return q;
        }
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(balance)).divide(BigInteger.valueOf(total)).longValueExact();
    }

    /** −1 if a·b < q·c, +1 if a·b ≥ (q+1)·c, 0 if q is the floor. All operands non-negative. */
    private static int compareRemainder(long a, long b, long q, long c) {
        long abHi = Math.multiplyHigh(a, b), abLo = a * b;
        long qcHi = Math.multiplyHigh(q, c), qcLo = q * c;
        // r = ab − qc as a signed 128-bit number
        long rLo = abLo - qcLo;
        long rHi = abHi - qcHi - (Long.compareUnsigned(abLo, qcLo) < 0 ? 1 : 0);
        if (rHi < 0) return -1;
        if (rHi > 0) return 1;
        return Long.compareUnsigned(rLo, c) >= 0 ? 1 : 0;
    }
}
