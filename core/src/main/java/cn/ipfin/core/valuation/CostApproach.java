package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost approach (成本法: 重置成本 less obsolescence), as 资产评估执业准则——无形资产 describes it for intangibles:
 * <pre>
 * replacement cost C = Σ cost_i × index(valuation year) / index(year spent)   (each term HALF_UP to the fen)
 *                      × (1 + developer's profit rate)                          (HALF_UP to the fen)
 * value = C × (1 − functional obsolescence) × (1 − economic obsolescence)
 *           × remaining / (used + remaining)                                     (HALF_UP to the fen, once)
 * </pre>
 * The remaining years are capped by the legal remaining term; a right whose legal gate is closed is worth zero.
 */
public final class CostApproach {

    private static final int RATIO_SCALE = 10;

    public CostValuation value(ValuationSubject subject, CostBasis basis) {
        int year = subject.valuationDate().getYear();
        List<String> lines = new ArrayList<>();
        lines.add("成本法 / cost approach");
        BigDecimal indexed = BigDecimal.ZERO;
        for (CostItem item : basis.items()) {
            BigDecimal factor = basis.index().factor(item.yearSpent(), year);
            Money restated = item.amount().times(factor, RoundingMode.HALF_UP);
            indexed = indexed.add(restated.amount());
            lines.add(item.category().both() + " " + item.yearSpent() + ": "
                    + item.amount() + " × " + factor.toPlainString() + " = " + restated);
        }
        Money replacement = Money.of(indexed).times(BigDecimal.ONE.add(basis.developerProfitRate()), RoundingMode.HALF_UP);
        lines.add("重置成本 / replacement cost: " + indexed.toPlainString() + " × (1 + " + basis.developerProfitRate().toPlainString()
                + ") = " + replacement);

        BigDecimal remaining = basis.remainingYears();
        BigDecimal legal = LegalProtection.remainingYears(subject.kind(), subject.protectionStart(), subject.valuationDate()).orElse(null);
        if (legal != null && legal.compareTo(remaining) < 0) remaining = legal;
        if (!subject.legalGateOpen()) remaining = BigDecimal.ZERO;
        BigDecimal lifeRatio = remaining.divide(basis.usedYears().add(remaining).max(BigDecimal.ONE.movePointLeft(2)), RATIO_SCALE, RoundingMode.HALF_UP);
        BigDecimal keep = BigDecimal.ONE.subtract(basis.functionalObsolescence())
                .multiply(BigDecimal.ONE.subtract(basis.economicObsolescence()));
        Money value = replacement.times(keep.multiply(lifeRatio), RoundingMode.HALF_UP);
        lines.add("× (1 − " + basis.functionalObsolescence().toPlainString() + ") × (1 − " + basis.economicObsolescence().toPlainString()
                + ") × " + remaining.toPlainString() + "/(" + basis.usedYears().toPlainString() + " + " + remaining.toPlainString()
                + ") = " + value + (subject.legalGateOpen() ? "" : " (法律闸门关闭 / legal gate closed)"));
        return new CostValuation(replacement, lifeRatio, value, lines);
    }

    /** Replacement cost, the remaining-life ratio applied (10 decimals) and the value, with the explanation. */
    public record CostValuation(Money replacementCost, BigDecimal remainingLifeRatio, Money value, List<String> explanation) {
        public CostValuation {
            explanation = List.copyOf(explanation);
        }
    }
}
