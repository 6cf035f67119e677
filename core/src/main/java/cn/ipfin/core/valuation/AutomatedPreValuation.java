package cn.ipfin.core.valuation;

import cn.ipfin.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * The automated pre-valuation of a patent that precedes the valuer's review (issue 5, "automated pre-valuation"):
 * the indicator score, then the income approach with the split rate and the life adjusted by that score.
 */
public final class AutomatedPreValuation {

    private final IndicatorModel model;
    private final IncomeApproach income;

    public AutomatedPreValuation(IndicatorModel model, IncomeApproach income) {
        this.model = Objects.requireNonNull(model, "model");
        this.income = Objects.requireNonNull(income, "income");
    }

    /** The built-in policy: indicator model CN-PVD-2026.1 and the patent income parameters. */
    public static AutomatedPreValuation defaults() {
        return new AutomatedPreValuation(new IndicatorModel(IndicatorModelConfig.cnPvd2026()),
                new IncomeApproach(IncomeParameters.patentDefaults()));
    }

    public Result value(PatentIndicators patent, List<Money> revenueForecast) {
        IndicatorScore score = model.score(patent);
        return new Result(score, income.value(patent.asSubject(), revenueForecast, score));
    }

    public record Result(IndicatorScore score, IncomeValuation income) {
        public Money value() {
            return income.value();
        }
    }
}
