package cn.ipfin.core.securitization.cost;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a cost table: who is paid, the amount quoted (may be absent when only the rate is known) and the basis
 * the quote should follow.
 */
public record FeeLine(String name, Optional<AmountRange> stated, FeeBasis basis) {

    public FeeLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(basis, "basis");
        if (stated.isEmpty() && basis instanceof FeeBasis.Negotiated) {
            throw new IllegalArgumentException("协商费用须填写金额 / a negotiated fee needs its quoted amount: " + name);
        }
    }

    public static FeeLine quoted(String name, AmountRange stated, FeeBasis basis) {
        return new FeeLine(name, Optional.of(stated), basis);
    }

    public static FeeLine fromRate(String name, FeeBasis basis) {
        return new FeeLine(name, Optional.empty(), basis);
    }

    /** The quoted amount when there is one (a quote is what will be signed), otherwise what the basis gives. */
    AmountRange amount(IssueTerms terms) {
        return stated.orElseGet(() -> basis.amount(terms).orElseThrow());
    }

    /** A quote that its own stated rate does not give, or empty. */
    Optional<FeeDiscrepancy> check(IssueTerms terms) {
        if (stated.isEmpty() || basis.agrees(stated.get(), terms)) {
            return Optional.empty();
        }
        return Optional.of(new FeeDiscrepancy(name, stated.get(), basis, basis.amount(terms).orElseThrow()));
    }
}
