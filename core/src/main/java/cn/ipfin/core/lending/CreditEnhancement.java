package cn.ipfin.core.lending;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What security beyond the pledge may add to the credit limit (seed 003 §五: 知识产权质押+担保机构担保 to raise the
 * pledge credit limit; seed 004 (九) guarantees and (八) insurance; seed 003 §二: "专利+信用" to enlarge the amount).
 * A product states, for each kind it accepts, the fraction of the basis that counts and a cap:
 * <ul>
 *   <li>guarantee: the guarantor's covered share of the amount applied for;</li>
 *   <li>insurance: the policy's covered share of the amount applied for;</li>
 *   <li>credit: the pledge part itself, when the enterprise's credit assessment allows a credit portion.</li>
 * </ul>
 * The limit is the pledge part plus each part, each rounded down to the fen and capped: a limit must never exceed
 * what the terms allow, by even a fen.
 */
public final class CreditEnhancement {

    public enum Kind { GUARANTEE, INSURANCE, CREDIT }

    /** What one kind of security may add: {@code rate} of its basis, at most {@code cap}. */
    public record Addition(BigDecimal rate, Money cap) {
        public Addition {
            if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("an enhancement rate is a fraction in (0, 1]: " + rate);
            }
            if (cap == null || !cap.isGreaterThan(Money.zero())) {
                throw new IllegalArgumentException("an enhancement needs a positive cap");
            }
        }
    }

    /** A product's enhancement terms; a null addition: that kind adds nothing. */
    public record Terms(Addition guarantee, Addition insurance, Addition credit) {
        public static Terms none() {
            return new Terms(null, null, null);
        }
    }

    /** The credit assessment's answer: may a credit portion be lent, and if not, why. */
    public record CreditAssessment(boolean allowed, String zh, String en) {
        public static CreditAssessment allowed(String zh, String en) {
            return new CreditAssessment(true, zh, en);
        }

        public static CreditAssessment refused(String zh, String en) {
            return new CreditAssessment(false, zh, en);
        }
    }

    /**
     * The extra security of one application.
     *
     * @param guarantorShare the share of the loan the guarantors cover (sum of their shares, at most 1), or null
     * @param insuredShare   the share the insurance policies cover, or null
     * @param requested      the amount applied for
     * @param credit         the credit assessment, or null when none was made
     */
    public record Securities(BigDecimal guarantorShare, BigDecimal insuredShare, Money requested, CreditAssessment credit) {
    }

    private CreditEnhancement() {
    }

    /** The pledge limit with each part the terms allow for these securities. */
    public static PledgeRateLimit.Limit enhance(PledgeRateLimit.Limit pledge, Terms terms, Securities s) {
        List<PledgeRateLimit.Enhancement> parts = new ArrayList<>();
        if (terms.guarantee() != null && s.guarantorShare() != null && s.guarantorShare().signum() > 0) {
            Money basis = s.requested().times(s.guarantorShare().min(BigDecimal.ONE), RoundingMode.DOWN);
            parts.add(part(Kind.GUARANTEE, basis, terms.guarantee(),
                    "担保（担保方承担 " + percent(s.guarantorShare()) + "）", "guarantee (covering " + percent(s.guarantorShare()) + ")"));
        }
        if (terms.insurance() != null && s.insuredShare() != null && s.insuredShare().signum() > 0) {
            Money basis = s.requested().times(s.insuredShare().min(BigDecimal.ONE), RoundingMode.DOWN);
            parts.add(part(Kind.INSURANCE, basis, terms.insurance(),
                    "保险（保障 " + percent(s.insuredShare()) + "）", "insurance (covering " + percent(s.insuredShare()) + ")"));
        }
        if (terms.credit() != null && s.credit() != null) {
            if (s.credit().allowed()) {
                parts.add(part(Kind.CREDIT, pledge.pledge(), terms.credit(), "信用（" + s.credit().zh() + "）",
                        "credit (" + s.credit().en() + ")"));
            } else {
                parts.add(new PledgeRateLimit.Enhancement(Kind.CREDIT, pledge.pledge(), terms.credit().rate(),
                        terms.credit().cap(), Money.zero(), "信用：不予增信（" + s.credit().zh() + "）",
                        "credit: no credit portion (" + s.credit().en() + ")"));
            }
        }
        return pledge.enhancedBy(parts);
    }

    private static PledgeRateLimit.Enhancement part(Kind kind, Money basis, Addition a, String zh, String en) {
        Money amount = basis.times(a.rate(), RoundingMode.DOWN);
        if (amount.isGreaterThan(a.cap())) amount = a.cap();
        return new PledgeRateLimit.Enhancement(kind, basis, a.rate(), a.cap(), amount, zh, en);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
