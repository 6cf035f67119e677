package cn.ipfin.core.valuation;

/**
 * How the adjustments a_i of a comparable combine (each a_i is the subject's advantage as a fraction: +0.05 means the
 * subject is 5% better on that factor). Chinese practice uses both: chained ratios (the 修正系数 product, e.g.
 * 105/100 × 98/100) or one sum of percentage points.
 */
public enum AdjustmentMode {
    /** adjusted price = price × Π (1 + a_i) */
    MULTIPLICATIVE,
    /** adjusted price = price × (1 + Σ a_i) */
    ADDITIVE
}
