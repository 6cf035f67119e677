package cn.ipfin.core.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginationRulesTest {

    static ProductTerms product(TargetGroup target, Set<String> parks) {
        return new ProductTerms(Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50"), IpKind.TRADEMARK, new BigDecimal("0.30")),
                Money.of("500000"), Money.of("5000000"), 6, 36, 50, 150, Set.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL),
                Requirement.OPTIONAL, Requirement.OPTIONAL, target, parks);
    }

    @Test
    void steps_lead_one_to_the_next_and_every_open_step_may_end() {
        assertThat(Origination.move(LoanState.APPLIED, LoanState.VALUATION).isAllowed()).isTrue();
        assertThat(Origination.move(LoanState.CONTRACT, LoanState.DISBURSED).isAllowed()).isTrue();
        assertThat(Origination.move(LoanState.APPLIED, LoanState.DISBURSED).isAllowed()).isFalse();
        assertThat(Origination.move(LoanState.VALUATION, LoanState.APPLIED).isAllowed()).isFalse();
        for (LoanState open : Origination.OPEN) {
            assertThat(Origination.move(open, LoanState.WITHDRAWN).isAllowed()).isTrue();
            assertThat(Origination.move(open, LoanState.REJECTED).isAllowed()).isTrue();
        }
        assertThat(Origination.move(LoanState.DISBURSED, LoanState.WITHDRAWN).isAllowed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = LoanState.class, names = {"DISBURSED", "REPAID", "WITHDRAWN", "REJECTED", "OVERDUE", "DEFAULTED"})
    void a_closed_or_disbursed_loan_cannot_be_rejected(LoanState state) {
        Decision d = Origination.move(state, LoanState.REJECTED);
        assertThat(d.isAllowed()).isFalse();
        assertThat(d.zh()).contains("不能转入");
        assertThat(d.en()).contains("cannot move to REJECTED");
    }

    @Test
    void the_limit_of_a_patent_and_trademark_bundle_is_the_weighted_sum_rounded_down_per_asset() {
        var limit = PledgeRateLimit.of(List.of(
                new PledgeRateLimit.Collateral("P", IpKind.INVENTION_PATENT, Money.of("2000000.01")),
                new PledgeRateLimit.Collateral("T", IpKind.TRADEMARK, Money.of("1000000.05"))),
                product(TargetGroup.ANY, Set.of()).maxPledgeRates());
        // 0.50 × 2,000,000.01 = 1,000,000.005 → 1,000,000.00; 0.30 × 1,000,000.05 = 300,000.015 → 300,000.01
        assertThat(limit.lines()).extracting(l -> l.limit().toString()).containsExactly("1000000.00", "300000.01");
        assertThat(limit.total()).isEqualTo(Money.of("1300000.01"));
    }

    @Test
    void a_kind_the_product_does_not_accept_is_refused_not_counted_as_zero() {
        assertThatThrownBy(() -> PledgeRateLimit.of(List.of(new PledgeRateLimit.Collateral("C", IpKind.COPYRIGHT,
                Money.of("1"))), product(TargetGroup.ANY, Set.of()).maxPledgeRates()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void approval_refuses_above_the_limit_the_maker_as_checker_and_a_spread_out_of_range() {
        var limit = new PledgeRateLimit.Limit(List.of(), Money.of("1300000.01"));
        var ok = new CreditApprovalRules(product(TargetGroup.ANY, Set.of()), limit, Money.of("1300000.01"), 12, 100,
                "bank1", "bank1-approver").decide();
        assertThat(ok.isAllowed()).isTrue();
        var refused = new CreditApprovalRules(product(TargetGroup.ANY, Set.of()), limit, Money.of("1300000.02"), 40, 200,
                "bank1", "bank1").decide();
        assertThat(refused.reasons()).extracting(Decision.Reason::rule).containsExactly("approval.fourEyes",
                "approval.pledgeRate", "approval.termRange", "approval.spread");
        assertThat(refused.zh()).contains("四眼原则", "质押率上限");
        assertThat(refused.en()).contains("four eyes", "pledge-rate limit");
    }

    @Test
    void registration_checks_owner_co_owners_status_term_open_pledge_and_freeze() {
        LocalDate maturity = LocalDate.of(2028, 1, 1);
        var fine = new PledgeRegistrationRules("P1", 1, Set.of(1L, 2L), Set.of(2L), LegalStatus.IN_FORCE,
                LocalDate.of(2030, 1, 1), maturity, null, false).decide();
        assertThat(fine.isAllowed()).isTrue();
        var coOwner = new PledgeRegistrationRules("P1", 1, Set.of(1L, 2L), Set.of(), LegalStatus.IN_FORCE,
                LocalDate.of(2030, 1, 1), maturity, null, false).decide();
        assertThat(coOwner.reasons()).extracting(Decision.Reason::rule).containsExactly("pledge.coOwners");
        var everything = new PledgeRegistrationRules("P1", 9, Set.of(1L), Set.of(), LegalStatus.UNDER_INVALIDATION,
                maturity, maturity, "Y1", true).decide();
        assertThat(everything.reasons()).extracting(Decision.Reason::rule).containsExactly("pledge.owner",
                "pledge.status", "pledge.term", "pledge.alreadyPledged", "pledge.frozen");
        assertThat(everything.zh()).contains("无效宣告审查中", "冻结");
    }

    @Test
    void matching_ranks_eligible_products_first_and_explains_each_criterion() {
        var demand = new ProductMatching.DemandFacts(Money.of("1000000"), 12, EnumSet.of(IpKind.INVENTION_PATENT,
                IpKind.COPYRIGHT), Set.of(), "高新园");
        var open = ProductMatching.match("open", product(TargetGroup.ANY, Set.of()), demand);
        var sme = ProductMatching.match("sme", product(TargetGroup.SPECIALISED_SME, Set.of()), demand);
        var otherPark = ProductMatching.match("park", product(TargetGroup.ANY, Set.of("临港园")), demand);
        assertThat(open.eligible()).isTrue();
        assertThat(open.score()).isEqualTo(20 + 25 + 20 + 10 + 5);   // half the offered kinds accepted
        assertThat(sme.eligible()).isFalse();
        assertThat(sme.checks().get(3).zh()).contains("专精特新");
        assertThat(otherPark.eligible()).isFalse();
        assertThat(ProductMatching.rank(List.of(sme, otherPark, open))).extracting(ProductMatching.Match::ref)
                .containsExactly("open", "park", "sme");
    }
}
