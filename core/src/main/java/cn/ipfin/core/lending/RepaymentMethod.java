package cn.ipfin.core.lending;

/** How a loan is repaid (domain.md, "Conventions"). */
public enum RepaymentMethod {
    /** 等额本息 */
    EQUAL_INSTALMENTS,
    /** 等额本金 */
    EQUAL_PRINCIPAL,
    /** 先息后本 */
    INTEREST_ONLY_THEN_PRINCIPAL,
    /** 到期一次还本付息 */
    BULLET,
    /**
     * 自定义还款计划: the principal of each period as the contract lists it (e.g. following the borrower's sales
     * season), interest on the declining balance. The schedule cannot be derived from the terms alone; it is made
     * with {@link cn.ipfin.core.schedule.RepaymentSchedule#ofCustom}.
     */
    CUSTOM
}
