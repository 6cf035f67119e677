package cn.ipfin.core.lending;

/**
 * States of a pledge loan, from application to the end of its life (seed 003 §三, seed 004 (七)).
 * Origination runs APPLIED → VALUATION → DUE_DILIGENCE → PLEDGE_REGISTRATION → CREDIT_APPROVAL → CONTRACT
 * → DISBURSED; servicing then reaches REPAID or OVERDUE → DEFAULTED. WITHDRAWN and REJECTED end origination.
 */
public enum LoanState {
    APPLIED,
    VALUATION,
    DUE_DILIGENCE,
    PLEDGE_REGISTRATION,
    CREDIT_APPROVAL,
    CONTRACT,
    DISBURSED,
    OVERDUE,
    REPAID,
    DEFAULTED,
    WITHDRAWN,
    REJECTED;

    /** A loan whose money is out: it has a balance that the daily close services. */
    public boolean isOutstanding() {
        return this == DISBURSED || this == OVERDUE || this == DEFAULTED;
    }
}
