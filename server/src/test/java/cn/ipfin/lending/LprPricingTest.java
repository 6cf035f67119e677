package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.money.Rate;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.reference.LprRates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One LPR (issue 12): a quote the IP office adds to the table is what approval pricing and an application's
 * indicative rate use from its effective date on, not a compiled list that ends in 2025.
 */
@IntegrationTest
@Transactional
class LprPricingTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;
    @Autowired LprRates lpr;
    @Autowired Clock clock;

    OriginationFixture f;

    @BeforeEach
    void fixture() {
        f = new OriginationFixture(jdbc, users, products, applications, diligence, pledges, approval, clock);
    }

    @Test
    void a_quote_added_to_the_table_prices_approvals_from_its_effective_date() {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("delete from lpr_rate where effective_on > date '2025-05-20'").update();
        lpr.add(f.actor("ipo"), today, Rate.percent("2.65"), Rate.percent("3.15"));
        // published for tomorrow: not in force yet
        lpr.add(f.actor("ipo"), today.plusDays(1), Rate.percent("9.00"), Rate.percent("9.50"));

        LoanFile applied = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        // the indicative rate of the application: today's 1-year LPR + the product's lowest spread (50 bp)
        assertThat(applied.loan().annualRate()).isEqualByComparingTo("0.0315");

        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(applied, "2000000"))));
        LoanFile approved = approval.approve(f.actor("bank1-approver"), file.loanNo(),
                new LoanApproval.Approve(file.version(), new BigDecimal("500000"), 80, null));

        assertThat(approved.lpr()).isEqualByComparingTo("0.0265");
        assertThat(approved.loan().annualRate()).isEqualByComparingTo("0.0345");
    }
}
