package cn.ipfin.core.valuation;

/**
 * When in a year the royalty is assumed to arrive. Textbook examples discount at the year end; valuation practice often
 * uses mid-year because sales, and so royalties, arrive through the year.
 */
public enum TimingConvention {
    /** discounted over t = k (the k-th year's end) */
    END_YEAR,
    /** discounted over t = k − ½ */
    MID_YEAR
}
