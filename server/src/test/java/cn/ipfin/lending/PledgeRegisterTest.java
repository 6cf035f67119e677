package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.asset.PledgeOffice;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.party.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The district pledge register counts registrations, one amount (担保债权数额) each, patents and trademarks apart, and
 * the district's secured debt once per loan (issue 12: a 1,000,000 yuan loan on a patent and a trademark showed
 * 2,000,000 registered). An approval below the registered amount offers the bank the change registration (变更登记).
 */
@IntegrationTest
@Transactional
class PledgeRegisterTest {

    @Autowired java.time.Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;
    @Autowired RegisteredPledges register;

    OriginationFixture f;

    @BeforeEach
    void fixture() {
        f = new OriginationFixture(jdbc, users, products, applications, diligence, pledges, approval, clock);
    }

    private RegisteredPledges.OfficeTotals office(RegisteredPledges.Register r, PledgeOffice office) {
        return r.totals().byOffice().stream().filter(o -> o.office() == office).findFirst()
                .orElse(new RegisteredPledges.OfficeTotals(office, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO));
    }

    @Test
    void a_loan_on_two_patents_and_a_trademark_is_two_registrations_of_one_amount_and_one_secured_debt() {
        var before = register.inDistrict(f.actor("ipo"), 5000);
        LoanFile file = f.registered(f.diligent(f.valued(
                f.applied(f.product(Requirement.OPTIONAL), "1000000", f.patent(), f.patent(), f.trademark()),
                "1200000", "1200000", "1000000")));
        var after = register.inDistrict(f.actor("ipo"), 5000);

        // the two patents share the patent registration; the trademark has its own, at its own office
        var numbers = file.collateral().stream().map(LoanFile.Collateral::registrationNo).toList();
        assertThat(numbers.get(0)).isEqualTo(numbers.get(1)).isNotEqualTo(numbers.get(2));
        var rows = after.pledges().stream().filter(p -> file.loanNo().equals(p.loanNo())).toList();
        assertThat(rows).extracting(RegisteredPledges.Pledge::office)
                .containsExactlyInAnyOrder(PledgeOffice.PATENT_OFFICE, PledgeOffice.TRADEMARK_OFFICE);
        assertThat(rows).allSatisfy(p -> assertThat(p.securedAmount()).isEqualByComparingTo("1000000"));
        assertThat(rows).filteredOn(p -> p.office() == PledgeOffice.PATENT_OFFICE).singleElement()
                .satisfies(p -> assertThat(p.assetNumbers()).hasSize(2));

        // per office: one more registration, its amount once
        assertThat(office(after, PledgeOffice.PATENT_OFFICE).inForce() - office(before, PledgeOffice.PATENT_OFFICE).inForce()).isEqualTo(1);
        assertThat(office(after, PledgeOffice.PATENT_OFFICE).inForceAmount()
                .subtract(office(before, PledgeOffice.PATENT_OFFICE).inForceAmount())).isEqualByComparingTo("1000000");
        assertThat(office(after, PledgeOffice.TRADEMARK_OFFICE).inForce() - office(before, PledgeOffice.TRADEMARK_OFFICE).inForce()).isEqualTo(1);
        assertThat(office(after, PledgeOffice.TRADEMARK_OFFICE).inForceAmount()
                .subtract(office(before, PledgeOffice.TRADEMARK_OFFICE).inForceAmount())).isEqualByComparingTo("1000000");
        // the district: two registrations, and the loan's 1,000,000 secured once (not 3,000,000, nor 2,000,000)
        assertThat(after.totals().inForce() - before.totals().inForce()).isEqualTo(2);
        assertThat(after.totals().inForceAmount().subtract(before.totals().inForceAmount())).isEqualByComparingTo("1000000");
    }

    @Test
    void an_approval_below_the_registered_amount_offers_the_change_registration_and_the_change_covers_the_registration() throws Exception {
        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(
                f.applied(f.product(Requirement.OPTIONAL), "1000000", f.patent(), f.patent(), f.trademark()),
                "1200000", "1200000", "1000000"))));
        assertThat(file.changeRegistrationOffers()).isEmpty();

        LoanFile approved = approval.approve(f.actor("bank1-approver"), file.loanNo(),
                new LoanApproval.Approve(file.version(), new BigDecimal("900000"), 80, null));

        assertThat(approved.changeRegistrationOffers()).hasSize(2).allSatisfy(o -> {
            assertThat(o.registered()).isEqualByComparingTo("1000000");
            assertThat(o.approved()).isEqualByComparingTo("900000");
        });

        var patentOffer = approved.changeRegistrationOffers().stream()
                .filter(o -> o.registrationNo().equals(approved.collateral().get(0).registrationNo())).findFirst().orElseThrow();
        LoanFile changed = pledges.change(f.actor("bank1"), file.loanNo(), approved.version(), patentOffer.assetId(),
                new BigDecimal("900000"), "授信批准金额低于原登记担保债权数额");

        assertThat(changed.collateral()).filteredOn(c -> c.registrationNo().equals(patentOffer.registrationNo()))
                .hasSize(2).allSatisfy(c -> assertThat(c.securedAmount()).isEqualByComparingTo("900000"));
        assertThat(changed.changeRegistrationOffers()).singleElement()
                .satisfies(o -> assertThat(o.registrationNo()).isNotEqualTo(patentOffer.registrationNo()));

        // the bank's application page offers the remaining change; the IP office's register shows the offices apart
        String page = mvc.perform(get("/applications/{no}", file.loanNo()).with(user(users.loadUserByUsername("bank1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("变更登记").contains("data-registration=\"" + changed.changeRegistrationOffers().get(0).registrationNo());
        String register = mvc.perform(get("/pledges").with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(register).contains("专利权质押登记").contains("商标专用权质权登记").contains(file.loanNo());
    }
}
