package cn.ipfin.core.securitization.pool;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One enterprise's loan in the asset pool, as the projection sees it: balance in fen, the rate per period (annual ÷
 * 12 for monthly loans, at the scale the servicer uses), periods left, repayment type and the annual default
 * probability from its score (used by the Monte Carlo, not by the CDR projection).
 */
public record PoolLoan(String id, long balanceFen, BigDecimal periodRate, int remainingPeriods, Amortization amortization,
                       double annualPd) {

    public PoolLoan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(periodRate, "periodRate");
        Objects.requireNonNull(amortization, "amortization");
        if (balanceFen <= 0) throw new IllegalArgumentException("贷款余额必须为正 / loan balance must be positive: " + id);
        if (remainingPeriods <= 0) throw new IllegalArgumentException("剩余期数必须为正 / remaining periods must be positive: " + id);
        if (periodRate.signum() < 0) throw new IllegalArgumentException("利率不能为负 / rate must not be negative: " + id);
        if (!(annualPd >= 0 && annualPd <= 1)) throw new IllegalArgumentException("违约概率须在0到1之间 / PD must be in [0,1]: " + id);
    }
}
