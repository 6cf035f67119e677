package cn.ipfin.core.programme;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.FactModel.Facts;
import cn.ipfin.core.programme.ProgrammeDefinition.Benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The amount a decision fixes: the base (the year's interest, the financing cost …) × the assessed rate, rounded
 * down to the fen so that the rate is never exceeded, then held to the per-application ceiling and to what is left
 * of the enterprise's cap for the year across all its applications and loans (Ezhou 003 §四: 10 万元 per
 * enterprise, not per loan).
 *
 * @param steps the calculation in words, Chinese and English alternately, for the decision's record
 */
public record BenefitCalculation(Money base, BigDecimal rate, Money byRate, Money amount, List<String> steps) {

    public BenefitCalculation {
        steps = List.copyOf(steps);
    }

    /**
     * @param assessedRate  the rate the assessment set; null for the programme's maximum
     * @param grantedBefore what the enterprise was already granted by this programme in the same year
     * @throws IllegalArgumentException when the assessed rate is negative or above the programme's
     */
    public static BenefitCalculation of(ProgrammeDefinition programme, Facts facts, LocalDate today, int year,
                                        BigDecimal assessedRate, Money grantedBefore) {
        Benefit b = programme.benefit();
        Object baseFen = b.base().evaluate(facts.variables(today, year, programme));
        if (!(baseFen instanceof Long fen)) {
            throw new PolicyLanguage.InvalidExpression(b.base().source(), "is not an amount in fen but " + baseFen);
        }
        Money base = Money.ofFen(fen);
        BigDecimal maxRate = programme.parameter(b.rate()).decimal();
        BigDecimal rate = assessedRate == null ? maxRate : assessedRate;
        if (rate.signum() < 0 || rate.compareTo(maxRate) > 0) {
            throw new IllegalArgumentException("assessed rate " + rate.toPlainString() + " is outside 0.."
                    + maxRate.toPlainString());
        }
        List<String> steps = new ArrayList<>();
        Money byRate = base.times(rate, RoundingMode.DOWN);
        steps.add(b.baseLabel().zh() + " " + base + " 元 × " + rate.toPlainString() + " = " + byRate + " 元");
        steps.add(b.baseLabel().en() + " " + base + " yuan × " + rate.toPlainString() + " = " + byRate + " yuan");
        Money amount = byRate;
        if (b.ceiling().isPresent()) {
            Money ceiling = Money.of(programme.parameter(b.ceiling().get()).value());
            if (amount.isGreaterThan(ceiling)) {
                amount = ceiling;
                steps.add("每项上限 " + ceiling + " 元");
                steps.add("capped at " + ceiling + " yuan per application");
            }
        }
        if (b.capPerEnterprise().isPresent()) {
            Money cap = Money.of(programme.parameter(b.capPerEnterprise().get()).value());
            Money left = cap.minus(grantedBefore).max(Money.zero());
            if (amount.isGreaterThan(left)) {
                amount = left;
                steps.add("每户企业每年上限 " + cap + " 元，已获 " + grantedBefore + " 元，余 " + left + " 元");
                steps.add("capped at " + cap + " yuan per enterprise and year, " + grantedBefore
                        + " yuan already granted, " + left + " yuan left");
            }
        }
        return new BenefitCalculation(base, rate, byRate, amount, steps);
    }
}
