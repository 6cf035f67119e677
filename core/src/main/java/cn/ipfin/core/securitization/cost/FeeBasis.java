package cn.ipfin.core.securitization.cost;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How a fee is priced, as the cost table's 费率 column states it. Rates are fractions (0.0005 is 0.05%). Amounts round
 * half-up to the fen: the fee quotes are what an invoice would show.
 */
public sealed interface FeeBasis {

    /** The range this basis gives for the terms, or empty when it fixes no amount (negotiated, or only a cap). */
    Optional<AmountRange> amount(IssueTerms terms);

    /** Whether a stated amount agrees with this basis; the default is "equals {@link #amount}". */
    default boolean agrees(AmountRange stated, IssueTerms terms) {
        return amount(terms).map(stated::equals).orElse(true);
    }

    /** Human-readable basis, e.g. "0.2%–0.4%" or "0.03%–0.05%/天 × 3天". */
    String describe();

    /** "根据项目协商确定": a negotiated quote, nothing to check it against. */
    record Negotiated() implements FeeBasis {
        @Override
        public Optional<AmountRange> amount(IssueTerms terms) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "根据项目协商确定 / negotiated";
        }
    }

    /** A rate of the issue size, once ({@code perYear} false) or for each year of the term ("0.05%/年"). */
    record RateOfSize(BigDecimal low, BigDecimal high, boolean perYear) implements FeeBasis {
        @Override
        public Optional<AmountRange> amount(IssueTerms terms) {
            BigDecimal base = perYear ? terms.sizeYears() : terms.size().amount();
            return Optional.of(new AmountRange(fen(base.multiply(low)), fen(base.multiply(high))));
        }

        @Override
        public String describe() {
            return range(low, high) + (perYear ? "/年" : "");
        }
    }

    /** A daily rate of the issue size for a number of days (bridge funding: "0.03%-0.05%/天", "3天"). */
    record DailyRateOfSize(BigDecimal low, BigDecimal high, int days) implements FeeBasis {
        @Override
        public Optional<AmountRange> amount(IssueTerms terms) {
            BigDecimal base = terms.size().amount().multiply(BigDecimal.valueOf(days));
            return Optional.of(new AmountRange(fen(base.multiply(low)), fen(base.multiply(high))));
        }

        @Override
        public String describe() {
            return range(low, high) + "/天 × " + days + "天";
        }
    }

    /** A rate of the coupon interest over the term ("利息的 3.26%"): the low coupon gives the low amount. */
    record RateOfInterest(BigDecimal rate) implements FeeBasis {
        @Override
        public Optional<AmountRange> amount(IssueTerms terms) {
            BigDecimal base = terms.sizeYears().multiply(rate);
            return Optional.of(new AmountRange(fen(base.multiply(terms.couponLow())), fen(base.multiply(terms.couponHigh()))));
        }

        @Override
        public String describe() {
            return "利息的 " + percent(rate) + " / of interest";
        }
    }

    /** "不超过 2 万元/年": any amount up to the cap for each year agrees; the cap is the amount when none is stated. */
    record CapPerYear(Money capPerYear) implements FeeBasis {
        @Override
        public Optional<AmountRange> amount(IssueTerms terms) {
            return Optional.of(AmountRange.of(fen(capPerYear.amount().multiply(terms.years()))));
        }

        @Override
        public boolean agrees(AmountRange stated, IssueTerms terms) {
            return !stated.high().isGreaterThan(amount(terms).orElseThrow().high());
        }

        @Override
        public String describe() {
            return "不超过 " + capPerYear.amount().toPlainString() + "/年";
        }
    }

    private static Money fen(BigDecimal yuan) {
        return Money.of(yuan.setScale(2, RoundingMode.HALF_UP));
    }

    private static String range(BigDecimal low, BigDecimal high) {
        return low.compareTo(high) == 0 ? percent(low) : percent(low) + "–" + percent(high);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
