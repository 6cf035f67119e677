package cn.ipfin.core.valuation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One right in a bundle (打包组合, e.g. "patent + trademark") and its contribution weight: the share of the bundle's
 * combined royalty that this right earns. The weights of a bundle sum to 1.
 */
public record BundleMember(String assetId, ValuationSubject subject, BigDecimal contributionWeight) {
    public BundleMember {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(contributionWeight, "contributionWeight");
        if (contributionWeight.signum() < 0) throw new IllegalArgumentException("贡献权重不能为负 / a contribution weight cannot be negative");
    }
}
