package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Splits a defaulted loan's loss among the parties of its {@link SharingArrangement}.
 *
 * <p>The rounding rule: each sharing party's part is its ratio of the loss rounded <em>down</em> to the fen, then
 * capped; the re-guarantor's part is its ratio of the guarantor's part, rounded down, and the guarantor keeps the
 * rest. The bank retains the loss less everything the others bear, so the shares sum exactly to the loss, and the
 * fen that rounding leaves over (at most one per sharing party) stay with the bank, which holds the loan and files
 * the claim: no party ever pays more than its ratio, and what a cap leaves uncovered is the bank's.
 */
public final class LossSharing {

    private LossSharing() {
    }

    /** Each party's share of {@code loss}; parties absent from the arrangement are absent from the result. */
    public static Allocation allocate(Money loss, SharingArrangement arrangement) {
        if (loss.isNegative()) throw new IllegalArgumentException("损失不能为负 / a loss cannot be negative: " + loss);
        Map<RiskParty, Money> shares = new EnumMap<>(RiskParty.class);
        Money borne = Money.zero();
        if (arrangement.guarantee().isPresent()) {
            SharingArrangement.Guarantee g = arrangement.guarantee().get();
            Money guaranteed = part(loss, g.ratio()).min(g.cap());
            Money reGuaranteed = part(guaranteed, g.reGuaranteeRatio());
            shares.put(RiskParty.GUARANTOR, guaranteed.minus(reGuaranteed));
            if (!g.reGuaranteeRatio().isZero()) shares.put(RiskParty.RE_GUARANTOR, reGuaranteed);
            borne = borne.plus(guaranteed);
        }
        if (arrangement.policy().isPresent()) {
            SharingArrangement.Policy p = arrangement.policy().get();
            Money aboveDeductible = loss.minus(p.deductible()).max(Money.zero());
            Money insured = part(aboveDeductible, p.ratio()).min(p.sumInsured());
            shares.put(RiskParty.INSURER, insured);
            borne = borne.plus(insured);
        }
        if (arrangement.fund().isPresent()) {
            SharingArrangement.FundCover f = arrangement.fund().get();
            Money compensated = part(loss, f.ratio()).min(f.perLoanCap()).min(f.bankYearRoom());
            shares.put(RiskParty.FUND, compensated);
            borne = borne.plus(compensated);
        }
        shares.put(RiskParty.BANK, loss.minus(borne));
        return new Allocation(loss, shares);
    }

    private static Money part(Money whole, Ratio ratio) {
        return whole.times(ratio.fraction(), RoundingMode.DOWN);
    }

    /** A loss and each party's share of it; the shares sum to the loss. */
    public record Allocation(Money loss, Map<RiskParty, Money> shares) {

        public Allocation {
            shares = PartyAmounts.copy(shares);
        }

        public Money shareOf(RiskParty party) {
            return shares.getOrDefault(party, Money.zero());
        }

        public Money total() {
            return shares.values().stream().reduce(Money.zero(), Money::plus);
        }
    }
}
