package cn.ipfin.core.securitization.structure;

import java.util.Objects;

/**
 * A class of notes: 优先级 (senior), 中间级 (mezzanine) or 次级 (subordinated). The subordinated tranche earns no
 * coupon; it takes what is left (excess spread) and the first losses. Balance in fen.
 */
public record Tranche(String name, Seniority seniority, long balanceFen, PeriodRate coupon) {

    public enum Seniority { SENIOR, MEZZANINE, SUBORDINATED }

    public Tranche {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(coupon, "coupon");
        if (balanceFen <= 0) throw new IllegalArgumentException("档位金额必须为正 / tranche balance must be positive: " + name);
    }

    public boolean isResidual() {
        return seniority == Seniority.SUBORDINATED;
    }
}
