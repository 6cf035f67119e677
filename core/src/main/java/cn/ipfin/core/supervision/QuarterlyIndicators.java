package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes a quarter's {@link Indicators} from the platform's own loans. The balance and the classification are those
 * of the loans as they stood at the quarter's end (the caller passes them so); a loan counts as new when it was
 * disbursed inside the quarter.
 */
public final class QuarterlyIndicators {

    private static final String NONE = "—";

    private QuarterlyIndicators() {
    }

    public static Indicators of(Quarter quarter, Collection<LoanFact> loans) {
        int newLoans = 0;
        Money newAmount = Money.zero();
        Money pledgedPrincipal = Money.zero();
        Money pledgedValue = Money.zero();
        Money balance = Money.zero();
        Money nplBalance = Money.zero();
        Set<Long> customers = new HashSet<>();
        for (LoanFact loan : loans) {
            if (quarter.contains(loan.disbursedOn())) {
                newLoans++;
                newAmount = newAmount.plus(loan.principal());
                if (loan.collateralValue() != null && loan.collateralValue().isPositive()) {
                    pledgedPrincipal = pledgedPrincipal.plus(loan.principal());
                    pledgedValue = pledgedValue.plus(loan.collateralValue());
                }
            }
            if (loan.balance().isPositive()) {
                balance = balance.plus(loan.balance());
                customers.add(loan.enterpriseId());
                if (loan.nonPerforming()) nplBalance = nplBalance.plus(loan.balance());
            }
        }
        return new Indicators(newLoans, newAmount, balance, customers.size(), ratio(pledgedPrincipal, pledgedValue),
                nplBalance, ratio(nplBalance, balance));
    }

    /** The indicators of each group, in the order of the keys (a loan without a key falls into "—"). */
    public static Map<String, Indicators> by(Quarter quarter, Collection<LoanFact> loans, Function<LoanFact, String> key) {
        Map<String, List<LoanFact>> groups = loans.stream().collect(Collectors.groupingBy(
                loan -> key.apply(loan) == null ? NONE : key.apply(loan), TreeMap::new, Collectors.toList()));
        Map<String, Indicators> result = new TreeMap<>();
        groups.forEach((group, members) -> result.put(group, of(quarter, members)));
        return result;
    }

    public static Map<Long, Indicators> byBank(Quarter quarter, Collection<LoanFact> loans) {
        Map<Long, List<LoanFact>> groups = loans.stream()
                .collect(Collectors.groupingBy(LoanFact::bankId, TreeMap::new, Collectors.toList()));
        Map<Long, Indicators> result = new TreeMap<>();
        groups.forEach((bank, members) -> result.put(bank, of(quarter, members)));
        return result;
    }

    static BigDecimal ratio(Money part, Money whole) {
        if (!whole.isPositive()) return null;
        return part.amount().divide(whole.amount(), Indicators.RATE_SCALE, RoundingMode.HALF_UP);
    }
}
