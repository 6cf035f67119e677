package cn.ipfin.core.riskshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.SharingArrangement.FundCover;
import cn.ipfin.core.riskshare.SharingArrangement.Guarantee;
import cn.ipfin.core.riskshare.SharingArrangement.Policy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One worked example per arrangement the seeds describe, computed by hand in the comments. */
class LossSharingExamplesTest {

    private static Money yuan(String amount) {
        return Money.of(amount);
    }

    @Test
    void the_loss_counts_principal_and_interest_never_penalty_less_what_came_back_before_the_claim() {
        LoanBalances balances = new LoanBalances(yuan("1000000.00"), yuan("35000.00"), yuan("4321.00"));

        assertThat(LossBasis.PRINCIPAL.loss(balances, Money.zero())).isEqualTo(yuan("1000000.00"));
        assertThat(LossBasis.PRINCIPAL_AND_INTEREST.loss(balances, Money.zero())).isEqualTo(yuan("1035000.00"));
        assertThat(LossBasis.PRINCIPAL_AND_INTEREST.loss(balances, yuan("100000.00"))).isEqualTo(yuan("935000.00"));
        assertThat(LossBasis.PRINCIPAL.loss(balances, yuan("2000000.00"))).isEqualTo(Money.zero());
    }

    @Test
    void pledge_plus_guarantee_with_re_guarantee_seed_004_nine() {
        // 1,035,000 × 80% = 828,000 guaranteed; the re-guarantee fund takes 40% of it = 331,200; the bank keeps 20%.
        var arrangement = SharingArrangement.bankAlone()
                .withGuarantee(new Guarantee(Ratio.percent("80"), yuan("5000000.00"), Ratio.percent("40")));

        var allocation = LossSharing.allocate(yuan("1035000.00"), arrangement);

        assertThat(allocation.shares()).isEqualTo(Map.of(
                RiskParty.GUARANTOR, yuan("496800.00"),
                RiskParty.RE_GUARANTOR, yuan("331200.00"),
                RiskParty.BANK, yuan("207000.00")));
    }

    @Test
    void risk_compensation_fund_by_its_ratio_capped_per_loan_and_by_the_banks_year_seed_004_two() {
        // 500,000 × 50% = 250,000, above the 200,000 per-loan cap; the bank's year has only 150,000 left.
        var perLoan = SharingArrangement.bankAlone()
                .withFund(new FundCover(Ratio.percent("50"), yuan("200000.00"), yuan("3000000.00")));
        var yearNearlyUsed = SharingArrangement.bankAlone()
                .withFund(new FundCover(Ratio.percent("50"), yuan("200000.00"), yuan("150000.00")));

        assertThat(LossSharing.allocate(yuan("500000.00"), perLoan).shares()).isEqualTo(Map.of(
                RiskParty.FUND, yuan("200000.00"), RiskParty.BANK, yuan("300000.00")));
        assertThat(LossSharing.allocate(yuan("500000.00"), yearNearlyUsed).shares()).isEqualTo(Map.of(
                RiskParty.FUND, yuan("150000.00"), RiskParty.BANK, yuan("350000.00")));
    }

    @Test
    void guarantee_insurance_pays_its_ratio_above_the_deductible_up_to_the_sum_insured_seed_004_eight() {
        // (800,000 − 50,000) × 70% = 525,000 within the 600,000 insured; a 2,000,000 loss hits the sum insured.
        var arrangement = SharingArrangement.bankAlone()
                .withPolicy(new Policy(Ratio.percent("70"), yuan("50000.00"), yuan("600000.00")));

        assertThat(LossSharing.allocate(yuan("800000.00"), arrangement).shares()).isEqualTo(Map.of(
                RiskParty.INSURER, yuan("525000.00"), RiskParty.BANK, yuan("275000.00")));
        assertThat(LossSharing.allocate(yuan("2000000.00"), arrangement).shareOf(RiskParty.INSURER))
                .isEqualTo(yuan("600000.00"));
    }

    @Test
    void each_party_rounds_down_to_the_fen_and_the_bank_keeps_the_fen_left_over() {
        // 333,333.33 × 40% = 133,333.332 → 133,333.33; × 30% = 99,999.999 → 99,999.99; × 20% = 66,666.666 → 66,666.66;
        // the bank keeps 33,333.333 plus the 0.017 rounding left: 33,333.35.
        var arrangement = SharingArrangement.bankAlone()
                .withGuarantee(new Guarantee(Ratio.percent("40"), yuan("1000000.00"), Ratio.NONE))
                .withFund(new FundCover(Ratio.percent("30"), yuan("1000000.00"), yuan("1000000.00")))
                .withPolicy(new Policy(Ratio.percent("20"), Money.zero(), yuan("1000000.00")));

        var allocation = LossSharing.allocate(yuan("333333.33"), arrangement);

        assertThat(allocation.shares()).isEqualTo(Map.of(
                RiskParty.GUARANTOR, yuan("133333.33"),
                RiskParty.FUND, yuan("99999.99"),
                RiskParty.INSURER, yuan("66666.66"),
                RiskParty.BANK, yuan("33333.35")));
        assertThat(allocation.total()).isEqualTo(yuan("333333.33"));
    }

    @Test
    void ratios_above_one_hundred_percent_are_refused() {
        assertThatThrownBy(() -> SharingArrangement.bankAlone()
                .withGuarantee(new Guarantee(Ratio.percent("80"), yuan("1.00"), Ratio.NONE))
                .withFund(new FundCover(Ratio.percent("30"), yuan("1.00"), yuan("1.00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("110%");
    }

    @Test
    void recoveries_are_split_as_agreed_before_disposal_and_never_beyond_what_each_paid_seed_004_eleven() {
        // Loss 1,000,000 borne 4:4:2 by fund, guarantor and bank; the valuation firm takes 5% of each receipt up to
        // its 30,000 fee. First receipt 300,000: 15,000 to the valuer, 285,000 split 4:4:2 = 114,000/114,000/57,000.
        var arrangement = SharingArrangement.bankAlone()
                .withGuarantee(new Guarantee(Ratio.percent("40"), yuan("5000000.00"), Ratio.NONE))
                .withFund(new FundCover(Ratio.percent("40"), yuan("5000000.00"), yuan("5000000.00")));
        var allocation = LossSharing.allocate(yuan("1000000.00"), arrangement);
        var agreement = RecoveryAgreement.inProportionToPaid(allocation,
                List.of(RiskParty.FUND, RiskParty.GUARANTOR, RiskParty.BANK), Ratio.percent("5"), yuan("30000.00"));

        var first = Recoveries.open(agreement, allocation).receive(yuan("300000.00"));
        assertThat(first.parts()).isEqualTo(Map.of(
                RiskParty.VALUATION_FIRM, yuan("15000.00"),
                RiskParty.FUND, yuan("114000.00"),
                RiskParty.GUARANTOR, yuan("114000.00"),
                RiskParty.BANK, yuan("57000.00")));

        // Second receipt 900,000: the valuer's last 15,000; fund and guarantor are owed 286,000 each, the bank
        // 143,000; 885,000 × 4/10 = 354,000 is capped at 286,000, and the 170,000 beyond everyone's loss is the pledgor's.
        var second = first.after().receive(yuan("900000.00"));
        assertThat(second.parts()).isEqualTo(Map.of(
                RiskParty.VALUATION_FIRM, yuan("15000.00"),
                RiskParty.FUND, yuan("286000.00"),
                RiskParty.GUARANTOR, yuan("286000.00"),
                RiskParty.BANK, yuan("143000.00"),
                RiskParty.PLEDGOR, yuan("170000.00")));
        assertThat(second.after().outstanding(RiskParty.FUND)).isEqualTo(Money.zero());
    }

    @Test
    void the_fen_a_split_leaves_over_goes_in_the_agreed_order() {
        var agreement = new RecoveryAgreement(Ratio.NONE, Money.zero(), List.of(
                new RecoveryAgreement.Claimant(RiskParty.BANK, BigDecimal.ONE),
                new RecoveryAgreement.Claimant(RiskParty.FUND, BigDecimal.ONE),
                new RecoveryAgreement.Claimant(RiskParty.GUARANTOR, BigDecimal.ONE)));
        var recoveries = new Recoveries(agreement, Map.of(RiskParty.BANK, yuan("1000.00"),
                RiskParty.FUND, yuan("1000.00"), RiskParty.GUARANTOR, yuan("1000.00")), Map.of(), Money.zero());

        assertThat(recoveries.receive(yuan("100.00")).parts()).isEqualTo(Map.of(
                RiskParty.BANK, yuan("33.34"), RiskParty.FUND, yuan("33.33"), RiskParty.GUARANTOR, yuan("33.33")));
    }

    @Test
    void an_agreement_that_leaves_out_a_payer_is_refused() {
        var agreement = new RecoveryAgreement(Ratio.NONE, Money.zero(),
                List.of(new RecoveryAgreement.Claimant(RiskParty.BANK, BigDecimal.ONE)));

        assertThatThrownBy(() -> new Recoveries(agreement, Map.of(RiskParty.BANK, yuan("1.00"),
                RiskParty.FUND, yuan("1.00")), Map.of(), Money.zero()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FUND");
    }
}
