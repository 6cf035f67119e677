package cn.ipfin.core.servicing;

/** What a partial prepayment (提前还款) changes in the remaining schedule. */
public enum PrepaymentOption {
    /** 缩短期限: keep the instalment (等额本息 payment, 等额本金 principal share); fewer periods. */
    SHORTEN_TERM,
    /** 减少月供: keep the maturity; recompute the instalment over the remaining periods. */
    LOWER_INSTALMENT
}
