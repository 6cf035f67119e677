package cn.ipfin.core.securitization.structure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * How a note's coupon accrues each period. By default the coupon is already the period's rate (annual ÷ 12). With
 * actual days, the coupon is the annual rate and a period's interest is balance × rate × days ÷ days-per-year
 * (ACT/365F: 365), which is how a note whose payment dates fall on a fixed day of the month (每月26日) accrues. Unpaid
 * interest may itself bear interest at the coupon (Hastructure's default, "interest over interest"); that interest is
 * paid before the interest it was charged on, and is not itself charged interest.
 */
public record CouponAccrual(int[] days, int daysPerYear, boolean unpaidInterestBearsInterest) {

    private static final CouponAccrual PER_PERIOD = new CouponAccrual(null, 0, false);

    public CouponAccrual {
        if (days != null) {
            days = days.clone();
            if (daysPerYear <= 0) throw new IllegalArgumentException("年计息天数必须为正 / days per year must be positive");
            for (int d : days) {
                if (d < 0) throw new IllegalArgumentException("计息天数不能为负 / accrual days must not be negative");
            }
        }
    }

    /** The coupon is the period rate; unpaid interest carries over without interest. */
    public static CouponAccrual perPeriod() {
        return PER_PERIOD;
    }

    /** ACT/365F from {@code accrualStart} to each payment date in turn (the first period may be long or short). */
    public static CouponAccrual actual365Fixed(LocalDate accrualStart, List<LocalDate> paymentDates, boolean unpaidInterestBearsInterest) {
        Objects.requireNonNull(accrualStart, "accrualStart");
        int[] days = new int[paymentDates.size()];
        LocalDate from = accrualStart;
        for (int t = 0; t < days.length; t++) {
            LocalDate to = paymentDates.get(t);
            if (to.isBefore(from)) throw new IllegalArgumentException("兑付日必须递增 / payment dates must not go back: " + to);
            days[t] = (int) ChronoUnit.DAYS.between(from, to);
            from = to;
        }
        return new CouponAccrual(days, 365, unpaidInterestBearsInterest);
    }

    /** Each period's accrual days (a copy), or null when the coupon is a period rate. */
    @Override
    public int[] days() {
        return days == null ? null : days.clone();
    }

    public boolean byActualDays() {
        return days != null;
    }

    /** The interest accrued on {@code fen} in period {@code t}, rounded once to the fen. */
    long accrue(long fen, PeriodRate coupon, int t, RoundingMode rounding) {
        if (days == null) return coupon.applyTo(fen, rounding);
        if (fen == 0 || coupon.isZero()) return 0;
        if (t >= days.length) {
            throw new IllegalArgumentException("计息天数少于期数 / no accrual days for period " + (t + 1));
        }
        return BigDecimal.valueOf(fen).multiply(coupon.fraction()).multiply(BigDecimal.valueOf(days[t]))
                .divide(BigDecimal.valueOf(daysPerYear), 0, rounding).longValueExact();
    }

    /** Interest charged in period {@code t} on interest left unpaid from earlier periods (zero unless it bears interest). */
    long accrueOnUnpaid(long unpaidFen, PeriodRate coupon, int t, RoundingMode rounding) {
        return unpaidInterestBearsInterest && unpaidFen > 0 ? accrue(unpaidFen, coupon, t, rounding) : 0;
    }
}
