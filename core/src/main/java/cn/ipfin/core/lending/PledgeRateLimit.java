package cn.ipfin.core.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The most a bank may lend against its collateral: for each pledged asset, the product's maximum pledge rate (质押率)
 * for the asset's kind times the asset's appraised value; for a bundle (专利+商标) the sum of those products (issue 6).
 * Each line is rounded <b>down</b> to the fen: a limit must never exceed what the rate allows, by even a fen.
 */
public final class PledgeRateLimit {

    /** One pledged asset and its appraised value. */
    public record Collateral(String assetRef, IpKind kind, Money appraisedValue) {
    }

    /** The limit contributed by one asset. */
    public record Line(String assetRef, IpKind kind, Money appraisedValue, BigDecimal maxRate, Money limit) {
    }

    /** What one kind of extra security adds (see {@link CreditEnhancement}), with the reason it adds that much. */
    public record Enhancement(CreditEnhancement.Kind kind, Money basis, BigDecimal rate, Money cap, Money amount,
                              String zh, String en) {
    }

    /**
     * @param pledge       Σ(max pledge rate × appraised value): what the pledge alone supports
     * @param enhancements what a guarantee, insurance or the enterprise's credit adds, each capped
     * @param total        the pledge part plus every enhancement
     */
    public record Limit(List<Line> lines, Money pledge, List<Enhancement> enhancements, Money total) {

        /** The pledge limit alone. */
        public Limit(List<Line> lines, Money total) {
            this(lines, total, List.of(), total);
        }

        public Limit enhancedBy(List<Enhancement> parts) {
            Money sum = pledge;
            for (Enhancement e : parts) sum = sum.plus(e.amount());
            return new Limit(lines, pledge, List.copyOf(parts), sum);
        }
    }

    private PledgeRateLimit() {
    }

    /** Refuses a kind the product does not accept rather than counting it as zero, so the caller must say why. */
    public static Limit of(List<Collateral> collateral, Map<IpKind, BigDecimal> maxRates) {
        Money total = Money.zero();
        var lines = new java.util.ArrayList<Line>();
        for (Collateral c : collateral) {
            BigDecimal rate = maxRates.get(c.kind());
            if (rate == null) throw new IllegalArgumentException("the product does not accept " + c.kind());
            Money limit = c.appraisedValue().times(rate, RoundingMode.DOWN);
            lines.add(new Line(c.assetRef(), c.kind(), c.appraisedValue(), rate, limit));
            total = total.plus(limit);
        }
        return new Limit(List.copyOf(lines), total);
    }
}
