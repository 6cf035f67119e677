package cn.ipfin.core.securitization.admission;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The operator's admission standards (入库标准) and risk-control indicators (风控指标) for a pool, Longnan 二(二)2:
 * floors each enterprise must meet, and concentration limits the pool as a whole must keep (a share of the target
 * size per obligor, per industry and per park). Data, not code: a project states its own.
 */
public record AdmissionPolicy(boolean requireSpecialisedOrHighTech, int minYearsEstablished, Money minRevenue,
                              Money minProfit, int minIpScore, BigDecimal maxObligorShare, BigDecimal maxIndustryShare,
                              BigDecimal maxParkShare, Money targetSize) {

    public AdmissionPolicy {
        Objects.requireNonNull(minRevenue, "minRevenue");
        Objects.requireNonNull(minProfit, "minProfit");
        Objects.requireNonNull(targetSize, "targetSize");
        if (!targetSize.isPositive()) throw new IllegalArgumentException("目标规模必须为正 / target size must be positive");
    }
}
