package cn.ipfin.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Builds the "IP + credit" card. With enough outcomes (at least {@code minimumOfEach} goods and as many bads) it
 * bins each feature, replaces values by their WoE, fits a logistic regression and scales it to points; with fewer
 * it falls back to the expert weights, because a regression on a dozen defaults would only fit noise.
 */
public record ScorecardTrainer(PointsScaling scaling, ExpertWeights expertWeights, int minimumOfEach) {

    /** A rule of thumb for a small book: fewer than 50 of either outcome and the expert card is used. */
    public static final int DEFAULT_MINIMUM_OF_EACH = 50;

    /** @param previousScores the scores of the population the previous version was built on (empty: no PSI) */
    public TrainedScorecard train(String version, TrainingSet data, double[] previousScores) {
        if (data.bads() < minimumOfEach || data.goods() < minimumOfEach) {
            return expertCard(version, data.features());
        }
        boolean[] bad = data.bad();
        List<WoeTable> tables = new ArrayList<>();
        for (TrainingSet.FeatureSpec feature : data.features()) {
            tables.add(WoeTable.compute(feature.name(), feature.binning(), data.valuesOf(feature.name()), bad));
        }
        double[][] x = new double[bad.length][tables.size()];
        for (int i = 0; i < bad.length; i++) {
            Map<String, String> row = data.rows().get(i);
            for (int j = 0; j < tables.size(); j++) {
                x[i][j] = tables.get(j).woeOf(row.get(tables.get(j).feature()));
            }
        }
        LogisticModel model = LogisticRegression.fit(x, bad);
        List<ScorecardFeature> features = new ArrayList<>();
        for (int j = 0; j < tables.size(); j++) {
            WoeTable table = tables.get(j);
            double coefficient = model.coefficient(j);
            features.add(new ScorecardFeature(table.feature(), table.binning(), table.bins().stream()
                    .map(bin -> new ScorecardFeature.BinPoints(bin.label(), bin.woe(),
                            scaling.binPoints(coefficient, bin.woe())))
                    .toList()));
        }
        Scorecard card = new Scorecard(version, ScorecardMethod.TRAINED, scaling.basePoints(model.intercept()), features);
        double[] scores = data.rows().stream().mapToDouble(card::score).toArray();
        double[] risk = Arrays.stream(scores).map(score -> -score).toArray();
        double psi = previousScores.length == 0 ? 0 : ModelValidation.psi(previousScores, scores, decilesOf(previousScores));
        ModelValidation validation = new ModelValidation(ModelValidation.auc(risk, bad), ModelValidation.ks(risk, bad), psi);
        return new TrainedScorecard(card, tables, Optional.of(model), Optional.of(validation));
    }

    public TrainedScorecard expertCard(String version, List<TrainingSet.FeatureSpec> specs) {
        List<ScorecardFeature> features = new ArrayList<>();
        for (TrainingSet.FeatureSpec spec : specs) {
            ExpertWeights.FeatureWeight weight = expertWeights.weightOf(spec.name());
            List<String> labels = spec.binning().labels();
            if (weight.gradePerBin().size() != labels.size()) {
                throw new IllegalArgumentException(spec.name() + ": " + weight.gradePerBin().size() + " grades for "
                        + labels.size() + " bins");
            }
            List<ScorecardFeature.BinPoints> bins = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                bins.add(new ScorecardFeature.BinPoints(labels.get(i), Double.NaN, weight.pointsOf(i)));
            }
            features.add(new ScorecardFeature(spec.name(), spec.binning(), bins));
        }
        Scorecard card = new Scorecard(version, ScorecardMethod.EXPERT, expertWeights.basePoints(), features);
        return new TrainedScorecard(card, List.of(), Optional.empty(), Optional.empty());
    }

    /** Deciles of the reference population, distinct, as PSI bins. */
    static Binning.Numeric decilesOf(double[] population) {
        double[] sorted = population.clone();
        Arrays.sort(sorted);
        return new Binning.Numeric(IntStream.rangeClosed(1, 9)
                .mapToDouble(d -> sorted[Math.min(sorted.length - 1, d * sorted.length / 10)])
                .distinct().toArray());
    }
}
