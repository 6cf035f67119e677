package cn.ipfin.core.lending;

/** A security combined with the pledge (seed 003 §五 担保, seed 004 (八)(九), seed 001 三(二)5 保险): guarantor or insurance. */
public enum SecurityKind {
    /** 担保 */
    GUARANTOR,
    /** 信用保险 */
    CREDIT_INSURANCE,
    /** 贷款保证保险 */
    GUARANTEE_INSURANCE;

    public boolean isInsurance() {
        return this != GUARANTOR;
    }
}
