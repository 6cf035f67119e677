package cn.ipfin.whitelist;

import cn.ipfin.core.scoring.Binning;
import cn.ipfin.core.scoring.ExpertWeights;
import cn.ipfin.core.scoring.PointsScaling;
import cn.ipfin.core.scoring.ScorecardTrainer;
import cn.ipfin.core.scoring.TrainedScorecard;
import cn.ipfin.core.scoring.TrainingSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The platform's "IP + credit" card (issue 19): IP (patents and trademarks in force, their appraised value),
 * innovation (R&D intensity, qualifications including 知识产权优势/示范企业 and 贯标) and credit (years established,
 * revenue trend, worst days past due on the platform). Trained on the platform's own loan outcomes once there are
 * at least 50 goods and 50 bads; until then the expert weights below, which put IP first as seed 003 §一 asks.
 * The enterprises' credit-list entries are a rule (never a candidate), not a feature.
 */
final class IpCreditCard {

    static final String PATENTS = "patents";
    static final String TRADEMARKS = "trademarks";
    static final String IP_VALUE_WAN = "ipValueWan";
    static final String RD_INTENSITY = "rdIntensity";
    static final String YEARS = "yearsEstablished";
    static final String REVENUE_GROWTH = "revenueGrowth";
    static final String QUALIFICATIONS = "qualifications";
    static final String MAX_DPD = "maxDpd";

    static final List<TrainingSet.FeatureSpec> FEATURES = List.of(
            new TrainingSet.FeatureSpec(PATENTS, Binning.numeric(1, 3, 6, 11)),
            new TrainingSet.FeatureSpec(TRADEMARKS, Binning.numeric(1, 3)),
            new TrainingSet.FeatureSpec(IP_VALUE_WAN, Binning.numeric(50, 200, 1000)),
            new TrainingSet.FeatureSpec(RD_INTENSITY, Binning.numeric(1, 3, 6)),
            new TrainingSet.FeatureSpec(YEARS, Binning.numeric(2, 5, 10)),
            new TrainingSet.FeatureSpec(REVENUE_GROWTH, Binning.numeric(-10, 0, 15)),
            new TrainingSet.FeatureSpec(QUALIFICATIONS, Binning.numeric(1, 2, 3)),
            new TrainingSet.FeatureSpec(MAX_DPD, Binning.numeric(1, 31, 91)));

    /** Base 300; at most 650 more; a bin's points are its feature's weight times its grade. */
    static final ExpertWeights EXPERT = new ExpertWeights(300, Map.of(
            PATENTS, new ExpertWeights.FeatureWeight(150, List.of(0, 30, 55, 80, 100)),
            TRADEMARKS, new ExpertWeights.FeatureWeight(40, List.of(0, 60, 100)),
            IP_VALUE_WAN, new ExpertWeights.FeatureWeight(100, List.of(0, 40, 75, 100)),
            RD_INTENSITY, new ExpertWeights.FeatureWeight(80, List.of(0, 40, 75, 100)),
            YEARS, new ExpertWeights.FeatureWeight(60, List.of(10, 45, 80, 100)),
            REVENUE_GROWTH, new ExpertWeights.FeatureWeight(60, List.of(0, 40, 70, 100)),
            QUALIFICATIONS, new ExpertWeights.FeatureWeight(70, List.of(0, 50, 80, 100)),
            MAX_DPD, new ExpertWeights.FeatureWeight(90, List.of(100, 60, 20, 0))));

    private static final ScorecardTrainer TRAINER = new ScorecardTrainer(PointsScaling.PLATFORM_DEFAULT, EXPERT,
            ScorecardTrainer.DEFAULT_MINIMUM_OF_EACH);

    private IpCreditCard() {
    }

    /**
     * The card of this period: trained on the enterprises with loans when they are enough (the days past due are
     * the outcome there, so not a feature), expert otherwise, or when the regression cannot be fitted (a feature
     * constant over the book).
     */
    static TrainedScorecard build(String version, List<EnterpriseFacts.Facts> population) {
        List<TrainingSet.FeatureSpec> trainedOn = FEATURES.stream().filter(f -> !f.name().equals(MAX_DPD)).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        for (EnterpriseFacts.Facts facts : population) {
            if (facts.hasLoan()) {
                rows.add(facts.features());
                outcomes.add(facts.wentBad());
            }
        }
        boolean[] bad = new boolean[outcomes.size()];
        for (int i = 0; i < bad.length; i++) bad[i] = outcomes.get(i);
        TrainingSet data = new TrainingSet(trainedOn, rows, bad);
        if (data.bads() < ScorecardTrainer.DEFAULT_MINIMUM_OF_EACH || data.goods() < ScorecardTrainer.DEFAULT_MINIMUM_OF_EACH) {
            return TRAINER.expertCard(version, FEATURES);
        }
        try {
            return TRAINER.train(version, data, new double[0]);
        } catch (IllegalArgumentException collinear) {
            return TRAINER.expertCard(version, FEATURES);
        }
    }
}
