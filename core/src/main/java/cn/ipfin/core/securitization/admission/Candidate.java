package cn.ipfin.core.securitization.admission;

import cn.ipfin.core.money.Money;

import java.util.Objects;

/**
 * An enterprise as the asset-pool screen sees it (Longnan 二(二)2: "结合知识产权、企业营收、利润等指标"): its
 * qualifications, age, last year's revenue and profit, the best IP quality score of what it would pledge, whether it
 * is on a credit list, its industry and park, and the loan it asks for.
 */
public record Candidate(String enterpriseId, String name, boolean specialised, boolean highTech, int yearsEstablished,
                        Money revenue, Money profit, int ipScore, boolean creditListed, String industry, String park,
                        Money requested) {

    public Candidate {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(profit, "profit");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(park, "park");
        Objects.requireNonNull(requested, "requested");
        if (!requested.isPositive()) throw new IllegalArgumentException("申请金额必须为正 / requested amount must be positive: " + enterpriseId);
    }
}
