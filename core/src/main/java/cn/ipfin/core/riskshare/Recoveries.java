package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a defaulted loan's recoveries stand: what each party paid of the loss, what each has recovered, what the
 * valuation firm has received. Each receipt is split by the {@link RecoveryAgreement}; nobody recovers more than it
 * paid, the valuation firm no more than its fee, and each receipt's parts sum exactly to the receipt.
 */
public record Recoveries(RecoveryAgreement agreement, Map<RiskParty, Money> paid, Map<RiskParty, Money> recovered,
                         Money valuationFirmReceived) {

    public Recoveries {
        paid = PartyAmounts.copy(paid);
        recovered = PartyAmounts.copy(recovered);
        for (Map.Entry<RiskParty, Money> e : paid.entrySet()) {
            if (e.getValue().isPositive() && !agreement.names(e.getKey())) {
                throw new IllegalArgumentException("回收分配未列出已承担损失的一方 / the agreement leaves out a party that paid: " + e.getKey());
            }
        }
    }

    /** Nothing recovered yet: each party has paid its share of {@code allocation}. */
    public static Recoveries open(RecoveryAgreement agreement, LossSharing.Allocation allocation) {
        return new Recoveries(agreement, allocation.shares(), Map.of(), Money.zero());
    }

    public Money recoveredBy(RiskParty party) {
        return party == RiskParty.VALUATION_FIRM ? valuationFirmReceived : recovered.getOrDefault(party, Money.zero());
    }

    public Money outstanding(RiskParty party) {
        return paid.getOrDefault(party, Money.zero()).minus(recovered.getOrDefault(party, Money.zero()));
    }

    /** Splits one receipt; the returned parts sum exactly to it, and {@link Receipt#after()} is where things stand then. */
    public Receipt receive(Money receipt) {
        if (receipt.isNegative()) throw new IllegalArgumentException("回收金额不能为负 / a receipt cannot be negative: " + receipt);
        Map<RiskParty, Money> parts = new EnumMap<>(RiskParty.class);
        Money valuationRoom = agreement.valuationFirmFee().minus(valuationFirmReceived).max(Money.zero());
        Money toValuer = receipt.times(agreement.valuationFirmRatio().fraction(), RoundingMode.DOWN).min(valuationRoom);
        add(parts, RiskParty.VALUATION_FIRM, toValuer);
        Money rest = receipt.minus(toValuer);
        while (rest.isPositive()) {
            List<RecoveryAgreement.Claimant> open = stillOwed(parts);
            if (open.isEmpty()) break;
            rest = shareProRata(open, rest, parts);
        }
        add(parts, RiskParty.PLEDGOR, rest);
        Map<RiskParty, Money> recoveredAfter = new EnumMap<>(RiskParty.class);
        recoveredAfter.putAll(recovered);
        parts.forEach((party, amount) -> {
            if (party != RiskParty.VALUATION_FIRM && party != RiskParty.PLEDGOR) recoveredAfter.merge(party, amount, Money::plus);
        });
        parts.values().removeIf(Money::isZero);
        return new Receipt(parts, new Recoveries(agreement, paid, recoveredAfter, valuationFirmReceived.plus(toValuer)));
    }

    /**
     * One pass: each open claimant takes its weight's share of {@code rest}, rounded down and at most what it is still
     * owed. When rounding leaves every share at zero, the leftover fen go in the agreed order. Returns what is left.
     */
    private Money shareProRata(List<RecoveryAgreement.Claimant> open, Money rest, Map<RiskParty, Money> parts) {
        BigDecimal totalWeight = open.stream().map(RecoveryAgreement.Claimant::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Money taken = Money.zero();
        for (RecoveryAgreement.Claimant c : open) {
            Money share = Money.of(rest.amount().multiply(c.weight()).divide(totalWeight, 2, RoundingMode.DOWN));
            Money take = share.min(owedNow(c.party(), parts));
            add(parts, c.party(), take);
            taken = taken.plus(take);
        }
        if (taken.isPositive()) return rest.minus(taken);
        Money left = rest;
        for (RecoveryAgreement.Claimant c : open) {
            Money take = left.min(owedNow(c.party(), parts));
            add(parts, c.party(), take);
            left = left.minus(take);
        }
        return left;
    }

    private List<RecoveryAgreement.Claimant> stillOwed(Map<RiskParty, Money> parts) {
        List<RecoveryAgreement.Claimant> open = new ArrayList<>();
        for (RecoveryAgreement.Claimant c : agreement.claimants()) {
            if (owedNow(c.party(), parts).isPositive()) open.add(c);
        }
        return open;
    }

    private Money owedNow(RiskParty party, Map<RiskParty, Money> parts) {
        return outstanding(party).minus(parts.getOrDefault(party, Money.zero())).max(Money.zero());
    }

    private static void add(Map<RiskParty, Money> parts, RiskParty party, Money amount) {
        if (amount.isPositive()) parts.merge(party, amount, Money::plus);
    }

    /** One receipt's parts by party, and the recoveries after it. */
    public record Receipt(Map<RiskParty, Money> parts, Recoveries after) {

        public Receipt {
            parts = PartyAmounts.copy(parts);
        }

        public Money partOf(RiskParty party) {
            return parts.getOrDefault(party, Money.zero());
        }

        public Money total() {
            return parts.values().stream().reduce(Money.zero(), Money::plus);
        }
    }
}
