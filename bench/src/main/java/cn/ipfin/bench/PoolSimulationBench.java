package cn.ipfin.bench;

import cn.ipfin.core.securitization.montecarlo.CopulaModel;
import cn.ipfin.core.securitization.montecarlo.DefaultTimePool;
import cn.ipfin.core.securitization.montecarlo.MonteCarlo;
import cn.ipfin.core.securitization.montecarlo.ReferenceSimulation;
import cn.ipfin.core.securitization.pool.Amortization;
import cn.ipfin.core.securitization.pool.PoolLoan;
import cn.ipfin.core.securitization.structure.DealStructure;
import cn.ipfin.core.securitization.structure.PeriodRate;
import cn.ipfin.core.securitization.structure.Tranche;
import cn.ipfin.core.securitization.structure.Tranche.Seniority;
import cn.ipfin.core.securitization.structure.Waterfall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Issue 18's target: 1,000 loans × 36 monthly periods × 100,000 scenarios with the full waterfall (fees, three
 * tranches, reserve, deficiency payment, cumulative-default trigger) in under 10 s on 2 cores. In the same run the
 * straightforward {@link ReferenceSimulation} (every loan re-projected in every scenario) is timed on a sample of
 * scenarios, checked equal to the fen, and the ratio reported.
 * Core classes only: {@code java -cp core/target/classes:bench/target/classes cn.ipfin.bench.PoolSimulationBench}
 * Arguments (optional): {@code --scenarios=N --threads=N --reference=N}.
 */
public final class PoolSimulationBench {

    private static final double TARGET_S = 10;

    private PoolSimulationBench() {
    }

    public static void main(String[] args) {
        long scenarios = option(args, "scenarios", 100_000);
        int threads = (int) option(args, "threads", 2);
        int referenceScenarios = (int) option(args, "reference", 100);

        List<PoolLoan> loans = loans(1_000);
        double[] smm = new double[36];
        Arrays.fill(smm, 0.005);
        BigDecimal recovery = new BigDecimal("0.30");
        int lag = 3;
        long pool = loans.stream().mapToLong(PoolLoan::balanceFen).sum();
        List<Tranche> tranches = List.of(
                new Tranche("优先级A", Seniority.SENIOR, pool * 80 / 100, PeriodRate.monthlyOf("0.028", 8)),
                new Tranche("中间级B", Seniority.MEZZANINE, pool * 10 / 100, PeriodRate.monthlyOf("0.045", 8)),
                new Tranche("次级", Seniority.SUBORDINATED, pool - pool * 80 / 100 - pool * 10 / 100, PeriodRate.zero()));
        DealStructure deal = new DealStructure(tranches, 2_000_000, PeriodRate.monthlyOf("0.0005", 10), pool / 100, pool / 100,
                DealStructure.PrincipalMode.PRO_RATA, new BigDecimal("0.05"), pool * 4 / 100, RoundingMode.HALF_UP);
        Waterfall waterfall = new Waterfall(deal);
        CopulaModel model = new CopulaModel(0.20, 20261202L);

        long prepared = System.nanoTime();
        DefaultTimePool paths = DefaultTimePool.of(loans, smm, recovery, lag, RoundingMode.HALF_UP);
        MonteCarlo mc = new MonteCarlo(paths, waterfall, tranches, model);
        System.out.printf("Pool: %,d loans, %,.2f 元, %d periods (36 + recovery lag %d); prepared in %.2f s%n",
                loans.size(), pool / 100.0, paths.horizon(), lag, seconds(System.nanoTime() - prepared));

        mc.run(Math.min(scenarios, 5_000), 500, threads); // warm-up

        long started = System.nanoTime();
        MonteCarlo.SimulationResult result = mc.run(scenarios, 1_000, threads);
        double fastSeconds = seconds(System.nanoTime() - started);
        System.out.printf("%nMonte Carlo: %,d scenarios on %d threads in %.2f s (target < %.0f s: %s); %.1f defaults per scenario%n",
                scenarios, threads, fastSeconds, TARGET_S, fastSeconds < TARGET_S ? "met" : "NOT met", result.averageDefaults());
        for (MonteCarlo.TrancheRisk t : result.tranches()) {
            System.out.printf("  %-6s EL %.4f%% (± %.4f%%)  PD %.3f%%  rating %s%n", t.name(), 100 * t.expectedLoss(),
                    100 * t.standardError(), 100 * t.probabilityOfLoss(), t.rating());
        }

        long singleStarted = System.nanoTime();
        long single = Math.min(scenarios, 10_000);
        mc.run(single, 1_000, 1);
        double fastPerScenario = seconds(System.nanoTime() - singleStarted) / single;

        ReferenceSimulation reference = new ReferenceSimulation(loans, smm, recovery, lag, RoundingMode.HALF_UP, waterfall, model);
        for (long s = 0; s < 5; s++) reference.losses(s); // warm-up
        long refStarted = System.nanoTime();
        int mismatches = 0;
        for (long s = 0; s < referenceScenarios; s++) {
            if (!Arrays.equals(reference.losses(s), mc.losses(s))) mismatches++;
        }
        double refPerScenario = seconds(System.nanoTime() - refStarted) / referenceScenarios;
        System.out.printf("%nReference (re-project every loan, BigDecimal, one thread): %.2f ms per scenario over %d scenarios, "
                        + "%d differ from the fast path%n", refPerScenario * 1e3, referenceScenarios, mismatches);
        System.out.printf("Fast path, one thread: %.3f ms per scenario; ratio reference/fast = %.0f×%n",
                fastPerScenario * 1e3, refPerScenario / fastPerScenario);
        System.out.printf("Reference for %,d scenarios on %d threads would take about %.0f s%n", scenarios, threads,
                refPerScenario * scenarios / threads);
        System.exit(mismatches == 0 ? 0 : 1);
    }

    /** 1,000 enterprises' loans: 0.5–5 million yuan, 3.5%–6%, mostly 36 months, mixed repayment, PD 0.5%–6% by score. */
    static List<PoolLoan> loans(int count) {
        SplittableRandom random = new SplittableRandom(18L);
        Amortization[] types = Amortization.values();
        List<PoolLoan> loans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long fen = 50_000_000L + random.nextLong(450_000_000L);
            BigDecimal monthly = BigDecimal.valueOf(350 + random.nextInt(251), 4).divide(BigDecimal.valueOf(12), 8, RoundingMode.HALF_UP);
            int term = random.nextInt(4) == 0 ? 24 + random.nextInt(12) : 36;
            double pd = 0.005 + random.nextDouble() * 0.055;
            loans.add(new PoolLoan("E" + i, fen, monthly, term, types[random.nextInt(types.length)], pd));
        }
        return loans;
    }

    private static long option(String[] args, String name, long fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) return Long.parseLong(a.substring(name.length() + 3));
        }
        return fallback;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
