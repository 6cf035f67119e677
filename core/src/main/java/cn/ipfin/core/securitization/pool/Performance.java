package cn.ipfin.core.securitization.pool;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * The pool's assumed behaviour period by period: the share of the balance that defaults (MDR) and, of what is left,
 * the share that prepays (SMM); what a default recovers and how many periods later (collateral disposal takes time).
 */
public record Performance(double[] defaultRate, double[] prepayRate, BigDecimal recoveryRate, int recoveryLag) {

    public Performance {
        Objects.requireNonNull(recoveryRate, "recoveryRate");
        if (defaultRate.length != prepayRate.length) throw new IllegalArgumentException("default and prepay vectors differ in length");
        if (recoveryRate.signum() < 0 || recoveryRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("回收率须在0到1之间 / recovery rate must be in [0,1]: " + recoveryRate);
        }
        if (recoveryLag < 0) throw new IllegalArgumentException("回收滞后不能为负 / recovery lag must not be negative");
        defaultRate = defaultRate.clone();
        prepayRate = prepayRate.clone();
    }

    /** Constant annual CDR and CPR over {@code periods} months: 1 − (1 − annual)^(1/12) each month. */
    public static Performance monthly(double cdr, double cpr, int periods, BigDecimal recoveryRate, int recoveryLag) {
        double[] d = new double[periods];
        double[] p = new double[periods];
        Arrays.fill(d, periodRate(cdr, 1.0 / 12));
        Arrays.fill(p, periodRate(cpr, 1.0 / 12));
        return new Performance(d, p, recoveryRate, recoveryLag);
    }

    /** Annual rates turned into each period's by its actual days: 1 − (1 − annual)^(days/365), Hastructure's convention. */
    public static Performance byDays(double cdr, double cpr, int[] days, BigDecimal recoveryRate, int recoveryLag) {
        double[] d = new double[days.length];
        double[] p = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            d[i] = periodRate(cdr, days[i] / 365.0);
            p[i] = periodRate(cpr, days[i] / 365.0);
        }
        return new Performance(d, p, recoveryRate, recoveryLag);
    }

    public static double periodRate(double annual, double yearFraction) {
        return annual == 0 ? 0 : 1 - Math.pow(1 - annual, yearFraction);
    }

    public int periods() {
        return defaultRate.length;
    }

    double defaultAt(int period) {
        return period < defaultRate.length ? defaultRate[period] : 0;
    }

    double prepayAt(int period) {
        return period < prepayRate.length ? prepayRate[period] : 0;
    }
}
