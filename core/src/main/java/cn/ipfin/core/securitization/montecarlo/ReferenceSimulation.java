package cn.ipfin.core.securitization.montecarlo;

import cn.ipfin.core.securitization.pool.LoanProjection;
import cn.ipfin.core.securitization.pool.Performance;
import cn.ipfin.core.securitization.pool.PoolFlows;
import cn.ipfin.core.securitization.pool.PoolLoan;
import cn.ipfin.core.securitization.structure.Waterfall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The straightforward scalar simulation, kept as the check on {@link MonteCarlo} and as the benchmark's baseline:
 * every scenario draws the same latent variables, finds each loan's default month by scanning the months, projects
 * every loan again with that default and adds the loans up, then runs the waterfall.
 */
public final class ReferenceSimulation {

    private final List<PoolLoan> loans;
    private final DefaultTimePool thresholds;
    private final double[] prepayRate;
    private final BigDecimal recoveryRate;
    private final int recoveryLag;
    private final RoundingMode rounding;
    private final Waterfall waterfall;
    private final CopulaModel model;

    public ReferenceSimulation(List<PoolLoan> loans, double[] prepayRate, BigDecimal recoveryRate, int recoveryLag,
                               RoundingMode rounding, Waterfall waterfall, CopulaModel model) {
        this.loans = List.copyOf(loans);
        this.thresholds = DefaultTimePool.of(loans, prepayRate, recoveryRate, recoveryLag, rounding);
        this.prepayRate = prepayRate.clone();
        this.recoveryRate = recoveryRate;
        this.recoveryLag = recoveryLag;
        this.rounding = rounding;
        this.waterfall = waterfall;
        this.model = model;
    }

    /** Tranche losses in fen for one scenario. */
    public long[] losses(long scenario) {
        SplittableRandom random = new SplittableRandom(model.scenarioSeed(scenario));
        double a = Math.sqrt(model.correlation());
        double b = Math.sqrt(1 - model.correlation());
        double systematic = a * random.nextGaussian();
        PoolFlows pool = PoolFlows.empty(thresholds.horizon());
        for (int i = 0; i < loans.size(); i++) {
            double z = systematic + b * random.nextGaussian();
            int month = -1;
            for (int t = 0; t < thresholds.term(i) && month < 0; t++) {
                if (z < thresholds.threshold(i, t)) month = t;
            }
            double[] mdr = new double[prepayRate.length];
            if (month >= 0) mdr[month] = 1.0;
            pool.add(new LoanProjection(new Performance(mdr, prepayRate, recoveryRate, recoveryLag), rounding).project(loans.get(i)));
        }
        return waterfall.losses(pool);
    }
}
