package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value under relative changes of one main parameter at a time (revenue, split rate, discount rate, economic
 * life), the others held. A change c multiplies the parameter by (1 + c); the economic life stays capped by the legal
 * remaining term, so +20% of life adds nothing to a patent near the end of its term, which is the honest answer.
 */
public final class SensitivityAnalysis {

    /** ±10% and ±20%, the changes a credit committee usually asks for. */
    public static final List<BigDecimal> STANDARD_CHANGES = List.of(
            new BigDecimal("-0.20"), new BigDecimal("-0.10"), new BigDecimal("0.10"), new BigDecimal("0.20"));

    private final IncomeApproach approach;

    public SensitivityAnalysis(IncomeApproach approach) {
        this.approach = Objects.requireNonNull(approach, "approach");
    }

    /** {@code score} may be null for rights the indicator model does not score. */
    public Table table(ValuationSubject subject, List<Money> forecast, IndicatorScore score, List<BigDecimal> changes) {
        Money base = approach.value(subject, forecast, score, IncomeApproach.Shock.NONE).value();
        List<Row> rows = new ArrayList<>();
        for (SensitivityParameter parameter : SensitivityParameter.values()) {
            for (BigDecimal change : changes) {
                BigDecimal m = BigDecimal.ONE.add(change);
                IncomeApproach.Shock shock = switch (parameter) {
                    case REVENUE -> new IncomeApproach.Shock(m, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
                    case SPLIT_RATE -> new IncomeApproach.Shock(BigDecimal.ONE, m, BigDecimal.ONE, BigDecimal.ONE);
                    case DISCOUNT_RATE -> new IncomeApproach.Shock(BigDecimal.ONE, BigDecimal.ONE, m, BigDecimal.ONE);
                    case ECONOMIC_LIFE -> new IncomeApproach.Shock(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, m);
                };
                Money value = approach.value(subject, forecast, score, shock).value();
                BigDecimal relative = base.isZero() ? BigDecimal.ZERO.setScale(4)
                        : value.minus(base).amount().divide(base.amount(), 4, RoundingMode.HALF_UP);
                rows.add(new Row(parameter, change, value, relative));
            }
        }
        return new Table(base, rows);
    }

    /** One cell: the parameter, its relative change, the value and the value's relative change (4 decimals). */
    public record Row(SensitivityParameter parameter, BigDecimal change, Money value, BigDecimal valueChange) {
    }

    public record Table(Money baseValue, List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }

        public Money valueAt(SensitivityParameter parameter, BigDecimal change) {
            for (Row r : rows) if (r.parameter() == parameter && r.change().compareTo(change) == 0) return r.value();
            throw new IllegalArgumentException("no row for " + parameter + " " + change);
        }

        /** A plain-text table, one line per parameter, the columns being the changes. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("敏感性分析 / sensitivity, 基准 / base " + baseValue);
            for (SensitivityParameter p : SensitivityParameter.values()) {
                StringBuilder line = new StringBuilder(p.both() + ":");
                for (Row r : rows) {
                    if (r.parameter() != p) continue;
                    line.append("  ").append(r.change().movePointRight(2).stripTrailingZeros().toPlainString()).append("% → ")
                            .append(r.value()).append(" (").append(r.valueChange().movePointRight(2).toPlainString()).append("%)");
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
