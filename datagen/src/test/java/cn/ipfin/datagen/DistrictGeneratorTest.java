package cn.ipfin.datagen;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.asset.PatentTerm;
import cn.ipfin.core.identifier.OrganizationCode;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.money.LprTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DistrictGeneratorTest {

    private static final DistrictGenerator DEMO = new DistrictGenerator(DistrictSpec.demo());

    private static List<GeneratedEnterprise> enterprises(DistrictGenerator generator) {
        List<GeneratedEnterprise> all = new ArrayList<>();
        generator.enterprises(all::add);
        return all;
    }

    private static List<GeneratedLoan> loans(DistrictGenerator generator) {
        List<GeneratedLoan> all = new ArrayList<>();
        generator.loans(all::add);
        return all;
    }

    @Test
    void two_runs_of_the_same_spec_are_equal() {
        DistrictGenerator again = new DistrictGenerator(DistrictSpec.demo());

        assertThat(enterprises(again)).isEqualTo(enterprises(DEMO));
        assertThat(loans(again)).isEqualTo(loans(DEMO));
        assertThat(again.institutions()).isEqualTo(DEMO.institutions());
    }

    @Test
    void an_enterprise_does_not_depend_on_the_size_of_the_district() {
        assertThat(enterprises(new DistrictGenerator(DistrictSpec.tiny())))
                .isEqualTo(enterprises(DEMO).subList(0, DistrictSpec.tiny().enterprises()));
        assertThat(new DistrictGenerator(DistrictSpec.ofSize(1_000_000)).enterprise(17)).isEqualTo(DEMO.enterprise(17));
    }

    @Test
    void another_seed_gives_another_district() {
        DistrictGenerator other = new DistrictGenerator(new DistrictSpec(1L, 600, "示范区"));
        assertThat(other.enterprise(1)).isNotEqualTo(DEMO.enterprise(1));
    }

    @Test
    void every_credit_code_is_valid_and_unique_and_registered_in_the_district() {
        Set<String> codes = new HashSet<>();
        for (GeneratedEnterprise e : enterprises(DEMO)) {
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(e.creditCode());
            assertThat(code.isEnterprise()).isTrue();
            assertThat(code.administrativeDivision()).isEqualTo("419001");
            assertThat(OrganizationCode.isValid(code.organizationCode())).isTrue();
            assertThat(codes.add(e.creditCode())).as("duplicate %s", e.creditCode()).isTrue();
        }
        for (GeneratedOrganisation o : DEMO.institutions()) {
            assertThat(UnifiedSocialCreditCode.isValid(o.creditCode())).isTrue();
            assertThat(codes.add(o.creditCode())).as("duplicate %s", o.creditCode()).isTrue();
        }
    }

    @Test
    void names_and_asset_numbers_are_unique_across_the_district() {
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (GeneratedEnterprise e : enterprises(DEMO)) {
            assertThat(names.add(e.name())).as("duplicate %s", e.name()).isTrue();
            assertThat(e.name()).startsWith("示范区").endsWith("有限公司");
            for (GeneratedIpAsset a : e.assets()) assertThat(numbers.add(a.number())).as("duplicate %s", a.number()).isTrue();
        }
        assertThat(numbers).hasSizeGreaterThan(1_000);
    }

    @Test
    void every_asset_number_is_valid_for_its_kind_and_dates_are_consistent() {
        for (GeneratedEnterprise e : enterprises(DEMO)) {
            for (GeneratedIpAsset a : e.assets()) {
                assertThat(a.filedOn()).isAfterOrEqualTo(e.registeredOn());
                switch (a.kind()) {
                    case INVENTION_PATENT, UTILITY_MODEL, DESIGN_PATENT -> {
                        PatentApplicationNumber number = PatentApplicationNumber.parse(a.number());
                        assertThat(number.value()).isEqualTo(a.number());
                        assertThat(number.ipKind()).isEqualTo(a.kind());
                        assertThat(number.filingYear()).isEqualTo(a.filedOn().getYear());
                    }
                    case TRADEMARK -> {
                        assertThat(a.number()).matches("[1-9][0-9]{6,7}");
                        assertThat(a.niceClass()).isBetween(1, 45);
                    }
                    case SOFTWARE_COPYRIGHT -> assertThat(a.number()).matches("20[0-9]{2}SR[0-9]{7}");
                    default -> throw new AssertionError("unexpected kind " + a.kind());
                }
                if (a.status() == LegalStatus.PENDING) {
                    assertThat(a.grantedOn()).isNull();
                } else {
                    assertThat(a.grantedOn()).isAfter(a.filedOn()).isBeforeOrEqualTo(DistrictGenerator.AS_OF);
                }
                if (a.status() == LegalStatus.EXPIRED) assertThat(a.expiresOn()).isBefore(DistrictGenerator.AS_OF);
                if (a.status() == LegalStatus.IN_FORCE) assertThat(a.expiresOn()).isAfterOrEqualTo(DistrictGenerator.AS_OF);
            }
        }
    }

    @Test
    void patent_expiry_follows_the_term_of_its_kind_and_filing_date() {
        int designsAfterAmendment = 0;
        for (GeneratedEnterprise e : enterprises(DEMO)) {
            for (GeneratedIpAsset a : e.assets()) {
                if (!a.kind().isPatent() || a.expiresOn() == null) continue;
                assertThat(a.expiresOn()).isEqualTo(PatentTerm.lastDayInForce(a.kind(), a.filedOn()));
                if (a.kind() == IpKind.DESIGN_PATENT && !a.filedOn().isBefore(PatentTerm.FOURTH_AMENDMENT)) {
                    assertThat(a.expiresOn()).isEqualTo(a.filedOn().plusYears(15).minusDays(1));
                    designsAfterAmendment++;
                }
            }
        }
        assertThat(designsAfterAmendment).isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261123L, 1L, 2L, 3L, 42L, 99L, 2024L, 123456789L})
    void every_loan_state_appears_even_in_the_tiny_district(long seed) {
        DistrictGenerator tiny = new DistrictGenerator(new DistrictSpec(seed, 40, "示范区"));
        Set<LoanState> states = EnumSet.noneOf(LoanState.class);
        tiny.loans(loan -> states.add(loan.state()));

        assertThat(states).containsExactlyInAnyOrder(LoanState.values());
    }

    @Test
    void loans_are_consistent_with_their_state_and_their_enterprise() {
        Map<Integer, GeneratedEnterprise> bySeq = new HashMap<>();
        DEMO.enterprises(e -> bySeq.put(e.seq(), e));
        List<GeneratedLoan> loans = loans(DEMO);
        LprTable lpr = LprTable.published();
        Set<String> loanNumbers = new HashSet<>();
        Set<String> banks = new HashSet<>();

        assertThat(loans.size()).isBetween(DEMO.targetLoanCount() - 15, DEMO.targetLoanCount());
        for (GeneratedLoan loan : loans) {
            GeneratedEnterprise e = bySeq.get(loan.enterpriseSeq());
            assertThat(loanNumbers.add(loan.loanNo())).isTrue();
            assertThat(loan.loanNo()).matches("PL" + loan.appliedOn().getYear() + "[0-9]{6}");
            banks.add(loan.bankKey());
            assertThat(loan.principal().remainder(BigDecimal.valueOf(1000)).signum()).isZero();
            assertThat(loan.principal()).isBetween(new BigDecimal("500000"), new BigDecimal("10000000"));
            BigDecimal spread = loan.annualRatePercent().subtract(lpr.oneYearOn(loan.appliedOn()).percent());
            assertThat(spread).isBetween(new BigDecimal("0.30"), new BigDecimal("1.50"));
            assertThat(loan.termMonths()).isIn(12, 24, 36);
            assertThat(loan.appliedOn()).isAfter(e.registeredOn()).isBetween("2023-01-01", "2026-10-31");
            assertThat(loan.collateralNumbers()).hasSizeBetween(1, 3);
            Set<String> owned = new HashSet<>();
            e.assets().stream().filter(a -> a.status() == LegalStatus.IN_FORCE).forEach(a -> owned.add(a.number()));
            assertThat(owned).containsAll(loan.collateralNumbers());
            boolean paidOut = loan.state().isOutstanding() || loan.state() == LoanState.REPAID;
            if (paidOut) {
                assertThat(loan.disbursedOn()).isAfter(loan.appliedOn()).isBeforeOrEqualTo(DistrictGenerator.AS_OF);
                assertThat(loan.maturityOn()).isEqualTo(loan.disbursedOn().plusMonths(loan.termMonths()));
            } else {
                assertThat(loan.disbursedOn()).isNull();
                assertThat(loan.maturityOn()).isNull();
            }
            if (loan.state() == LoanState.DISBURSED) assertThat(loan.maturityOn()).isAfter(DistrictGenerator.AS_OF);
        }
        assertThat(banks).containsExactlyInAnyOrder("bank-1", "bank-2", "bank-3", "bank-4");
    }

    @Test
    void the_district_has_the_institutions_the_demo_logs_in_as() {
        List<GeneratedOrganisation> orgs = DEMO.institutions();

        assertThat(orgs).extracting(GeneratedOrganisation::key).containsExactlyInAnyOrder("ipo",
                "bank-1", "bank-1-b1", "bank-2", "bank-2-b1", "bank-3", "bank-3-b1", "bank-4", "bank-4-b1",
                "guarantor-1", "guarantor-2", "insurer-1", "insurer-2", "valuer-1", "valuer-2", "valuer-3",
                "operator-1", "experts", "regulator", "pboc");
        assertThat(orgs).filteredOn(o -> o.key().endsWith("-b1")).allSatisfy(o -> assertThat(o.key()).startsWith(o.parentKey()));
    }

    @Test
    void shares_of_flags_sizes_and_credit_facts_are_realistic() {
        List<GeneratedEnterprise> all = enterprises(new DistrictGenerator(DistrictSpec.ofSize(5_000)));
        assertThat(share(all, GeneratedEnterprise::specialisedSme)).isBetween(0.11, 0.19);
        assertThat(share(all, GeneratedEnterprise::littleGiant)).isBetween(0.01, 0.035);
        assertThat(share(all, GeneratedEnterprise::highTech)).isBetween(0.25, 0.35);
        assertThat(share(all, GeneratedEnterprise::preIpo)).isBetween(0.004, 0.02);
        assertThat(share(all, e -> e.registeredOn().isAfter(DistrictGenerator.AS_OF.minusYears(1)))).isBetween(0.03, 0.08);
        assertThat(share(all, e -> e.creditFacts().stream().anyMatch(f -> f.kind().equals("ABNORMAL_OPERATION")))).isBetween(0.025, 0.05);
        assertThat(share(all, e -> e.creditFacts().stream().anyMatch(f -> f.kind().equals("DISHONEST")))).isBetween(0.003, 0.02);
        assertThat(all).allSatisfy(e -> e.financials().forEach(f ->
                assertThat(f.rdSpend()).isLessThanOrEqualTo(f.revenue()).hasScaleOf(2)));
    }

    private static double share(List<GeneratedEnterprise> all, java.util.function.Predicate<GeneratedEnterprise> p) {
        return all.stream().filter(p).count() / (double) all.size();
    }
}
