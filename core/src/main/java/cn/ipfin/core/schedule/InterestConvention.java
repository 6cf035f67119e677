package cn.ipfin.core.schedule;

import cn.ipfin.core.money.DayCount;
import java.util.Objects;

/**
 * A product's 计息方式, the one choice a bank makes about how its loans' schedules charge interest: by the month (年利率 ÷ 12,
 * the convention of Chinese banks' 等额本息 / 等额本金 calculators and the default) or by actual days (按日计息) over 360 or
 * 365. The day count also prices penalty interest, which accrues daily whatever the schedule's basis (ACT/360 for the
 * monthly convention, 日利率 = 年利率 ÷ 360).
 */
public enum InterestConvention {

    MONTHLY(InterestBasis.PERIODIC_RATE, DayCount.ACT_360),
    DAILY_ACT_360(InterestBasis.DAY_COUNT, DayCount.ACT_360),
    DAILY_ACT_365F(InterestBasis.DAY_COUNT, DayCount.ACT_365F);

    private final InterestBasis basis;
    private final DayCount dayCount;

    InterestConvention(InterestBasis basis, DayCount dayCount) {
        this.basis = basis;
        this.dayCount = dayCount;
    }

    public InterestBasis basis() {
        return basis;
    }

    public DayCount dayCount() {
        return dayCount;
    }

    /** The convention a stored (basis, day count) pair stands for. */
    public static InterestConvention of(InterestBasis basis, DayCount dayCount) {
        Objects.requireNonNull(basis, "basis");
        if (basis == InterestBasis.PERIODIC_RATE) return MONTHLY;
        return switch (dayCount) {
            case ACT_360 -> DAILY_ACT_360;
            case ACT_365F -> DAILY_ACT_365F;
            case THIRTY_360 -> throw new IllegalArgumentException("no product charges interest by 30/360 days");
        };
    }
}
