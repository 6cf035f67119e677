package cn.ipfin.core.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A guarantee, insurance or the enterprise's credit raises the limit beyond what the pledge supports, each by what the
 * product allows, capped (seed 003 §五 质押+担保, seed 004 (九), seed 003 §二 专利+信用).
 */
class CreditEnhancementTest {

    private static final PledgeRateLimit.Limit PLEDGE = PledgeRateLimit.of(
            List.of(new PledgeRateLimit.Collateral("P", IpKind.INVENTION_PATENT, Money.of("2000000"))),
            Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50")));
    private static final CreditEnhancement.Terms TERMS = new CreditEnhancement.Terms(
            new CreditEnhancement.Addition(new BigDecimal("0.50"), Money.of("300000")),
            new CreditEnhancement.Addition(new BigDecimal("0.80"), Money.of("200000")),
            new CreditEnhancement.Addition(new BigDecimal("0.20"), Money.of("100000")));
    private static final CreditEnhancement.CreditAssessment CLEAN =
            CreditEnhancement.CreditAssessment.allowed("无不良信用记录", "no adverse credit record");

    @Test
    void each_part_is_its_rate_of_its_basis_and_never_above_its_cap() {
        var limit = CreditEnhancement.enhance(PLEDGE, TERMS, new CreditEnhancement.Securities(
                new BigDecimal("0.8"), new BigDecimal("0.5"), Money.of("1500000"), CLEAN));

        assertThat(limit.pledge()).isEqualTo(Money.of("1000000"));
        // guarantee: 80 % of 1,500,000 = 1,200,000 × 0.50 = 600,000 → cap 300,000
        // insurance: 50 % of 1,500,000 = 750,000 × 0.80 = 600,000 → cap 200,000
        // credit: 1,000,000 (the pledge part) × 0.20 = 200,000 → cap 100,000
        assertThat(limit.enhancements()).extracting(PledgeRateLimit.Enhancement::kind, PledgeRateLimit.Enhancement::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CreditEnhancement.Kind.GUARANTEE, Money.of("300000")),
                        org.assertj.core.groups.Tuple.tuple(CreditEnhancement.Kind.INSURANCE, Money.of("200000")),
                        org.assertj.core.groups.Tuple.tuple(CreditEnhancement.Kind.CREDIT, Money.of("100000")));
        assertThat(limit.total()).isEqualTo(Money.of("1600000"));
    }

    @Test
    void below_its_cap_a_part_is_rounded_down_to_the_fen() {
        var limit = CreditEnhancement.enhance(PLEDGE, TERMS, new CreditEnhancement.Securities(
                new BigDecimal("0.3"), null, Money.of("333333.33"), null));
        // 30 % of 333,333.33 = 99,999.999 → 99,999.99; × 0.50 = 49,999.995 → 49,999.99
        assertThat(limit.enhancements()).singleElement().satisfies(p -> {
            assertThat(p.basis()).isEqualTo(Money.of("99999.99"));
            assertThat(p.amount()).isEqualTo(Money.of("49999.99"));
        });
        assertThat(limit.total()).isEqualTo(Money.of("1049999.99"));
    }

    @Test
    void a_refused_credit_assessment_adds_nothing_and_says_why_and_a_product_without_terms_keeps_the_pledge_limit() {
        var refused = CreditEnhancement.enhance(PLEDGE, TERMS, new CreditEnhancement.Securities(null, null,
                Money.of("1000000"), CreditEnhancement.CreditAssessment.refused("列入经营异常名录", "on the abnormal-operation list")));
        assertThat(refused.enhancements()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(Money.zero());
            assertThat(p.zh()).contains("经营异常");
        });
        assertThat(refused.total()).isEqualTo(PLEDGE.total());

        var none = CreditEnhancement.enhance(PLEDGE, CreditEnhancement.Terms.none(), new CreditEnhancement.Securities(
                BigDecimal.ONE, BigDecimal.ONE, Money.of("1000000"), CLEAN));
        assertThat(none.enhancements()).isEmpty();
        assertThat(none.total()).isEqualTo(PLEDGE.total());
    }

    @Test
    void approval_above_the_pledge_part_within_the_enhanced_limit_is_allowed_and_above_it_refused_naming_each_part() {
        var limit = CreditEnhancement.enhance(PLEDGE, TERMS, new CreditEnhancement.Securities(
                new BigDecimal("0.8"), new BigDecimal("0.5"), Money.of("1500000"), CLEAN));
        var product = new ProductTerms(Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50")), Money.of("100000"),
                Money.of("5000000"), 6, 36, 50, 150, EnumSet.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL),
                Requirement.OPTIONAL, Requirement.OPTIONAL, TargetGroup.ANY, Set.of());

        assertThat(new CreditApprovalRules(product, limit, Money.of("1600000"), 12, 100, "bank1", "bank1-approver")
                .decide().isAllowed()).isTrue();
        Decision refused = new CreditApprovalRules(product, limit, Money.of("1600000.01"), 12, 100, "bank1",
                "bank1-approver").decide();
        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.zh() + refused.en()).contains("1,000,000.00").contains("300,000.00").contains("200,000.00")
                .contains("100,000.00").contains("1,600,000.00");
    }

    @Test
    void an_addition_is_a_fraction_with_a_positive_cap() {
        assertThatThrownBy(() -> new CreditEnhancement.Addition(new BigDecimal("1.2"), Money.of("1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreditEnhancement.Addition(new BigDecimal("0.5"), Money.zero()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
