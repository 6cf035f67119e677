package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The income approach's result: the parameters actually applied (after the score adjustment and the legal cap), the
 * year table and the value in fen, which is the exact sum of the table's present values. {@code zeroReason} is empty
 * unless the value is zero by rule (legal gate closed, no revenue).
 */
public record IncomeValuation(
        ValuationSubject subject,
        String parameterSet,
        Rate splitRate,
        BigDecimal economicLifeYears,
        BigDecimal legalRemainingYears,
        Rate discountRate,
        TimingConvention convention,
        List<IncomeYear> years,
        Money value,
        String zeroReason) {

    public IncomeValuation {
        years = List.copyOf(years);
    }

    /** The value rounded HALF_UP to the whole yuan, as valuation reports state it. */
    public Money valueInYuan() {
        return Money.of(value.amount().setScale(0, RoundingMode.HALF_UP));
    }

    /** The value in 万元 with 2 decimals (HALF_UP), the unit textbooks and bank reports use. */
    public BigDecimal valueInTenThousands() {
        return value.amount().movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        lines.add("收益法（分成率法） / income approach (relief from royalty), " + parameterSet);
        if (!zeroReason.isEmpty()) lines.add("价值为零 / value is zero: " + zeroReason);
        lines.add("分成率 / split rate " + splitRate + ", 经济寿命 / economic life " + economicLifeYears.toPlainString()
                + " 年, 法定剩余 / legal remaining " + (legalRemainingYears == null ? "—" : legalRemainingYears.toPlainString())
                + " 年, 折现率 / discount rate " + discountRate + ", " + convention);
        for (IncomeYear y : years) {
            lines.add("第" + y.year() + "年 / year " + y.year() + ": 收入 / revenue " + y.revenue() + " × " + splitRate + " × 贡献 / contribution "
                    + y.contribution().toPlainString() + " × 年份额 / year fraction " + y.fraction().toPlainString() + " = " + y.royalty()
                    + " × " + y.discountFactor().toPlainString() + " = " + y.presentValue());
        }
        lines.add("评估值 / value: " + value);
        return lines;
    }
}
