package cn.ipfin.core.programme;

import cn.ipfin.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ezhou 003 §四: ≤ 50 % of the year's interest, ≤ 100,000 yuan per enterprise across all its loans. */
class BenefitCalculationTest {

    private static final ProgrammeDefinition EZHOU = Presets.load("ezhou-2024-interest-subsidy.yaml");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void half_of_the_years_interest_at_most() {
        BenefitCalculation c = BenefitCalculation.of(EZHOU, new Applicant().facts(), TODAY, 2025, null, Money.zero());
        assertThat(c.base()).isEqualTo(Money.of("180000.00"));
        assertThat(c.amount()).isEqualTo(Money.of("90000.00"));
    }

    @Test
    void the_assessment_may_set_a_lower_rate_but_not_a_higher_one() {
        assertThat(BenefitCalculation.of(EZHOU, new Applicant().facts(), TODAY, 2025, new BigDecimal("0.30"), Money.zero())
                .amount()).isEqualTo(Money.of("54000.00"));
        assertThatThrownBy(() -> BenefitCalculation.of(EZHOU, new Applicant().facts(), TODAY, 2025,
                new BigDecimal("0.51"), Money.zero())).hasMessageContaining("outside 0..0.50");
    }

    @Test
    void the_cap_is_per_enterprise_across_all_its_loans_not_per_loan() {
        Applicant a = new Applicant();
        a.loans.set(0, Applicant.loan("L1", Money.of("150000.00"), LocalDate.of(2022, 3, 1), true, true));
        a.loans.add(Applicant.loan("L2", Money.of("80000.00"), LocalDate.of(2022, 3, 1), true, true));
        // per loan 75,000 and 40,000 would each be under the cap; together 115,000 is not
        BenefitCalculation c = BenefitCalculation.of(EZHOU, a.facts(), TODAY, 2025, null, Money.zero());
        assertThat(c.byRate()).isEqualTo(Money.of("115000.00"));
        assertThat(c.amount()).isEqualTo(Money.of("100000.00"));
        assertThat(c.steps()).anyMatch(s -> s.contains("每户企业每年上限 100000.00 元"));
    }

    @Test
    void what_was_granted_earlier_in_the_year_counts_against_the_cap() {
        BenefitCalculation c = BenefitCalculation.of(EZHOU, new Applicant().facts(), TODAY, 2025, null, Money.of("40000.00"));
        assertThat(c.amount()).isEqualTo(Money.of("60000.00"));
        assertThat(BenefitCalculation.of(EZHOU, new Applicant().facts(), TODAY, 2025, null, Money.of("100000.00"))
                .amount()).isEqualTo(Money.zero());
    }

    @Test
    void the_rate_rounds_down_to_the_fen_so_it_is_never_exceeded() {
        Applicant a = new Applicant();
        a.loans.set(0, Applicant.loan("L1", Money.of("12345.67"), LocalDate.of(2022, 3, 1), true, true));
        assertThat(BenefitCalculation.of(EZHOU, a.facts(), TODAY, 2025, null, Money.zero()).amount())
                .isEqualTo(Money.of("6172.83"));
    }

    @Test
    void licheng_supports_the_financing_amount_within_the_project_ceiling() {
        ProgrammeDefinition licheng = Presets.load("licheng-2025-securitization-cost.yaml");
        BenefitCalculation c = BenefitCalculation.of(licheng, new Applicant().facts(), LocalDate.of(2026, 6, 1), 2026,
                null, Money.zero());
        assertThat(c.base()).isEqualTo(Money.ofYuan(50_000_000));
        assertThat(c.amount()).isEqualTo(Money.ofYuan(1_000_000)); // 2 % of 50 million, at the open ceiling
    }

    @Test
    void longnan_government_pays_its_share_of_the_issue_cost() {
        ProgrammeDefinition longnan = Presets.load("longnan-2024-securitization-cost-split.yaml");
        BenefitCalculation c = BenefitCalculation.of(longnan, new Applicant().facts(), LocalDate.of(2025, 10, 1), 2025,
                null, Money.zero());
        assertThat(c.byRate()).isEqualTo(Money.ofYuan(1_000_000));
        assertThat(c.amount()).isEqualTo(Money.ofYuan(500_000));
    }
}
