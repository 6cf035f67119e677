package cn.ipfin.core.securitization.structure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How the pool's cash is paid out each period (the 现金流分配顺序):
 * <ol>
 * <li>fees (trustee, custody, servicing), senior to everything: a fixed amount a period plus a rate on the pool
 *     balance, and a fixed fee due once at the first payment date; unpaid fees carry over;</li>
 * <li>interest of the rated tranches, senior first — from collections, then the reserve account, then the
 *     guarantor's deficiency payment (差额支付) up to its limit; unpaid interest carries over (and bears interest if
 *     the {@link CouponAccrual} says so);</li>
 * <li>the reserve account topped up to its target — or, once the rated tranches are repaid, released to the
 *     waterfall;</li>
 * <li>principal: the pool's balance reduction in the period (scheduled, prepaid and defaulted principal, so excess
 *     spread covers defaults) or, for pass-through notes (过手摊还), all the cash left; paid sequentially or pro rata
 *     by balance (all tranches, or within each class); once cumulative defaults exceed the trigger share of the
 *     original pool, sequential for the rest of the deal;</li>
 * <li>what remains goes to the subordinated tranche.</li>
 * </ol>
 * The last period settles in order of seniority: collections, then the reserve, then the guarantee repay the rated
 * tranches' remaining principal; whatever is still unpaid is that tranche's loss.
 * The first tranches are the rated ones in order of seniority; a subordinated one, if any, is last.
 */
public record DealStructure(List<Tranche> tranches, long feePerPeriodFen, PeriodRate feeRateOnPool, long reserveInitialFen,
                            long reserveTargetFen, PrincipalMode mode, BigDecimal sequentialTrigger, long guaranteeLimitFen,
                            RoundingMode rounding, long oneOffFeeFen, PrincipalFunds principalFunds, CouponAccrual accrual) {

    public enum PrincipalMode {
        /** In order of seniority, each tranche repaid before the next gets anything. */
        SEQUENTIAL,
        /** All tranches, the subordinated included, by balance. */
        PRO_RATA,
        /** Classes in order of seniority; tranches of one class (e.g. A1 and A2, 同顺位) share by balance. */
        PRO_RATA_WITHIN_SENIORITY
    }

    /** How much of the period's cash may repay principal before the subordinated tranche takes the rest. */
    public enum PrincipalFunds {
        /** The pool's balance reduction: excess spread goes to the subordinated tranche each period. */
        POOL_REDUCTION,
        /** Everything left after fees, interest and the reserve (过手摊还, pass-through / turbo). */
        ALL_AVAILABLE
    }

    /** Principal from the pool's balance reduction, the coupon a period rate, no one-off fee. */
    public DealStructure(List<Tranche> tranches, long feePerPeriodFen, PeriodRate feeRateOnPool, long reserveInitialFen,
                         long reserveTargetFen, PrincipalMode mode, BigDecimal sequentialTrigger, long guaranteeLimitFen,
                         RoundingMode rounding) {
        this(tranches, feePerPeriodFen, feeRateOnPool, reserveInitialFen, reserveTargetFen, mode, sequentialTrigger,
                guaranteeLimitFen, rounding, 0, PrincipalFunds.POOL_REDUCTION, CouponAccrual.perPeriod());
    }

    public DealStructure {
        tranches = List.copyOf(tranches);
        Objects.requireNonNull(feeRateOnPool, "feeRateOnPool");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sequentialTrigger, "sequentialTrigger");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(principalFunds, "principalFunds");
        Objects.requireNonNull(accrual, "accrual");
        if (tranches.isEmpty()) throw new IllegalArgumentException("至少需要一个档位 / a deal needs at least one tranche");
        for (int i = 0; i < tranches.size() - 1; i++) {
            if (tranches.get(i).isResidual()) {
                throw new IllegalArgumentException("次级档必须位于最后 / the subordinated tranche must come last");
            }
        }
        if (feePerPeriodFen < 0 || oneOffFeeFen < 0 || reserveInitialFen < 0 || reserveTargetFen < 0 || guaranteeLimitFen < 0) {
            throw new IllegalArgumentException("费用、储备和担保金额不能为负 / fees, reserve and guarantee must not be negative");
        }
    }

    /** Sequential, no fees, reserve, guarantee or trigger: the plainest structure, for tests and the reference run. */
    public static DealStructure sequential(List<Tranche> tranches, RoundingMode rounding) {
        return new DealStructure(tranches, 0, PeriodRate.zero(), 0, 0, PrincipalMode.SEQUENTIAL, BigDecimal.ONE, 0, rounding);
    }

    /** The same deal with a fixed fee due once, at the first payment date (e.g. a trust set-up fee). */
    public DealStructure withOneOffFee(long fen) {
        return new DealStructure(tranches, feePerPeriodFen, feeRateOnPool, reserveInitialFen, reserveTargetFen, mode,
                sequentialTrigger, guaranteeLimitFen, rounding, fen, principalFunds, accrual);
    }

    /** The same deal with pass-through principal: all cash left after interest and the reserve repays the notes. */
    public DealStructure withPassThroughPrincipal() {
        return new DealStructure(tranches, feePerPeriodFen, feeRateOnPool, reserveInitialFen, reserveTargetFen, mode,
                sequentialTrigger, guaranteeLimitFen, rounding, oneOffFeeFen, PrincipalFunds.ALL_AVAILABLE, accrual);
    }

    /** The same deal with its coupons accrued as {@code accrual} says (e.g. ACT/365F between payment dates). */
    public DealStructure withAccrual(CouponAccrual accrual) {
        return new DealStructure(tranches, feePerPeriodFen, feeRateOnPool, reserveInitialFen, reserveTargetFen, mode,
                sequentialTrigger, guaranteeLimitFen, rounding, oneOffFeeFen, principalFunds, accrual);
    }

    public long notesBalance() {
        return tranches.stream().mapToLong(Tranche::balanceFen).sum();
    }
}
