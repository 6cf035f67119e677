package cn.ipfin.valuation;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.valuation.BundleMember;
import cn.ipfin.core.valuation.BundleValuation;
import cn.ipfin.core.valuation.IncomeApproach;
import cn.ipfin.core.valuation.IncomeParameters;
import cn.ipfin.core.valuation.IncomeValuation;
import cn.ipfin.core.valuation.IndicatorModel;
import cn.ipfin.core.valuation.IndicatorModelConfig;
import cn.ipfin.core.valuation.IndicatorScore;
import cn.ipfin.core.valuation.PatentIndicators;
import cn.ipfin.core.valuation.SensitivityAnalysis;
import cn.ipfin.core.valuation.ValuationSubject;
import cn.ipfin.core.asset.IpKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns recorded {@link ValuationInputs} into figures with the engines of {@code core.valuation}; a pure function of
 * its inputs, which is what makes a signed report reproducible.
 *
 * <ul>
 * <li>one patent: indicator model CN-PVD-2026.1, then the income approach with split rate and life adjusted by the
 * score ({@link cn.ipfin.core.valuation.AutomatedPreValuation}'s method), plus the sensitivity table;</li>
 * <li>one trademark, copyright or IC layout design: the income approach with the kind's parameter set, unscored;</li>
 * <li>a portfolio: {@link BundleValuation} with one combined split rate on the shared revenue, members weighted
 * equally, so the same revenue is not counted twice.</li>
 * </ul>
 */
final class ValuationEngine {

    /** Expert grades the registry cannot supply start at the middle of the 1–5 scale until a valuer grades them. */
    static final int UNGRADED = 3;

    private static final IndicatorModel MODEL = new IndicatorModel(IndicatorModelConfig.cnPvd2026());

    private ValuationEngine() {
    }

    record Result(Money value, IndicatorScore score, IncomeValuation income, SensitivityAnalysis.Table sensitivity,
                  BundleValuation.Result bundle) {
    }

    static Result compute(ValuationInputs in) {
        return compute(in, true);
    }

    /**
     * The value alone, without the sensitivity table (seventeen more income valuations of the same right): what the
     * nightly revaluation of collateral needs, for 100,000 assets a night.
     */
    static Money value(ValuationInputs in) {
        return compute(in, false).value();
    }

    private static Result compute(ValuationInputs in, boolean withSensitivity) {
        if (in.assets().isEmpty()) throw new IllegalArgumentException("no asset to value");
        List<Money> forecast = in.revenueForecast().stream().map(Money::of).toList();
        if (in.assets().size() > 1) {
            return bundle(in, forecast);
        }
        ValuationInputs.AssetFacts a = in.assets().getFirst();
        IncomeParameters parameters = parameters(a.kind(), in.overrides());
        IncomeApproach approach = new IncomeApproach(parameters);
        ValuationSubject subject = new ValuationSubject(a.kind(), a.status(), a.protectionStart(), in.valuationDate());
        IndicatorScore score = a.kind().isPatent() ? MODEL.score(indicators(a, in)) : null;
        IncomeValuation income = score == null ? approach.value(subject, forecast) : approach.value(subject, forecast, score);
        SensitivityAnalysis.Table sensitivity = !withSensitivity ? null : new SensitivityAnalysis(approach)
                .table(subject, forecast, score, SensitivityAnalysis.STANDARD_CHANGES);
        return new Result(income.value(), score, income, sensitivity, null);
    }

    private static Result bundle(ValuationInputs in, List<Money> forecast) {
        IncomeParameters parameters = parameters(IpKind.INVENTION_PATENT, in.overrides());
        int n = in.assets().size();
        BigDecimal weight = BigDecimal.ONE.divide(BigDecimal.valueOf(n), 6, RoundingMode.DOWN);
        BigDecimal first = BigDecimal.ONE.subtract(weight.multiply(BigDecimal.valueOf(n - 1)));
        List<BundleMember> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ValuationInputs.AssetFacts a = in.assets().get(i);
            members.add(new BundleMember(Long.toString(a.assetId()),
                    new ValuationSubject(a.kind(), a.status(), a.protectionStart(), in.valuationDate()), i == 0 ? first : weight));
        }
        BundleValuation.Result result = new BundleValuation(parameters).value(forecast, members);
        return new Result(result.total(), null, null, null, result);
    }

    static IncomeParameters parameters(IpKind kind, ValuationInputs.Overrides o) {
        if (kind == IpKind.LICENCE_REVENUE_RIGHT) {
            throw ValuationRules.LICENCE_REVENUE_MANUAL.violation();
        }
        IncomeParameters p = IncomeParameters.defaultsFor(kind);
        if (o.splitRate() != null) p = p.withBaseSplitRate(new Rate(o.splitRate()));
        if (o.economicLifeYears() != null) p = p.withEconomicLifeYears(o.economicLifeYears());
        if (o.riskPremium() != null) p = p.withDiscount(p.riskFreeRate(), new Rate(o.riskPremium()));
        return p;
    }

    static PatentIndicators indicators(ValuationInputs.AssetFacts a, ValuationInputs in) {
        ValuationInputs.Overrides o = in.overrides();
        return new PatentIndicators(a.kind(), a.protectionStart(), a.status(), in.valuationDate(), a.claims(),
                Math.max(1, a.familySize()), a.citedBy(), a.adverseDisputes(), Math.max(1, a.ownerCount()),
                grade(o.advancementGrade()), grade(o.substitutabilityGrade()), grade(o.maturityGrade()),
                o.marketSize() == null ? Money.zero() : Money.of(o.marketSize()), a.licenceCount(),
                Money.of(a.ownerAnnualRevenue()));
    }

    private static int grade(Integer g) {
        return g == null ? UNGRADED : g;
    }
}
