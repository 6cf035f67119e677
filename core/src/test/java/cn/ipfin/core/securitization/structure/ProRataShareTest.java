package cn.ipfin.core.securitization.structure;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class ProRataShareTest {

    /** Against BigInteger for small, fen-sized and near-2⁶² operands (a ≤ c, as a share never exceeds the total). */
    @Test
    void equalsTheExactQuotient() {
        SplittableRandom r = new SplittableRandom(1);
        long[] scales = {1_000L, 10_000_000_000L, 1L << 40, 1L << 62};
        for (long scale : scales) {
            for (int i = 0; i < 20_000; i++) {
                long total = 1 + r.nextLong(scale);
                long balance = 1 + r.nextLong(total);
                long amount = r.nextLong(total + 1);
                long expected = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(balance)).divide(BigInteger.valueOf(total)).longValueExact();
                assertThat(ProRataShare.floor(amount, balance, total)).as(amount + "×" + balance + "/" + total).isEqualTo(expected);
            }
        }
    }
}
