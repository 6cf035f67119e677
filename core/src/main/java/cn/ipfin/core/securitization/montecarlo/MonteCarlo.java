package cn.ipfin.core.securitization.montecarlo;

import cn.ipfin.core.securitization.pool.PoolFlows;
import cn.ipfin.core.securitization.structure.Tranche;
import cn.ipfin.core.securitization.structure.Waterfall;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Tranche loss distributions under correlated defaults: each scenario draws defaults from the {@link CopulaModel},
 * builds the pool's flows ({@link DefaultTimePool}) and runs the full {@link Waterfall}. Work is cut into
 * {@link ScenarioRange}s; {@link #run(ScenarioRange)} is all a remote worker needs, and results merge in range order.
 */
public final class MonteCarlo {

    private final DefaultTimePool pool;
    private final Waterfall waterfall;
    private final long[] trancheBalance;
    private final List<String> trancheNames;
    private final CopulaModel model;

    public MonteCarlo(DefaultTimePool pool, Waterfall waterfall, List<Tranche> tranches, CopulaModel model) {
        this.pool = pool;
        this.waterfall = waterfall;
        this.trancheBalance = tranches.stream().mapToLong(Tranche::balanceFen).toArray();
        this.trancheNames = tranches.stream().map(Tranche::name).toList();
        this.model = model;
    }

    /** One range, on the calling thread. */
    public LossAccumulator run(ScenarioRange range) {
        LossAccumulator acc = new LossAccumulator(trancheBalance);
        int[] defaultMonth = new int[pool.loans()];
        PoolFlows scratch = PoolFlows.empty(pool.horizon());
        Waterfall.LossRun losses = waterfall.lossRun(pool.horizon());
        for (long s = range.first(); s < range.end(); s++) {
            int defaults = pool.drawDefaults(model, s, defaultMonth);
            acc.add(losses.losses(pool.flows(defaultMonth, scratch)), defaults);
        }
        return acc;
    }

    /** Tranche losses in fen for one scenario (what the reference simulation must agree with). */
    public long[] losses(long scenario) {
        int[] defaultMonth = new int[pool.loans()];
        pool.drawDefaults(model, scenario, defaultMonth);
        return waterfall.losses(pool.flows(defaultMonth, PoolFlows.empty(pool.horizon())));
    }

    /** All scenarios in ranges of {@code rangeSize} on {@code threads} threads; same result for any thread count. */
    public SimulationResult run(long scenarios, int rangeSize, int threads) {
        List<ScenarioRange> ranges = ScenarioRange.split(scenarios, rangeSize);
        List<LossAccumulator> parts;
        ForkJoinPool workers = new ForkJoinPool(threads);
        try {
            parts = workers.submit(() -> ranges.parallelStream().map(this::run).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("模拟被中断 / simulation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("模拟失败 / simulation failed", e.getCause());
        } finally {
            workers.shutdown();
        }
        LossAccumulator total = new LossAccumulator(trancheBalance);
        for (LossAccumulator part : parts) total = total.merge(part);
        return SimulationResult.of(trancheNames, total);
    }

    public record TrancheRisk(String name, double expectedLoss, double standardError, double probabilityOfLoss,
                              String rating, long[] histogram) {
    }

    public record SimulationResult(long scenarios, double averageDefaults, List<TrancheRisk> tranches, LossAccumulator totals) {

        static SimulationResult of(List<String> names, LossAccumulator acc) {
            List<TrancheRisk> risks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                double el = acc.expectedLoss(i);
                double pd = acc.probabilityOfLoss(i);
                risks.add(new TrancheRisk(names.get(i), el, acc.standardError(i), pd, RatingScale.rate(el, pd), acc.histogram(i)));
            }
            return new SimulationResult(acc.scenarios(), acc.averageDefaults(), risks, acc);
        }

        public TrancheRisk tranche(String name) {
            return tranches.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        }
    }
}
