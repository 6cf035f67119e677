package cn.ipfin.core.riskshare;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.SharingArrangement.FundCover;
import cn.ipfin.core.riskshare.SharingArrangement.Guarantee;
import cn.ipfin.core.riskshare.SharingArrangement.Policy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties over random losses, arrangements and receipts; each repetition has its own fixed seed, so a failure
 * names a reproducible case (jqwik is not in the build; seeded loops as elsewhere in core).
 */
class LossSharingPropertiesTest {

    private static final long SEED = 0x17_0017_2026L;

    private static SplittableRandom random(RepetitionInfo repetition) {
        return new SplittableRandom(SEED + repetition.getCurrentRepetition());
    }

    /** From 1 fen to 100 million yuan, skewed to small amounts so that sub-fen shares are exercised. */
    private static Money amount(SplittableRandom random) {
        return Money.ofFen(random.nextInt(3) == 0 ? random.nextLong(0, 5_000) : random.nextLong(0, 10_000_000_000L));
    }

    /** A ratio in basis points of a hundredth (0.0001%), at most {@code maxBp} of 1,000,000. */
    private static Ratio ratio(SplittableRandom random, long max) {
        return new Ratio(BigDecimal.valueOf(random.nextLong(0, max + 1), 6));
    }

    private static SharingArrangement arrangement(SplittableRandom random) {
        long left = 1_000_000;
        SharingArrangement a = SharingArrangement.bankAlone();
        if (random.nextBoolean()) {
            Ratio r = ratio(random, left);
            left -= r.fraction().movePointRight(6).longValueExact();
            a = a.withGuarantee(new Guarantee(r, amount(random), ratio(random, 1_000_000)));
        }
        if (random.nextBoolean()) {
            Ratio r = ratio(random, left);
            left -= r.fraction().movePointRight(6).longValueExact();
            a = a.withPolicy(new Policy(r, random.nextBoolean() ? Money.zero() : amount(random), amount(random)));
        }
        if (random.nextBoolean()) {
            a = a.withFund(new FundCover(ratio(random, left), amount(random), amount(random)));
        }
        return a;
    }

    @RepeatedTest(2000)
    void shares_sum_exactly_to_the_loss_and_no_party_exceeds_its_ratio_or_cap(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        Money loss = amount(random);
        SharingArrangement arrangement = arrangement(random);

        LossSharing.Allocation allocation = LossSharing.allocate(loss, arrangement);

        assertThat(allocation.total()).as("%s %s", loss, arrangement).isEqualTo(loss);
        assertThat(allocation.shares().values()).allSatisfy(share -> assertThat(share.isNegative()).isFalse());
        arrangement.guarantee().ifPresent(g -> {
            Money guaranteed = allocation.shareOf(RiskParty.GUARANTOR).plus(allocation.shareOf(RiskParty.RE_GUARANTOR));
            assertThat(guaranteed).isLessThanOrEqualTo(g.cap()).isLessThanOrEqualTo(atRatio(loss, g.ratio()));
            assertThat(allocation.shareOf(RiskParty.RE_GUARANTOR)).isLessThanOrEqualTo(atRatio(guaranteed, g.reGuaranteeRatio()));
        });
        arrangement.policy().ifPresent(p -> assertThat(allocation.shareOf(RiskParty.INSURER))
                .isLessThanOrEqualTo(p.sumInsured())
                .isLessThanOrEqualTo(atRatio(loss.minus(p.deductible()).max(Money.zero()), p.ratio())));
        arrangement.fund().ifPresent(f -> assertThat(allocation.shareOf(RiskParty.FUND))
                .isLessThanOrEqualTo(f.perLoanCap()).isLessThanOrEqualTo(f.bankYearRoom())
                .isLessThanOrEqualTo(atRatio(loss, f.ratio())));
        if (arrangement.guarantee().isEmpty()) assertThat(allocation.shares()).doesNotContainKey(RiskParty.GUARANTOR);
        if (arrangement.fund().isEmpty()) assertThat(allocation.shares()).doesNotContainKey(RiskParty.FUND);
    }

    @RepeatedTest(2000)
    void uncapped_parties_miss_their_exact_ratio_by_less_than_a_fen_each(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        Money loss = amount(random);
        Ratio g = ratio(random, 500_000);
        Ratio f = ratio(random, 500_000);
        Money huge = Money.ofYuan(1_000_000_000L);
        var arrangement = SharingArrangement.bankAlone()
                .withGuarantee(new Guarantee(g, huge, Ratio.NONE)).withFund(new FundCover(f, huge, huge));

        var allocation = LossSharing.allocate(loss, arrangement);

        BigDecimal exactBank = loss.amount().multiply(BigDecimal.ONE.subtract(g.fraction()).subtract(f.fraction()));
        BigDecimal surplus = allocation.shareOf(RiskParty.BANK).amount().subtract(exactBank);
        assertThat(surplus.signum()).isNotNegative();
        assertThat(surplus).isLessThan(new BigDecimal("0.02"));
    }

    @RepeatedTest(1000)
    void every_receipt_is_split_exactly_and_nobody_recovers_more_than_it_paid(RepetitionInfo repetition) {
        SplittableRandom random = random(repetition);
        LossSharing.Allocation allocation = LossSharing.allocate(amount(random), arrangement(random));
        List<RiskParty> order = new ArrayList<>(List.of(RiskParty.GUARANTOR, RiskParty.RE_GUARANTOR,
                RiskParty.INSURER, RiskParty.FUND, RiskParty.BANK));
        Collections.shuffle(order, new Random(random.nextLong()));
        Money fee = random.nextBoolean() ? Money.zero() : amount(random);
        RecoveryAgreement agreement = random.nextBoolean()
                ? RecoveryAgreement.inProportionToPaid(allocation, order, ratio(random, 200_000), fee)
                : new RecoveryAgreement(ratio(random, 200_000), fee, order.stream()
                        .map(p -> new RecoveryAgreement.Claimant(p, BigDecimal.valueOf(random.nextInt(1, 11)))).toList());
        Recoveries recoveries = Recoveries.open(agreement, allocation);
        Money received = Money.zero();

        for (int i = random.nextInt(1, 8); i > 0; i--) {
            Money receipt = random.nextInt(4) == 0 ? Money.ofFen(random.nextLong(0, 100)) : amount(random);
            Recoveries.Receipt split = recoveries.receive(receipt);
            Recoveries before = recoveries;
            recoveries = split.after();
            received = received.plus(receipt);

            assertThat(split.total()).as("receipt %s of %s", receipt, agreement).isEqualTo(receipt);
            assertThat(split.parts().values()).allSatisfy(part -> assertThat(part.isPositive()).isTrue());
            if (split.partOf(RiskParty.PLEDGOR).isPositive()) {
                assertThat(order).allSatisfy(p -> assertThat(split.after().outstanding(p)).isEqualTo(Money.zero()));
            }
            for (RiskParty p : order) {
                assertThat(recoveries.recoveredBy(p)).isLessThanOrEqualTo(allocation.shareOf(p));
                assertThat(recoveries.recoveredBy(p)).isGreaterThanOrEqualTo(before.recoveredBy(p));
            }
            assertThat(recoveries.recoveredBy(RiskParty.VALUATION_FIRM)).isLessThanOrEqualTo(fee);
        }
        Money everyonesLoss = allocation.total().plus(fee);
        if (received.isAtLeast(everyonesLoss.times(2))) {
            for (RiskParty p : order) assertThat(recoveries.outstanding(p)).isEqualTo(Money.zero());
        }
    }

    private static Money atRatio(Money whole, Ratio ratio) {
        return Money.of(whole.amount().multiply(ratio.fraction()).setScale(2, RoundingMode.DOWN));
    }
}
