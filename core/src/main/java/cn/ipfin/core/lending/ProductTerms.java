package cn.ipfin.core.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one version of a bank's IP-finance product offers (seed 004 (十四), the product handbook).
 *
 * @param maxPledgeRates accepted collateral kinds and, for each, the maximum pledge rate (质押率) as a fraction of the
 *                       appraised value: 0.30 lends at most 30 % of the value
 * @param spreadMinBp    pricing: 1-year LPR plus a spread between these, in basis points
 * @param parks          parks served; empty means every park of the district
 */
public record ProductTerms(Map<IpKind, BigDecimal> maxPledgeRates, Money amountMin, Money amountMax, int termMinMonths,
                           int termMaxMonths, int spreadMinBp, int spreadMaxBp, Set<RepaymentMethod> repaymentMethods,
                           Requirement guarantor, Requirement insurance, TargetGroup target, Set<String> parks) {

    public ProductTerms {
        Objects.requireNonNull(amountMin);
        Objects.requireNonNull(amountMax);
        if (maxPledgeRates.isEmpty()) throw new IllegalArgumentException("a product accepts at least one kind of collateral");
        for (var rate : maxPledgeRates.values()) {
            if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a pledge rate is a fraction in (0, 1]: " + rate);
            }
        }
        if (!amountMin.isPositive() || amountMin.isGreaterThan(amountMax)) {
            throw new IllegalArgumentException("amount range " + amountMin + "–" + amountMax);
        }
        if (termMinMonths <= 0 || termMinMonths > termMaxMonths) {
            throw new IllegalArgumentException("term range " + termMinMonths + "–" + termMaxMonths);
        }
        if (spreadMinBp > spreadMaxBp) throw new IllegalArgumentException("spread range " + spreadMinBp + "–" + spreadMaxBp);
        if (repaymentMethods.isEmpty()) throw new IllegalArgumentException("a product offers a repayment method");
        maxPledgeRates = Map.copyOf(new EnumMap<>(maxPledgeRates));
        repaymentMethods = Set.copyOf(EnumSet.copyOf(repaymentMethods));
        parks = Set.copyOf(parks);
        Objects.requireNonNull(guarantor);
        Objects.requireNonNull(insurance);
        Objects.requireNonNull(target);
    }

    public boolean accepts(IpKind kind) {
        return maxPledgeRates.containsKey(kind);
    }

    public boolean amountWithin(Money amount) {
        return amount.isAtLeast(amountMin) && amount.isAtMost(amountMax);
    }

    public boolean termWithin(int months) {
        return months >= termMinMonths && months <= termMaxMonths;
    }

    public boolean serves(String park) {
        return parks.isEmpty() || (park != null && parks.contains(park));
    }
}
