package cn.ipfin.core.securitization.montecarlo;

/**
 * One-factor Gaussian copula: loan i's latent variable is Zᵢ = √ρ·M + √(1−ρ)·εᵢ with M and εᵢ independent standard
 * normals; it defaults in the first month t whose cumulative default probability Fᵢ(t) exceeds Φ(Zᵢ). ρ is the asset
 * correlation; ρ = 0 makes defaults independent, ρ = 1 makes them all-or-nothing for equal PDs.
 */
public record CopulaModel(double correlation, long seed) {

    public CopulaModel {
        if (!(correlation >= 0 && correlation <= 1)) {
            throw new IllegalArgumentException("资产相关性须在0到1之间 / asset correlation must be in [0,1]: " + correlation);
        }
    }

    /** A 64-bit mix (SplitMix64's finaliser) of seed and scenario index: the scenario's own random stream. */
    long scenarioSeed(long scenario) {
        long z = seed + 0x9E3779B97F4A7C15L * (scenario + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
