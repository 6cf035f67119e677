package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;

/**
 * Which balances count as the loss that is shared. Risk-compensation funds commonly compensate the principal loss
 * (本金损失) only; guarantees usually cover principal and interest. Penalty and compound interest are never shared:
 * they are the bank's charge for the borrower's delay, not a loss a guarantor or the fund agreed to bear.
 */
public enum LossBasis {
    PRINCIPAL,
    PRINCIPAL_AND_INTEREST;

    /**
     * The loss to share: the counted balances less what was already recovered before the claim (e.g. a partial
     * repayment after acceleration), never below zero.
     */
    public Money loss(LoanBalances balances, Money recoveredBeforeClaim) {
        Money counted = this == PRINCIPAL ? balances.principal() : balances.principal().plus(balances.interest());
        return counted.minus(recoveredBeforeClaim).max(Money.zero());
    }
}
