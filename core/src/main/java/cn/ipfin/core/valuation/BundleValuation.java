package cn.ipfin.core.valuation;

import cn.ipfin.core.money.LargestRemainder;
import cn.ipfin.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Values a bundle of rights that earn from the same product revenue, without counting that revenue twice.
 *
 * <p>Method. Valuing each right alone with its own split rate on the full product revenue would add the patent's and
 * the trademark's royalties as if the product paid both in full; a licensee of the bundle pays one royalty for the
 * lot. So the bundle's parameter set carries the <em>combined</em> split rate s of the bundle, applied once:
 * <pre>
 * bundle royalty B_k = revenue_k × s × (1 − decay)^(k−1)
 * member royalty R_ik = B_k × w_i × f_ik         (w_i = contribution weight, Σ w_i = 1; f_ik = share of year k
 *                                                 inside member i's life; Σ_i R_ik rounded to the fen exactly equals
 *                                                 Σ_i B_k × w_i × f_ik rounded HALF_UP, by largest remainder)
 * member value V_i  = Σ_k R_ik × 1/(1 + r)^t_ik  (t as in {@link IncomeApproach}, per member's own fraction)
 * bundle value      = Σ_i V_i  ≤  PV of B_k over the longest life (the ceiling, reached when every life covers it)
 * </pre>
 * Member i's life is min(its legal remaining term, the set's economic life); a member whose legal gate is closed
 * contributes nothing and its share is <em>not</em> passed to the others (the surviving rights did not earn it). No
 * score adjustment applies: the combined split rate is the valuer's judgement of the whole bundle.
 */
public final class BundleValuation {

    private final IncomeParameters parameters;

    public BundleValuation(IncomeParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public Result value(List<Money> sharedRevenue, List<BundleMember> members) {
        if (members.isEmpty()) throw new IllegalArgumentException("组合为空 / a bundle needs members");
        if (sharedRevenue.isEmpty()) throw new IllegalArgumentException("需要收入预测 / a revenue forecast is needed");
        BigDecimal weightSum = BigDecimal.ZERO;
        for (BundleMember m : members) weightSum = weightSum.add(m.contributionWeight());
        if (weightSum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("贡献权重之和须为1 / contribution weights must sum to 1, not " + weightSum.toPlainString());
        }
        int n = members.size();
        BigDecimal[] lives = new BigDecimal[n];
        DiscountSchedule[] schedules = new DiscountSchedule[n];
        BigDecimal rate = parameters.discountRate().annualFraction();
        BigDecimal horizon = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            ValuationSubject s = members.get(i).subject();
            BigDecimal life = parameters.economicLifeYears();
            BigDecimal legal = LegalProtection.remainingYears(s.kind(), s.protectionStart(), s.valuationDate()).orElse(null);
            if (legal != null && legal.compareTo(life) < 0) life = legal;
            lives[i] = s.legalGateOpen() ? life.setScale(2, RoundingMode.DOWN) : BigDecimal.ZERO.setScale(2);
            horizon = horizon.max(lives[i]);
            schedules[i] = new DiscountSchedule(rate, parameters.convention(), parameters.discountFactorScale());
        }
        DiscountSchedule ceilingSchedule = new DiscountSchedule(rate, parameters.convention(), parameters.discountFactorScale());
        BigDecimal split = parameters.baseSplitRate().annualFraction();
        BigDecimal keep = BigDecimal.ONE.subtract(parameters.annualDecay());
        BigDecimal contribution = BigDecimal.ONE;
        BigDecimal[] values = new BigDecimal[n];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        List<List<Money>> royalties = new ArrayList<>(n);
        for (int i = 0; i < n; i++) royalties.add(new ArrayList<>());
        BigDecimal ceiling = BigDecimal.ZERO;
        int periods = horizon.setScale(0, RoundingMode.CEILING).intValueExact();
        for (int k = 1; k <= periods; k++) {
            Money revenue = sharedRevenue.get(Math.min(k, sharedRevenue.size()) - 1);
            BigDecimal bundleRoyalty = revenue.amount().multiply(split).multiply(contribution);
            BigDecimal horizonFraction = horizon.subtract(BigDecimal.valueOf(k - 1)).min(BigDecimal.ONE);
            Money fullRoyalty = Money.of(bundleRoyalty.multiply(horizonFraction).setScale(2, RoundingMode.HALF_UP));
            ceiling = ceiling.add(fullRoyalty.times(ceilingSchedule.factor(k, horizonFraction), RoundingMode.HALF_UP).amount());
            List<BigDecimal> exact = new ArrayList<>(n);
            BigDecimal[] fractions = new BigDecimal[n];
            BigDecimal exactSum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                fractions[i] = lives[i].subtract(BigDecimal.valueOf(k - 1)).max(BigDecimal.ZERO).min(BigDecimal.ONE);
                BigDecimal part = bundleRoyalty.multiply(members.get(i).contributionWeight()).multiply(fractions[i]);
                exact.add(part);
                exactSum = exactSum.add(part);
            }
            List<BigDecimal> shares = LargestRemainder.allocate(exact, exactSum.setScale(2, RoundingMode.HALF_UP), 2);
            for (int i = 0; i < n; i++) {
                Money royalty = Money.of(shares.get(i));
                royalties.get(i).add(royalty);
                if (fractions[i].signum() > 0) {
                    values[i] = values[i].add(royalty.times(schedules[i].factor(k, fractions[i]), RoundingMode.HALF_UP).amount());
                }
            }
            contribution = contribution.multiply(keep).setScale(12, RoundingMode.HALF_EVEN);
        }
        List<MemberValue> out = new ArrayList<>(n);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BundleMember m = members.get(i);
            out.add(new MemberValue(m.assetId(), m.contributionWeight(), lives[i], royalties.get(i), Money.of(values[i])));
            total = total.add(values[i]);
        }
        return new Result(parameters.name(), out, Money.of(total), Money.of(ceiling));
    }

    /** A member's life, its royalty per year of the bundle's horizon and its value. */
    public record MemberValue(String assetId, BigDecimal contributionWeight, BigDecimal lifeYears, List<Money> royalties, Money value) {
        public MemberValue {
            royalties = List.copyOf(royalties);
        }
    }

    /**
     * The members' values, their sum, and the ceiling: the present value of the combined royalty over the longest
     * life, which the sum never exceeds.
     */
    public record Result(String parameterSet, List<MemberValue> members, Money total, Money ceiling) {
        public Result {
            members = List.copyOf(members);
        }
    }
}
