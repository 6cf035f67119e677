package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;

/**
 * A quarter's figures as supervision keeps them: sums that add up across loans, from which the {@link Indicators} and
 * their rates follow (a stored rate could not be re-derived or checked).
 *
 * @param pledgedPrincipal principal of the quarter's new loans whose collateral has an appraised value
 * @param pledgedValue     that collateral's appraised value
 */
public record QuarterFigures(int newLoans, Money newAmount, Money balance, int customers, Money pledgedPrincipal,
                             Money pledgedValue, Money nplBalance) {

    public static final QuarterFigures NONE = new QuarterFigures(0, Money.zero(), Money.zero(), 0, Money.zero(),
            Money.zero(), Money.zero());

    public Indicators indicators() {
        return new Indicators(newLoans, newAmount, balance, customers,
                QuarterlyIndicators.ratio(pledgedPrincipal, pledgedValue), nplBalance,
                QuarterlyIndicators.ratio(nplBalance, balance));
    }
}
