package cn.ipfin.datagen;

/**
 * A bijection of [0, size) that looks random: i ↦ (i × multiplier + offset) mod size, with a multiplier coprime to
 * size. Serial numbers drawn through it are unique by construction, without a set of the numbers already used,
 * which is what lets the generator stream a million enterprises in constant memory.
 */
record Permutation(long size, long multiplier, long offset) {

    /** Sizes stay below 2^31 so that i × multiplier + offset never overflows a long. */
    Permutation {
        if (size < 2 || size > Integer.MAX_VALUE) throw new IllegalArgumentException("size " + size);
        if (gcd(multiplier % size, size) != 1) throw new IllegalArgumentException(multiplier + " is not coprime to " + size);
    }

    /** A permutation of [0, size) chosen by seed; the multiplier is the first one coprime to size past a seeded start. */
    static Permutation of(long size, long seed) {
        long m = Math.floorMod(seed * 0x9E3779B97F4A7C15L, size / 2) + size / 3;
        while (gcd(m, size) != 1) m++;
        return new Permutation(size, m, Math.floorMod(seed, size));
    }

    long apply(long i) {
        if (i < 0 || i >= size) throw new IllegalArgumentException(i + " outside [0, " + size + ")");
        return (i * multiplier + offset) % size;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }
}
