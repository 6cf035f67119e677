package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A district's progress towards its year's targets (seed 004 (十七): "设定各区年度知识产权质押融资目标任务", counted in
 * registered amount and count; seed 001 二: "质押项目数和质押融资金额增长 10%以上，…融资企业累计达到 50 家以上"): the
 * target, what is done to date, and a straight-line forecast to the year's end (done × days in the year ÷ days
 * elapsed), which says whether the year will reach it.
 */
public record TargetProgress(AnnualTarget target, Figures lastYear, Figures toDate, LocalDate asOf, long targetCount,
                             Money targetAmount, long forecastCount, Money forecastAmount) {

    /**
     * What a year's targets ask: growth over last year in count and amount (0.10 = +10 %), and a cumulative number of
     * enterprises financed by IP pledge (null: none).
     */
    public record AnnualTarget(int year, BigDecimal countGrowth, BigDecimal amountGrowth, Integer financedEnterprises) {
        public AnnualTarget {
            Objects.requireNonNull(countGrowth, "countGrowth");
            Objects.requireNonNull(amountGrowth, "amountGrowth");
        }
    }

    /**
     * Loans (projects) and their amount in a year, and the enterprises financed by IP pledge since the beginning.
     */
    public record Figures(long count, Money amount, long financedEnterprises) {
    }

    public static TargetProgress of(AnnualTarget target, Figures lastYear, Figures toDate, LocalDate asOf) {
        if (asOf.getYear() != target.year()) {
            throw new IllegalArgumentException("progress is measured inside the target's year: " + asOf);
        }
        // a target is met at or above it: round the count up, the amount up to the fen
        long targetCount = new BigDecimal(lastYear.count()).multiply(BigDecimal.ONE.add(target.countGrowth()))
                .setScale(0, RoundingMode.CEILING).longValueExact();
        Money targetAmount = lastYear.amount().times(BigDecimal.ONE.add(target.amountGrowth()), RoundingMode.CEILING);
        long daysInYear = asOf.lengthOfYear();
        long elapsed = ChronoUnit.DAYS.between(LocalDate.of(asOf.getYear(), 1, 1), asOf) + 1;
        BigDecimal scale = BigDecimal.valueOf(daysInYear).divide(BigDecimal.valueOf(elapsed), 10, RoundingMode.HALF_UP);
        long forecastCount = new BigDecimal(toDate.count()).multiply(scale).setScale(0, RoundingMode.HALF_UP).longValueExact();
        Money forecastAmount = toDate.amount().times(scale, RoundingMode.HALF_UP);
        return new TargetProgress(target, lastYear, toDate, asOf, targetCount, targetAmount, forecastCount, forecastAmount);
    }

    public boolean countOnTrack() {
        return forecastCount >= targetCount;
    }

    public boolean amountOnTrack() {
        return forecastAmount.isAtLeast(targetAmount);
    }

    /** Null when the year sets no enterprise target. */
    public Boolean enterprisesReached() {
        return target.financedEnterprises() == null ? null : toDate.financedEnterprises() >= target.financedEnterprises();
    }

    /** Behind: the forecast misses the count or the amount. */
    public boolean behind() {
        return !countOnTrack() || !amountOnTrack();
    }
}
