package cn.ipfin.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.valuation.IncomeParameters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The valuer's parameters set against the automated pre-valuation's, and the value they give against the pre-value:
 * what the valuation page shows and the signed report prints (issue 12), both recomputed by {@link ValuationEngine}
 * from the recorded inputs, so the figures are the engine's and nobody else's.
 *
 * @param rows              one row per parameter, formatted for display (Chinese number conventions; units in the label)
 * @param preValue          the pre-valuation's value
 * @param value             the value the current (adjusted) parameters give
 * @param difference        value − pre-value, in 元
 * @param differencePercent the difference as a percentage of the pre-value, 2 decimals HALF_UP; null when the
 *                          pre-value is zero
 * @param current           the current parameters, to pre-fill the valuer's form
 */
record ValuationComparison(List<Row> rows, Money preValue, Money value, Money difference, BigDecimal differencePercent,
                           Parameters current) {

    /** One parameter: its message key, the pre-valuation's figure and the current one. */
    record Row(String key, String before, String after) {
        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    /**
     * The parameters in force: base split rate (before the score adjustment), split rate applied (after it), economic
     * life cap and the life applied, risk premium and discount rate (fractions), royalty base of the first year, the
     * expert grades (patents only) and the indicator score.
     */
    record Parameters(BigDecimal baseSplitRate, BigDecimal splitRate, BigDecimal economicLifeYears, BigDecimal lifeApplied,
                      BigDecimal riskPremium, BigDecimal discountRate, BigDecimal revenue, Integer advancementGrade,
                      Integer substitutabilityGrade, Integer maturityGrade, BigDecimal indicatorScore) {

        public BigDecimal baseSplitRatePercent() {
            return percent(baseSplitRate);
        }

        public BigDecimal riskPremiumPercent() {
            return percent(riskPremium);
        }

        private static BigDecimal percent(BigDecimal fraction) {
            return fraction == null ? null : fraction.movePointRight(2).stripTrailingZeros();
        }
    }

    /** Whether the valuer changed anything the value depends on. */
    public boolean adjusted() {
        return rows.stream().anyMatch(Row::changed) || difference.amount().signum() != 0;
    }

    static ValuationComparison of(ValuationInputs pre, ValuationInputs now) {
        ValuationEngine.Result before = ValuationEngine.compute(pre);
        ValuationEngine.Result after = ValuationEngine.compute(now);
        Parameters p = parameters(pre, before);
        Parameters c = parameters(now, after);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("valuation.param.baseSplit", pct(p.baseSplitRate()), pct(c.baseSplitRate())));
        rows.add(new Row("valuation.param.split", pct(p.splitRate()), pct(c.splitRate())));
        rows.add(new Row("valuation.param.lifeCap", plain(p.economicLifeYears()), plain(c.economicLifeYears())));
        rows.add(new Row("valuation.param.lifeApplied", plain(p.lifeApplied()), plain(c.lifeApplied())));
        rows.add(new Row("valuation.param.premium", pct(p.riskPremium()), pct(c.riskPremium())));
        rows.add(new Row("valuation.param.discount", pct(p.discountRate()), pct(c.discountRate())));
        rows.add(new Row("valuation.param.revenue", yuan(p.revenue()), yuan(c.revenue())));
        if (c.indicatorScore() != null || p.indicatorScore() != null) {
            rows.add(new Row("valuation.param.advancement", text(p.advancementGrade()), text(c.advancementGrade())));
            rows.add(new Row("valuation.param.substitutability", text(p.substitutabilityGrade()), text(c.substitutabilityGrade())));
            rows.add(new Row("valuation.param.maturity", text(p.maturityGrade()), text(c.maturityGrade())));
            rows.add(new Row("valuation.param.score", plain(p.indicatorScore()), plain(c.indicatorScore())));
        }
        Money difference = after.value().minus(before.value());
        BigDecimal percent = before.value().amount().signum() == 0 ? null
                : difference.amount().movePointRight(2).divide(before.value().amount(), 2, RoundingMode.HALF_UP);
        return new ValuationComparison(List.copyOf(rows), before.value(), after.value(), difference, percent, c);
    }

    /** The difference as the report and the page print it: signed yuan and signed percentage. */
    public String differenceText() {
        String sign = difference.amount().signum() > 0 ? "+" : "";
        String pct = differencePercent == null ? "—" : (differencePercent.signum() > 0 ? "+" : "") + differencePercent.toPlainString() + "%";
        return sign + MoneyFormat.yuan(difference) + "（" + pct + "）";
    }

    private static Parameters parameters(ValuationInputs in, ValuationEngine.Result result) {
        ValuationInputs.AssetFacts first = in.assets().getFirst();
        IpKind kind = in.assets().size() > 1 ? IpKind.INVENTION_PATENT : first.kind();
        IncomeParameters set = ValuationEngine.parameters(kind, in.overrides());
        BigDecimal split = result.income() != null ? result.income().splitRate().annualFraction()
                : set.baseSplitRate().annualFraction();
        BigDecimal life = result.income() != null ? result.income().economicLifeYears() : null;
        boolean scored = result.score() != null;
        ValuationInputs.Overrides o = in.overrides();
        return new Parameters(set.baseSplitRate().annualFraction(), split, set.economicLifeYears(), life,
                set.riskPremium().annualFraction(), set.discountRate().annualFraction(),
                in.revenueForecast().isEmpty() ? BigDecimal.ZERO : in.revenueForecast().getFirst(),
                scored ? grade(o.advancementGrade()) : o.advancementGrade(),
                scored ? grade(o.substitutabilityGrade()) : o.substitutabilityGrade(),
                scored ? grade(o.maturityGrade()) : o.maturityGrade(),
                scored ? result.score().total() : null);
    }

    private static Integer grade(Integer g) {
        return g == null ? ValuationEngine.UNGRADED : g;
    }

    private static String text(Integer g) {
        return g == null ? "—" : g.toString();
    }

    /** A rate as a percentage to 0.01 % (the score-adjusted split rate has many decimals; the engine keeps them all). */
    private static String pct(BigDecimal fraction) {
        return fraction == null ? "—"
                : fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    private static String plain(BigDecimal n) {
        return n == null ? "—" : n.stripTrailingZeros().toPlainString();
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "—" : MoneyFormat.yuan(Money.of(amount));
    }
}
