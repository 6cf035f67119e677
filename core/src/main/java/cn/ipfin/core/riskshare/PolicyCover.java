package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;

/**
 * What an enterprise's own IP insurance policy (Shenzhen 004 (八): 侵权责任险、执行险、海外侵权责任保险、交易保险) pays
 * on one claim: the loss above the deductible of each claim, within what is left of the cover limit after the claims
 * already approved on the policy.
 */
public record PolicyCover(Money limit, Money deductible) {

    public PolicyCover {
        if (!limit.isPositive() || deductible.isNegative() || !deductible.isLessThan(limit)) {
            throw new IllegalArgumentException("a cover limit " + limit + " above a deductible " + deductible);
        }
    }

    public static boolean valid(Money limit, Money deductible) {
        return limit != null && deductible != null && limit.isPositive() && !deductible.isNegative()
                && deductible.isLessThan(limit);
    }

    /** The most the insurer can approve on a claim of {@code claimed}, after {@code approvedBefore} on the policy. */
    public Money payable(Money claimed, Money approvedBefore) {
        Money aboveDeductible = claimed.minus(deductible).max(Money.zero());
        Money leftOfLimit = limit.minus(approvedBefore).max(Money.zero());
        return aboveDeductible.min(leftOfLimit);
    }
}
