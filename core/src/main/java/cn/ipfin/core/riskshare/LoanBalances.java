package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;
import java.util.Objects;

/**
 * What a defaulted loan still owes on the day of default, from servicing's position: principal outstanding, interest
 * due and accrued, and penalty and compound interest (罚息、复利).
 */
public record LoanBalances(Money principal, Money interest, Money penalty) {

    public LoanBalances {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(penalty, "penalty");
        if (principal.isNegative() || interest.isNegative() || penalty.isNegative()) {
            throw new IllegalArgumentException("余额不能为负 / balances cannot be negative");
        }
    }
}
