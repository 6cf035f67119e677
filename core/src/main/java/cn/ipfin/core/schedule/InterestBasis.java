package cn.ipfin.core.schedule;

/**
 * How a period's interest is computed from the opening balance. A product parameter, because the two conventions
 * give different fen and both are in use.
 */
public enum InterestBasis {
    /**
     * Balance × annual rate ÷ 12 (or ÷ 4): every month earns the same interest whatever its length. This is how
     * Chinese banks' 等额本息 / 等额本金 calculators and published examples work (月利率 = 年利率 ÷ 12).
     */
    PERIODIC_RATE,
    /**
     * Balance × annual rate × days ÷ days-in-year, by the terms' {@link cn.ipfin.core.money.DayCount}, from the
     * previous due date (inclusive) to this one (exclusive): what daily accrual (ACT/360 by default) actually earns.
     */
    DAY_COUNT
}
