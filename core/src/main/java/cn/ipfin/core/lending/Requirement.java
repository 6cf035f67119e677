package cn.ipfin.core.lending;

/** Whether a product requires a combined security (a guarantor, an insurance policy) besides the pledge. */
public enum Requirement {
    REQUIRED, OPTIONAL, NOT_ACCEPTED
}
