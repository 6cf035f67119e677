package cn.ipfin.datagen;

/**
 * 字号, the distinctive part of an enterprise name (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式).
 * Built from the enterprise's seq through a bijection, so two enterprises never share one: the first 3,481 (59²) get two
 * characters, the next 205,379 (59³) three, the rest four, as longer trade names become common once short ones are taken.
 */
final class TradeNames {

    private static final String CHARACTERS = "华创瑞联德泰信达恒中金宏新天博源鑫盛安智海通诚远嘉隆美优力光明云星辰鼎丰和正汇英腾润锦合兴昌立启航卓越凯晟骏弘朗晶蓝峰";
    private static final int K = CHARACTERS.length();
    private static final long TWO = (long) K * K;
    private static final long THREE = TWO * K;
    private static final long FOUR = THREE * K;

    private final Permutation two;
    private final Permutation three;
    private final Permutation four;

    TradeNames(long seed) {
        this.two = Permutation.of(TWO, seed);
        this.three = Permutation.of(THREE, seed + 1);
        this.four = Permutation.of(FOUR, seed + 2);
    }

    /** The trade name of the enterprise with this 1-based seq. */
    String of(int seq) {
        long i = seq - 1L;
        if (i < TWO) return spell(two.apply(i), 2);
        if (i < TWO + THREE) return spell(three.apply(i - TWO), 3);
        if (i < TWO + THREE + FOUR) return spell(four.apply(i - TWO - THREE), 4);
        throw new IllegalArgumentException("more enterprises than trade names: " + seq);
    }

    private static String spell(long index, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = CHARACTERS.charAt((int) (index % K));
            index /= K;
        }
        return new String(chars);
    }
}
