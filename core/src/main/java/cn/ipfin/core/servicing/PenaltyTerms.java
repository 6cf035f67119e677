package cn.ipfin.core.servicing;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Placeholder until the servicing-core branch lands (same API). */
public record PenaltyTerms(BigDecimal uplift, boolean compound) {

    public Rate penaltyRate(Rate contractRate) {
        return new Rate(contractRate.annualFraction().multiply(BigDecimal.ONE.add(uplift)));
    }

    public Money penaltyForDay(Money overduePrincipal, Rate contractRate, DayCount dc) {
        return Money.of(overduePrincipal.amount().multiply(penaltyRate(contractRate).annualFraction())
                .divide(BigDecimal.valueOf(dc.daysInYear()), 2, RoundingMode.HALF_UP));
    }

    public Money compoundForDay(Money overdueInterest, Rate contractRate, DayCount dc) {
        if (!compound) return Money.zero();
        return penaltyForDay(overdueInterest, contractRate, dc);
    }
}
