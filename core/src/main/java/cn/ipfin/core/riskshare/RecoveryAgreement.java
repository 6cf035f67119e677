package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How what a disposal brings back is split, agreed among guarantor, bank, fund and valuation firm <em>before</em> the
 * disposal (seed 004 (十一)) and applied to every receipt alike.
 *
 * <p>The valuation firm takes {@code valuationFirmRatio} of each receipt until its {@code valuationFirmFee} is paid.
 * The rest goes to those who paid the loss in proportion to their weights (e.g. 4:4:2, or what each paid), each at
 * most what it paid; the claimants are listed in the agreed order, which decides who takes the fen rounding leaves
 * over and who is made whole first when another is already whole. What is left when everyone is whole is the
 * pledgor's.
 */
public record RecoveryAgreement(Ratio valuationFirmRatio, Money valuationFirmFee, List<Claimant> claimants) {

    /** One party that paid part of the loss, with its weight in the split of recoveries. */
    public record Claimant(RiskParty party, BigDecimal weight) {
        public Claimant {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() <= 0) throw new IllegalArgumentException("分配权重须为正 / a weight must be positive: " + party);
            if (party == RiskParty.VALUATION_FIRM || party == RiskParty.PLEDGOR) {
                throw new IllegalArgumentException("评估机构与出质人不分担损失 / the valuation firm and the pledgor bore no loss: " + party);
            }
        }
    }

    public RecoveryAgreement {
        Objects.requireNonNull(valuationFirmRatio, "valuationFirmRatio");
        Objects.requireNonNull(valuationFirmFee, "valuationFirmFee");
        if (valuationFirmFee.isNegative()) throw new IllegalArgumentException("评估费不能为负 / the valuation fee cannot be negative");
        claimants = List.copyOf(claimants);
        if (claimants.stream().map(Claimant::party).distinct().count() != claimants.size()) {
            throw new IllegalArgumentException("同一方不能重复列出 / a party is listed twice");
        }
    }

    /**
     * The usual agreement: each payer weighted by what it paid, in the given order (parties that paid nothing are
     * left out).
     */
    public static RecoveryAgreement inProportionToPaid(LossSharing.Allocation paid, List<RiskParty> order,
                                                       Ratio valuationFirmRatio, Money valuationFirmFee) {
        List<Claimant> claimants = order.stream()
                .filter(p -> paid.shareOf(p).isPositive())
                .map(p -> new Claimant(p, paid.shareOf(p).amount()))
                .toList();
        return new RecoveryAgreement(valuationFirmRatio, valuationFirmFee, claimants);
    }

    public boolean names(RiskParty party) {
        return claimants.stream().anyMatch(c -> c.party() == party);
    }
}
