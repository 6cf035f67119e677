package cn.ipfin.core.schedule;

/** How often an instalment falls due. Chinese loan contracts use 按月 or 按季 (domain issue 7). */
public enum PeriodFrequency {
    MONTHLY(1),
    QUARTERLY(3);

    private final int months;

    PeriodFrequency(int months) {
        this.months = months;
    }

    /** Calendar months per period. */
    public int months() {
        return months;
    }

    /** 12 or 4: the divisor that turns an annual rate into the periodic rate. */
    public int periodsPerYear() {
        return 12 / months;
    }
}
