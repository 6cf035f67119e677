package cn.ipfin.valuation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a valuation request (seed 004 (四), issue 5):
 * <pre>
 * REQUESTED ──pre-value──▶ PRE_VALUED ──adjust (reason)──▶ IN_REVIEW ──adjust──▶ IN_REVIEW
 *                              │                               │
 *                              └────────────sign───────────────┴──▶ SIGNED ──second review: confirm──▶ CONFIRMED
 *                                                                     └──second review: return──▶ IN_REVIEW
 * REQUESTED | PRE_VALUED | IN_REVIEW ──firm suspended──▶ SUSPENDED ──reassigned to an admitted firm──▶ REQUESTED | PRE_VALUED
 * REQUESTED | PRE_VALUED | IN_REVIEW | SUSPENDED ──withdrawn by the requester──▶ WITHDRAWN
 * </pre>
 */
public enum ValuationState {
    REQUESTED, PRE_VALUED, IN_REVIEW, SIGNED, CONFIRMED, SUSPENDED, WITHDRAWN;

    /** Work a valuation firm still has to do; it stops when the firm is suspended. */
    static final Set<ValuationState> OPEN = EnumSet.of(REQUESTED, PRE_VALUED, IN_REVIEW);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** A signed report exists (and may be downloaded). */
    public boolean isSigned() {
        return this == SIGNED || this == CONFIRMED;
    }
}
