package cn.ipfin.core.schedule;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * Where a schedule rounds to the fen and how (style.md §5: every division names its rounding). Each amount is
 * computed exactly and rounded once; the last instalment's principal is never rounded, it is whatever balance
 * remains, so the principal parts always sum exactly to the principal.
 *
 * @param payment        the 等额本息 instalment from the annuity formula
 * @param interest       each period's interest
 * @param principalShare the 等额本金 share, principal ÷ number of periods
 */
public record ScheduleRounding(RoundingMode payment, RoundingMode interest, RoundingMode principalShare) {

    /** Half-up to the fen everywhere: what bank calculators show (6,544.44 on 100万/20年/4.9%). */
    public static final ScheduleRounding HALF_UP_TO_FEN =
            new ScheduleRounding(RoundingMode.HALF_UP, RoundingMode.HALF_UP, RoundingMode.HALF_UP);

    public ScheduleRounding {
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(principalShare, "principalShare");
        if (payment == RoundingMode.UNNECESSARY || interest == RoundingMode.UNNECESSARY || principalShare == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("a schedule must round: UNNECESSARY would fail on 1/3 of a fen");
        }
    }
}
