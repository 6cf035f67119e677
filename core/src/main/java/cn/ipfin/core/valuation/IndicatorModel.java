package cn.ipfin.core.valuation;

import cn.ipfin.core.money.LargestRemainder;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indicator model (专利价值度): scores a patent from 0 to 100 on legal, technical and economic sub-indicators.
 *
 * <p>Formula: contribution(i) = dimensionWeight(d(i)) × indicatorWeight(i) × curve(i)(input(i)); total = Σ
 * contributions rounded HALF_UP to 0.01; the displayed contributions are rounded to 0.01 by the largest-remainder
 * method so that they add up exactly to the total. The legal gate (see {@link LegalProtection#gateOpen}) comes first:
 * a right that cannot be pledged scores 0 whatever its other merits.
 */
public final class IndicatorModel {

    private static final int POINT_SCALE = 2;
    private static final SubIndicator[] INDICATORS = SubIndicator.values();

    private final IndicatorModelConfig config;
    private final BigDecimal[] weights = new BigDecimal[INDICATORS.length];
    private final ScoringCurve[] curves = new ScoringCurve[INDICATORS.length];

    public IndicatorModel(IndicatorModelConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        for (SubIndicator s : INDICATORS) {
            weights[s.ordinal()] = config.effectiveWeight(s);
            curves[s.ordinal()] = config.curves().get(s);
        }
    }

    public IndicatorModelConfig config() {
        return config;
    }

    public IndicatorScore score(PatentIndicators facts) {
        Map<SubIndicator, BigDecimal> inputs = inputsOf(facts);
        boolean gateOpen = LegalProtection.gateOpen(facts.kind(), facts.legalStatus(), facts.filedOn(), facts.valuationDate());
        List<BigDecimal> exact = new ArrayList<>(INDICATORS.length);
        BigDecimal[] scores = new BigDecimal[INDICATORS.length];
        BigDecimal sum = BigDecimal.ZERO;
        for (SubIndicator s : INDICATORS) {
            BigDecimal score = gateOpen ? curves[s.ordinal()].scoreAt(inputs.get(s)) : BigDecimal.ZERO.setScale(ScoringCurve.SCORE_SCALE);
            scores[s.ordinal()] = score;
            BigDecimal part = weights[s.ordinal()].multiply(score);
            exact.add(part);
            sum = sum.add(part);
        }
        BigDecimal total = sum.setScale(POINT_SCALE, RoundingMode.HALF_UP);
        List<BigDecimal> points = LargestRemainder.allocate(exact, total, POINT_SCALE);
        List<IndicatorContribution> contributions = new ArrayList<>(INDICATORS.length);
        for (SubIndicator s : INDICATORS) {
            contributions.add(new IndicatorContribution(s, inputs.get(s), scores[s.ordinal()], weights[s.ordinal()],
                    points.get(s.ordinal())));
        }
        return new IndicatorScore(config.version(), total, gateOpen, gateOpen ? "" : gateReason(facts), contributions);
    }

    private static String gateReason(PatentIndicators facts) {
        if (!LegalProtection.statusCarriesValue(facts.legalStatus())) return "legal status " + facts.legalStatus();
        return "term ended on " + LegalProtection.lastDay(facts.kind(), facts.filedOn()).orElseThrow();
    }

    /** The measured input of every sub-indicator, in the unit {@link SubIndicator} documents. */
    static Map<SubIndicator, BigDecimal> inputsOf(PatentIndicators f) {
        Map<SubIndicator, BigDecimal> in = new EnumMap<>(SubIndicator.class);
        in.put(SubIndicator.LEGAL_STATUS, f.legalStatus() == LegalStatus.IN_FORCE ? BigDecimal.ONE : BigDecimal.ZERO);
        in.put(SubIndicator.REMAINING_TERM, LegalProtection.remainingYears(f.kind(), f.filedOn(), f.valuationDate()).orElseThrow());
        in.put(SubIndicator.CLAIMS, BigDecimal.valueOf(f.claimCount()));
        in.put(SubIndicator.FAMILY_SIZE, BigDecimal.valueOf(f.familySize()));
        in.put(SubIndicator.CITED_BY, BigDecimal.valueOf(f.citedBy()));
        in.put(SubIndicator.LITIGATION, BigDecimal.valueOf(f.adverseDisputes()));
        in.put(SubIndicator.OWNERSHIP, BigDecimal.valueOf(f.ownerCount()));
        in.put(SubIndicator.ADVANCEMENT, BigDecimal.valueOf(f.advancementGrade()));
        in.put(SubIndicator.SUBSTITUTABILITY, BigDecimal.valueOf(f.substitutabilityGrade()));
        in.put(SubIndicator.INDUSTRY_MATURITY, BigDecimal.valueOf(f.maturityGrade()));
        in.put(SubIndicator.MARKET_SIZE, tenThousands(f.marketSize()));
        in.put(SubIndicator.LICENSING, BigDecimal.valueOf(f.licenceCount()));
        in.put(SubIndicator.OWNER_REVENUE, tenThousands(f.ownerAnnualRevenue()));
        return in;
    }

    /** Yuan to 万元, exact (moving the decimal point never rounds). */
    private static BigDecimal tenThousands(Money money) {
        return money.amount().movePointLeft(4);
    }
}
