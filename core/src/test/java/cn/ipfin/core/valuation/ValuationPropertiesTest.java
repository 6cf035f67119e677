package cn.ipfin.core.valuation;

import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static cn.ipfin.core.valuation.PatentFixture.aPatent;
import static cn.ipfin.core.valuation.PatentFixture.aRandomPatent;
import static cn.ipfin.core.valuation.PatentFixture.forecast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Properties over seeded random patents: each repetition uses its own seed, so a failure is reproducible. */
class ValuationPropertiesTest {

    private final AutomatedPreValuation engine = AutomatedPreValuation.defaults();

    private static SplittableRandom random(RepetitionInfo info) {
        return new SplittableRandom(0x1BF1_2026L + info.getCurrentRepetition());
    }

    @RepeatedTest(200)
    void value_falls_when_the_remaining_term_falls(RepetitionInfo info) {
        SplittableRandom random = random(info);
        PatentIndicators patent = aRandomPatent(random).build();
        List<Money> revenue = forecast(random, 12);
        PatentIndicators later = patent.on(patent.valuationDate().plusDays(random.nextInt(30, 3000)));

        Money now = engine.value(patent, revenue).value();
        Money afterwards = engine.value(later, revenue).value();

        assertThat(afterwards).isLessThanOrEqualTo(now);
    }

    @Test
    void value_strictly_falls_when_the_legal_term_binds() {
        List<Money> revenue = List.of(Money.of("10000000.00"));
        PatentIndicators fourYearsLeft = aPatent().filedOn("2010-01-01").valuedOn("2026-01-01").build();

        Money now = engine.value(fourYearsLeft, revenue).value();
        Money yearLater = engine.value(fourYearsLeft.on(fourYearsLeft.valuationDate().plusYears(1)), revenue).value();

        assertThat(yearLater).isLessThan(now);
    }

    @RepeatedTest(200)
    void value_rises_with_revenue(RepetitionInfo info) {
        SplittableRandom random = random(info);
        PatentIndicators patent = aRandomPatent(random).build();
        List<Money> revenue = forecast(random, 10);
        BigDecimal uplift = BigDecimal.ONE.add(BigDecimal.valueOf(random.nextInt(1, 100), 2));
        List<Money> more = revenue.stream().map(m -> m.times(uplift, RoundingMode.HALF_UP)).toList();

        assertThat(engine.value(patent, more).value()).isGreaterThanOrEqualTo(engine.value(patent, revenue).value());
    }

    @RepeatedTest(100)
    void value_is_zero_for_a_lapsed_patent(RepetitionInfo info) {
        SplittableRandom random = random(info);
        LegalStatus status = List.of(LegalStatus.LAPSED, LegalStatus.EXPIRED, LegalStatus.INVALIDATED).get(random.nextInt(3));
        PatentIndicators lapsed = aRandomPatent(random).build().withStatus(status);

        AutomatedPreValuation.Result result = engine.value(lapsed, forecast(random, 10));

        assertThat(result.value()).isEqualTo(Money.zero());
        assertThat(result.income().years()).isEmpty();
        assertThat(result.income().zeroReason()).contains(status.name());
    }

    @RepeatedTest(200)
    void explanation_contributions_add_up_to_the_score_exactly(RepetitionInfo info) {
        IndicatorScore score = new IndicatorModel(IndicatorModelConfig.cnPvd2026()).score(aRandomPatent(random(info)).build());

        BigDecimal sum = score.contributions().stream().map(IndicatorContribution::points).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(sum).isEqualTo(score.total());
        assertThat(score.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    @RepeatedTest(100)
    void the_income_table_adds_up_to_the_value(RepetitionInfo info) {
        SplittableRandom random = random(info);
        IncomeValuation income = engine.value(aRandomPatent(random).build(), forecast(random, 8)).income();

        Money sum = income.years().stream().map(IncomeYear::presentValue).reduce(Money.zero(), Money::plus);

        assertThat(sum).isEqualTo(income.value());
    }

    @RepeatedTest(100)
    void combination_weights_must_sum_to_one(RepetitionInfo info) {
        SplittableRandom random = random(info);
        BigDecimal a = BigDecimal.valueOf(random.nextInt(0, 101), 2);
        BigDecimal b = BigDecimal.valueOf(random.nextInt(0, 101), 2);
        BigDecimal c = BigDecimal.ONE.subtract(a).subtract(b);
        Map<Approach, BigDecimal> exact = Map.of(Approach.INCOME, a, Approach.COST, b, Approach.MARKET, c);
        BigDecimal off = BigDecimal.valueOf(random.nextInt(1, 50), 3);
        Map<Approach, BigDecimal> wrong = Map.of(Approach.INCOME, a.add(off), Approach.COST, b, Approach.MARKET, c);

        if (c.signum() >= 0) {
            CombinedValuation v = CombinedValuation.combine(Map.of(Approach.INCOME, Money.ofFen(random.nextLong(0, 1_000_000_000L)),
                    Approach.COST, Money.ofFen(random.nextLong(0, 1_000_000_000L)), Approach.MARKET, Money.ofFen(random.nextLong(0, 1_000_000_000L))),
                    new ApproachWeights(exact));
            assertThat(v.contributions().values().stream().reduce(Money.zero(), Money::plus)).isEqualTo(v.value());
        }
        assertThatThrownBy(() -> new ApproachWeights(wrong)).isInstanceOf(IllegalArgumentException.class);
    }
}
