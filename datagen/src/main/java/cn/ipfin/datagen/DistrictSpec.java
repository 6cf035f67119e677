package cn.ipfin.datagen;

/**
 * What to generate: a seed (same seed, same district, byte for byte) and the number of enterprises.
 * Everything else (assets, loans, institutions) scales from the enterprise count.
 */
public record DistrictSpec(long seed, int enterprises, String districtName) {

    public DistrictSpec {
        if (enterprises < 1) throw new IllegalArgumentException("enterprises must be >= 1");
        if (districtName == null || districtName.isBlank()) throw new IllegalArgumentException("districtName required");
    }

    /** A tiny fixture for tests: a few dozen enterprises. */
    public static DistrictSpec tiny() { return new DistrictSpec(20261123L, 40, "示范区"); }

    /** The demo district loaded on first start. */
    public static DistrictSpec demo() { return new DistrictSpec(20261123L, 600, "示范区"); }

    public static DistrictSpec ofSize(int enterprises) { return new DistrictSpec(20261123L, enterprises, "示范区"); }
}
