package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;

import java.util.List;

/**
 * A year's figures from its quarters' (年度工作总结): the flows add up (new loans, their amount and the collateral they
 * were pledged against), the stocks are the last quarter's (balance, customers and NPL at the year's end, or at the
 * latest quarter's end while the year runs).
 */
public final class AnnualFigures {

    private AnnualFigures() {
    }

    /** @param quarters the year's quarters so far, oldest first */
    public static QuarterFigures of(List<QuarterFigures> quarters) {
        if (quarters.isEmpty()) return QuarterFigures.NONE;
        int newLoans = 0;
        Money newAmount = Money.zero();
        Money pledgedPrincipal = Money.zero();
        Money pledgedValue = Money.zero();
        for (QuarterFigures q : quarters) {
            newLoans += q.newLoans();
            newAmount = newAmount.plus(q.newAmount());
            pledgedPrincipal = pledgedPrincipal.plus(q.pledgedPrincipal());
            pledgedValue = pledgedValue.plus(q.pledgedValue());
        }
        QuarterFigures last = quarters.getLast();
        return new QuarterFigures(newLoans, newAmount, last.balance(), last.customers(), pledgedPrincipal, pledgedValue,
                last.nplBalance());
    }
}
