package cn.ipfin.core.securitization.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cost of an issue as Longnan 附件2 lays it out: the guarantee fee, the service institutions' fees, their
 * totals as low–high ranges, and the all-in annual cost of funds (coupon + all costs ÷ size ÷ years). Each quoted
 * line is also checked against its own stated rate ({@link #discrepancies()}).
 */
public record CostEstimate(IssueTerms terms, FeeLine guarantee, List<FeeLine> services, AmountRange guaranteeAmount,
                           AmountRange servicesTotal, AmountRange total, BigDecimal allInLow, BigDecimal allInHigh,
                           List<FeeDiscrepancy> discrepancies) {

    /** All-in cost is a fraction per year kept to 6 decimals (0.0001%), enough for a percent with 4 decimals. */
    private static final int ALL_IN_SCALE = 6;

    public CostEstimate {
        services = List.copyOf(services);
        discrepancies = List.copyOf(discrepancies);
    }

    public static CostEstimate of(IssueTerms terms, FeeLine guarantee, List<FeeLine> services) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(guarantee, "guarantee");
        AmountRange guaranteeAmount = guarantee.amount(terms);
        AmountRange servicesTotal = AmountRange.zero();
        List<FeeDiscrepancy> discrepancies = new ArrayList<>();
        guarantee.check(terms).ifPresent(discrepancies::add);
        for (FeeLine line : services) {
            servicesTotal = servicesTotal.plus(line.amount(terms));
            line.check(terms).ifPresent(discrepancies::add);
        }
        AmountRange total = guaranteeAmount.plus(servicesTotal);
        BigDecimal base = terms.sizeYears();
        BigDecimal allInLow = terms.couponLow().add(total.low().amount().divide(base, ALL_IN_SCALE, RoundingMode.HALF_UP));
        BigDecimal allInHigh = terms.couponHigh().add(total.high().amount().divide(base, ALL_IN_SCALE, RoundingMode.HALF_UP));
        return new CostEstimate(terms, guarantee, services, guaranteeAmount, servicesTotal, total,
                allInLow.stripTrailingZeros(), allInHigh.stripTrailingZeros(), discrepancies);
    }

    public Optional<FeeDiscrepancy> discrepancy(String line) {
        return discrepancies.stream().filter(d -> d.line().equals(line)).findFirst();
    }
}
