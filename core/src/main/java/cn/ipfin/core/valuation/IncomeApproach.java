package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The income approach by relief from royalty (收益法 · 分成率法): the value of a right is the present value of the
 * royalties its owner is spared by owning rather than licensing it.
 * <pre>
 * split   s = base split × splitFactor(S)                                 (S = indicator score; see ScoreAdjustment)
 * life    L = min(legal remaining term, economic life cap × lifeFactor(S)), in years to 0.01, rounded down
 * year k  (k = 1 … ⌈L⌉) covers f_k = min(1, L − (k − 1)) of a year
 * royalty R_k = revenue_k × s × (1 − decay)^(k−1) × f_k                     rounded HALF_UP to the fen
 * PV_k  = R_k × 1 / (1 + r)^t_k,   r = risk-free + risk premium,  t_k = k − 1 + f_k (end-year) or k − 1 + f_k/2 (mid-year)
 * value = Σ PV_k                                                              (each PV_k rounded HALF_UP to the fen)
 * </pre>
 * Revenue beyond the last forecast year is held at the last forecast year's level (no growth is assumed without a
 * forecast). The value is zero when the legal gate is closed: a lapsed, expired, invalidated or pending right, a
 * patent whose term has run out, or an indicator score whose legal gate is closed.
 */
public final class IncomeApproach {

    private final IncomeParameters parameters;

    public IncomeApproach(IncomeParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public IncomeParameters parameters() {
        return parameters;
    }

    /** Without an indicator score: the base split rate and the full economic life cap (trademarks, copyrights). */
    public IncomeValuation value(ValuationSubject subject, List<Money> revenueForecast) {
        return value(subject, revenueForecast, null, Shock.NONE);
    }

    /** With the indicator score adjusting the split rate and the economic life. */
    public IncomeValuation value(ValuationSubject subject, List<Money> revenueForecast, IndicatorScore score) {
        return value(subject, revenueForecast, Objects.requireNonNull(score, "score"), Shock.NONE);
    }

    /** Multipliers applied to the main parameters, for the sensitivity table; {@link #NONE} leaves them as they are. */
    record Shock(BigDecimal revenue, BigDecimal split, BigDecimal discountRate, BigDecimal life) {
        static final Shock NONE = new Shock(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
    }

    IncomeValuation value(ValuationSubject subject, List<Money> revenueForecast, IndicatorScore score, Shock shock) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(revenueForecast, "revenueForecast");
        IncomeParameters p = parameters;
        Optional<BigDecimal> legal = LegalProtection.remainingYears(subject.kind(), subject.protectionStart(), subject.valuationDate());
        BigDecimal rate = p.discountRate().annualFraction().multiply(shock.discountRate());
        Rate discountRate = new Rate(rate);

        BigDecimal splitFactor = score == null ? BigDecimal.ONE : p.scoreAdjustment().splitFactor(score.total());
        BigDecimal lifeFactor = score == null ? BigDecimal.ONE : p.scoreAdjustment().lifeFactor(score.total());
        BigDecimal split = p.baseSplitRate().annualFraction().multiply(splitFactor).multiply(shock.split());
        BigDecimal life = p.economicLifeYears().multiply(lifeFactor).multiply(shock.life());
        if (legal.isPresent() && legal.get().compareTo(life) < 0) life = legal.get();
        life = life.setScale(2, RoundingMode.DOWN);

        String zeroReason = zeroReason(subject, score, revenueForecast);
        if (!zeroReason.isEmpty() || life.signum() == 0) {
            return new IncomeValuation(subject, p.name(), new Rate(split), life, legal.orElse(null), discountRate,
                    p.convention(), List.of(), Money.zero(), zeroReason.isEmpty() ? "no economic life left" : zeroReason);
        }

        DiscountSchedule discount = new DiscountSchedule(rate, p.convention(), p.discountFactorScale());
        BigDecimal keep = BigDecimal.ONE.subtract(p.annualDecay());
        BigDecimal contribution = BigDecimal.ONE;
        int periods = life.setScale(0, RoundingMode.CEILING).intValueExact();
        List<IncomeYear> rows = new ArrayList<>(periods);
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 1; k <= periods; k++) {
            BigDecimal fraction = life.subtract(BigDecimal.valueOf(k - 1)).min(BigDecimal.ONE);
            Money revenue = revenueForecast.get(Math.min(k, revenueForecast.size()) - 1);
            if (shock.revenue().compareTo(BigDecimal.ONE) != 0) revenue = revenue.times(shock.revenue(), RoundingMode.HALF_UP);
            Money royalty = revenue.times(split.multiply(contribution).multiply(fraction), RoundingMode.HALF_UP);
            BigDecimal factor = discount.factor(k, fraction);
            Money pv = royalty.times(factor, RoundingMode.HALF_UP);
            rows.add(new IncomeYear(k, fraction, revenue, contribution, royalty, factor, pv));
            total = total.add(pv.amount());
            contribution = contribution.multiply(keep).setScale(12, RoundingMode.HALF_EVEN);
        }
        return new IncomeValuation(subject, p.name(), new Rate(split), life, legal.orElse(null), discountRate,
                p.convention(), rows, Money.of(total), "");
    }

    private static String zeroReason(ValuationSubject subject, IndicatorScore score, List<Money> forecast) {
        if (!LegalProtection.statusCarriesValue(subject.legalStatus())) return "legal status " + subject.legalStatus();
        if (!LegalProtection.gateOpen(subject.kind(), subject.legalStatus(), subject.protectionStart(), subject.valuationDate())) {
            return "legal term ended";
        }
        if (score != null && !score.legalGateOpen()) return "indicator legal gate closed: " + score.gateReason();
        if (forecast.isEmpty()) return "no revenue forecast";
        return "";
    }
}
