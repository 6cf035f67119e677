package cn.ipfin.core.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.money.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static cn.ipfin.core.money.MoneyFormat.figure;
import static cn.ipfin.core.money.MoneyFormat.yuanEn;

/**
 * Ranks products for a financing demand by explicit criteria (seed 003 §八 需求库 and 产品对接; seed 001 三(三)9 银企对接), each
 * criterion stating whether it is met, its points and why. Eligibility and park are hard criteria: a product that
 * fails one is listed last and marked ineligible. Points: collateral 40 (share of the offered kinds the product
 * accepts), amount 25, term 20, eligibility 10, park 5.
 */
public final class ProductMatching {

    public enum Criterion {
        COLLATERAL(40, true), AMOUNT(25, false), TERM(20, false), ELIGIBILITY(10, true), PARK(5, true);

        final int points;
        final boolean hard;

        Criterion(int points, boolean hard) {
            this.points = points;
            this.hard = hard;
        }

        public int points() {
            return points;
        }

        public boolean hard() {
            return hard;
        }
    }

    /** The demand and the facts about the enterprise that posted it. */
    public record DemandFacts(Money amount, int termMonths, Set<IpKind> collateralOffered, Set<TargetGroup> qualifications,
                              String park) {
    }

    public record Check(Criterion criterion, boolean met, int points, String zh, String en) {
    }

    /** One product's fit; {@code ref} is the caller's key for the product. */
    public record Match<K>(K ref, boolean eligible, int score, List<Check> checks) {
    }

    private ProductMatching() {
    }

    public static List<Check> checks(ProductTerms p, DemandFacts d) {
        var checks = new ArrayList<Check>();
        long accepted = d.collateralOffered().stream().filter(p::accepts).count();
        int offered = d.collateralOffered().size();
        int collateralPoints = offered == 0 ? 0 : (int) (Criterion.COLLATERAL.points * accepted / offered);
        checks.add(new Check(Criterion.COLLATERAL, accepted > 0, collateralPoints,
                "产品接受所提供质押物中的 " + accepted + "/" + offered + " 类",
                "the product accepts " + accepted + " of the " + offered + " kinds of collateral offered"));
        boolean amount = p.amountWithin(d.amount());
        checks.add(new Check(Criterion.AMOUNT, amount, amount ? Criterion.AMOUNT.points : 0,
                (amount ? "需求金额在产品额度内 " : "需求金额不在产品额度内 ") + figure(p.amountMin()) + "–" + figure(p.amountMax()) + " 元",
                "the amount is " + (amount ? "within" : "outside") + " the product's range " + yuanEn(p.amountMin()) + "–" + figure(p.amountMax())));
        boolean term = p.termWithin(d.termMonths());
        checks.add(new Check(Criterion.TERM, term, term ? Criterion.TERM.points : 0,
                (term ? "需求期限在产品期限内 " : "需求期限不在产品期限内 ") + p.termMinMonths() + "–" + p.termMaxMonths() + " 个月",
                "the term is " + (term ? "within" : "outside") + " the product's range " + p.termMinMonths() + "–"
                        + p.termMaxMonths() + " months"));
        boolean eligible = p.target() == TargetGroup.ANY || d.qualifications().contains(p.target());
        checks.add(new Check(Criterion.ELIGIBILITY, eligible, eligible ? Criterion.ELIGIBILITY.points : 0,
                eligible ? "企业符合产品对象要求" : "产品仅面向" + targetZh(p.target()) + "企业",
                eligible ? "the enterprise is in the product's target group" : "the product is for " + p.target() + " enterprises only"));
        boolean park = p.serves(d.park());
        checks.add(new Check(Criterion.PARK, park, park ? Criterion.PARK.points : 0,
                park ? "产品服务企业所在园区" : "产品不服务企业所在园区（" + (d.park() == null ? "未入园" : d.park()) + "）",
                park ? "the product serves the enterprise's park" : "the product does not serve the enterprise's park"));
        return List.copyOf(checks);
    }

    public static <K> Match<K> match(K ref, ProductTerms product, DemandFacts demand) {
        List<Check> checks = checks(product, demand);
        boolean eligible = checks.stream().noneMatch(c -> c.criterion().hard && !c.met());
        int score = checks.stream().mapToInt(Check::points).sum();
        return new Match<>(ref, eligible, score, checks);
    }

    /** Eligible first, then by score, highest first; ties keep the caller's order. */
    public static <K> List<Match<K>> rank(List<Match<K>> matches) {
        return matches.stream().sorted(Comparator.comparing((Match<K> m) -> !m.eligible())
                .thenComparing(Match::score, Comparator.reverseOrder())).toList();
    }

    static String targetZh(TargetGroup t) {
        return switch (t) {
            case ANY -> "所有";
            case SPECIALISED_SME -> "专精特新";
            case LITTLE_GIANT -> "专精特新“小巨人”";
            case HIGH_TECH -> "高新技术";
        };
    }
}
