package cn.ipfin.core.servicing;

import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The overdue terms of a loan contract. 中国人民银行《关于人民币贷款利率有关问题的通知》(银发〔2003〕251号) 三: 逾期贷款罚息利率为
 * 在借款合同载明的贷款利率水平上加收30%–50%; 对不能按时支付的利息，按罚息利率计收复利. Penalty interest (罚息) runs on
 * overdue principal from the day after the due date until repaid; whether overdue interest earns compound interest
 * (复利) at the penalty rate is a term of the contract.
 *
 * @param uplift   the 加收 fraction, 0.30..0.50 inclusive: penalty rate = contract rate × (1 + uplift)
 * @param compound whether interest not paid when due earns compound interest at the penalty rate
 */
public record PenaltyTerms(BigDecimal uplift, boolean compound) {

    public static final BigDecimal MIN_UPLIFT = new BigDecimal("0.30");
    public static final BigDecimal MAX_UPLIFT = new BigDecimal("0.50");

    public PenaltyTerms {
        Objects.requireNonNull(uplift, "uplift");
        if (uplift.compareTo(MIN_UPLIFT) < 0 || uplift.compareTo(MAX_UPLIFT) > 0) {
            throw new IllegalArgumentException("罚息加收比例须在30%至50%之间（银发〔2003〕251号）/ penalty uplift must be 0.30..0.50: "
                    + uplift.toPlainString());
        }
    }

    /** The contract rate × (1 + uplift), exact: 4.35% with a 50% uplift is 6.525%. */
    public Rate penaltyRate(Rate contractRate) {
        return new Rate(contractRate.annualFraction().multiply(BigDecimal.ONE.add(uplift)));
    }

    /**
     * One day's 罚息 on the overdue principal: principal × penalty rate ÷ days in the year of the day count (360 or 365;
     * one day of 30/360 is 1/360), computed exactly and rounded once, half up, to the fen.
     */
    public Money penaltyForDay(Money overduePrincipal, Rate contractRate, DayCount dayCount) {
        return oneDay(overduePrincipal, contractRate, dayCount);
    }

    /** One day's 复利 on the overdue interest at the penalty rate; zero when the contract does not compound. */
    public Money compoundForDay(Money overdueInterest, Rate contractRate, DayCount dayCount) {
        return compound ? oneDay(overdueInterest, contractRate, dayCount) : Money.zero();
    }

    private Money oneDay(Money base, Rate contractRate, DayCount dayCount) {
        Objects.requireNonNull(dayCount, "dayCount");
        if (base.isNegative()) throw new IllegalArgumentException("an overdue amount cannot be negative: " + base);
        BigDecimal yearly = base.amount().multiply(penaltyRate(contractRate).annualFraction());
        return Money.of(yearly.divide(BigDecimal.valueOf(dayCount.daysInYear()), 2, RoundingMode.HALF_UP));
    }
}
