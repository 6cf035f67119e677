package cn.ipfin.bench;

import cn.ipfin.core.scoring.Binning;
import cn.ipfin.core.scoring.ExpertWeights;
import cn.ipfin.core.scoring.PointsScaling;
import cn.ipfin.core.scoring.Scorecard;
import cn.ipfin.core.scoring.ScorecardTrainer;
import cn.ipfin.core.scoring.TrainingSet;
import cn.ipfin.core.whitelist.Anonymiser;
import cn.ipfin.core.whitelist.AnonymisedRelease;
import cn.ipfin.core.whitelist.CandidateProfile;
import cn.ipfin.core.whitelist.PseudonymousTokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Whitelist generation's engine work over a large district (issue 19): 1,000,000 enterprises holding 5,000,000 IP
 * assets between them are scored with the expert "IP + credit" card, the programme rule keeps those with IP in
 * force that reach the threshold, and one bank's 5-anonymous release of the candidates is built (tokens, ranges,
 * generalisation rounds, the k check). The database read of the views is not part of it.
 *
 *     java -Xmx3g -cp core/target/classes:bench/target/classes cn.ipfin.bench.WhitelistGenerationBench [enterprises]
 */
public final class WhitelistGenerationBench {

    private static final String[] INDUSTRIES = {"C3914", "C3911", "C3919", "C3562", "C3563", "C2710", "C2720", "I6510",
            "I6520", "M7320", "M7330", "C3831", "C3832", "C4011", "C4012", "A0111", "F4813", "L7251", "C2926", "C3311"};

    private WhitelistGenerationBench() {
    }

    public static void main(String[] args) {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int assetsPerEnterprise = 5;
        List<TrainingSet.FeatureSpec> features = List.of(
                new TrainingSet.FeatureSpec("patents", Binning.numeric(1, 3, 6, 11)),
                new TrainingSet.FeatureSpec("trademarks", Binning.numeric(1, 3)),
                new TrainingSet.FeatureSpec("ipValueWan", Binning.numeric(50, 200, 1000)),
                new TrainingSet.FeatureSpec("rdIntensity", Binning.numeric(1, 3, 6)),
                new TrainingSet.FeatureSpec("yearsEstablished", Binning.numeric(2, 5, 10)),
                new TrainingSet.FeatureSpec("revenueGrowth", Binning.numeric(-10, 0, 15)),
                new TrainingSet.FeatureSpec("qualifications", Binning.numeric(1, 2, 3)),
                new TrainingSet.FeatureSpec("maxDpd", Binning.numeric(1, 31, 91)));
        ExpertWeights expert = new ExpertWeights(300, Map.of(
                "patents", new ExpertWeights.FeatureWeight(150, List.of(0, 30, 55, 80, 100)),
                "trademarks", new ExpertWeights.FeatureWeight(40, List.of(0, 60, 100)),
                "ipValueWan", new ExpertWeights.FeatureWeight(100, List.of(0, 40, 75, 100)),
                "rdIntensity", new ExpertWeights.FeatureWeight(80, List.of(0, 40, 75, 100)),
                "yearsEstablished", new ExpertWeights.FeatureWeight(60, List.of(10, 45, 80, 100)),
                "revenueGrowth", new ExpertWeights.FeatureWeight(60, List.of(0, 40, 70, 100)),
                "qualifications", new ExpertWeights.FeatureWeight(70, List.of(0, 50, 80, 100)),
                "maxDpd", new ExpertWeights.FeatureWeight(90, List.of(100, 60, 20, 0))));
        Scorecard card = new ScorecardTrainer(PointsScaling.PLATFORM_DEFAULT, expert, 50)
                .expertCard("IPCS-bench", features).card();

        Random random = new Random(19);
        long assets = 0;
        long started = System.nanoTime();
        List<CandidateProfile> candidates = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < enterprises; i++) {
            // asset counts: geometric with mean 5, so 1,000,000 enterprises hold about 5,000,000 assets
            int held = (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - 1.0 / (assetsPerEnterprise + 1)));
            assets += held;
            int patents = (int) Math.round(held * 0.8);
            int trademarks = held - patents;
            int years = random.nextInt(30);
            long revenueFen = (long) Math.exp(random.nextGaussian() * 1.5 + 22);
            values.put("patents", Integer.toString(patents));
            values.put("trademarks", Integer.toString(trademarks));
            values.put("ipValueWan", Integer.toString(held * (20 + random.nextInt(200))));
            values.put("rdIntensity", Integer.toString(random.nextInt(10)));
            values.put("yearsEstablished", Integer.toString(years));
            values.put("revenueGrowth", Integer.toString(random.nextInt(60) - 20));
            values.put("qualifications", Integer.toString(random.nextInt(4)));
            values.put("maxDpd", random.nextInt(20) == 0 ? Integer.toString(random.nextInt(120)) : "0");
            int score = card.score(values);
            if (held > 0 && score >= 600) {
                String code = String.format("4207%02d", random.nextInt(6));
                candidates.add(new CandidateProfile("E" + i, "", "", "", List.of(),
                        INDUSTRIES[(int) (INDUSTRIES.length * Math.pow(random.nextDouble(), 2))],
                        "42/4207/" + code, years, revenueFen, patents, score));
            }
        }
        long scored = System.nanoTime();
        Anonymiser anonymiser = Anonymiser.standard(new PseudonymousTokens(
                "bench-platform-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
        AnonymisedRelease release = anonymiser.release("bank-1", "2026Q4", candidates).forBank();
        long released = System.nanoTime();

        System.out.printf("enterprises %,d, IP assets %,d%n", enterprises, assets);
        System.out.printf("scored and filtered by rule: %,d ms (%,d candidates at 600 points or more)%n",
                (scored - started) / 1_000_000, candidates.size());
        System.out.printf("one bank's 5-anonymous release: %,d ms (%,d rows, %,d suppressed, levels %s, smallest class %d)%n",
                (released - scored) / 1_000_000, release.candidates().size(), release.suppressed(), release.levels(),
                AnonymisedRelease.smallestEquivalenceClass(release.candidates()));
        System.out.printf("total %,d ms%n", (released - started) / 1_000_000);
    }
}
