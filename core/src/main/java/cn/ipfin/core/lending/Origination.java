package cn.ipfin.core.lending;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static cn.ipfin.core.lending.LoanState.*;

/**
 * The origination state machine (seed 003 §三, seed 004 (七)): each step leads to the next, and any open step may
 * end in WITHDRAWN (by the enterprise) or REJECTED (by the bank, with a reason).
 * <pre>
 * APPLIED → VALUATION → DUE_DILIGENCE → PLEDGE_REGISTRATION → CREDIT_APPROVAL → CONTRACT → DISBURSED
 *    └──────────┴────────────┴──────────────────┴──────────────────┴──────────────┴──▶ WITHDRAWN | REJECTED
 * </pre>
 * The guards of each step (pledge registered, limit, four eyes) are separate named rules; this class only knows
 * which moves exist.
 */
public final class Origination {

    /** Steps in which an application is still being worked on. */
    public static final Set<LoanState> OPEN = EnumSet.of(APPLIED, VALUATION, DUE_DILIGENCE, PLEDGE_REGISTRATION,
            CREDIT_APPROVAL, CONTRACT);

    private static final Map<LoanState, LoanState> NEXT = Map.of(
            APPLIED, VALUATION,
            VALUATION, DUE_DILIGENCE,
            DUE_DILIGENCE, PLEDGE_REGISTRATION,
            PLEDGE_REGISTRATION, CREDIT_APPROVAL,
            CREDIT_APPROVAL, CONTRACT,
            CONTRACT, DISBURSED);

    private Origination() {
    }

    public static boolean isOpen(LoanState state) {
        return OPEN.contains(state);
    }

    /** May an application in {@code from} move to {@code to}? */
    public static Decision move(LoanState from, LoanState to) {
        boolean ok = (isOpen(from) && (to == WITHDRAWN || to == REJECTED)) || NEXT.get(from) == to;
        return ok ? Decision.allowed() : Decision.refused("origination.step",
                "当前状态“" + zh(from) + "”不能转入“" + zh(to) + "”",
                "an application in " + from + " cannot move to " + to);
    }

    /** The step after {@code from} on the way to disbursement, or null at the end. */
    public static LoanState next(LoanState from) {
        return NEXT.get(from);
    }

    /** Chinese names of the states, for reasons (the pages use the message bundle). */
    public static String zh(LoanState state) {
        return switch (state) {
            case APPLIED -> "已申请";
            case VALUATION -> "评估";
            case DUE_DILIGENCE -> "尽职调查";
            case PLEDGE_REGISTRATION -> "质押登记";
            case CREDIT_APPROVAL -> "授信审批";
            case CONTRACT -> "签订合同";
            case DISBURSED -> "已放款";
            case OVERDUE -> "逾期";
            case REPAID -> "已结清";
            case DEFAULTED -> "违约";
            case WITHDRAWN -> "已撤回";
            case REJECTED -> "已拒绝";
        };
    }
}
