package cn.ipfin.riskshare;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.servicing.ServicingFixture;
import cn.ipfin.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A guarantor covering a loan takes a counter-pledge (反担保质押, Shenzhen 004 (十五)) of another of the borrower's
 * rights, in asset's pledge register with itself as pledgee. Rolled back with the test.
 */
@IntegrationTest
@Transactional
class CounterPledgesTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired CounterPledges counterPledges;
    @Autowired Clock clock;

    RiskShareFixture fixture;
    Actor guarantor;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = RiskShareFixture.of(context);
        guarantor = fixture.actor("guarantor1");
        today = LocalDate.now(clock);
    }

    /** A trademark of enterprise1 that is not pledged. */
    private String freeRight() {
        String number = "TM" + (System.nanoTime() % 100_000_000L);
        long asset = jdbc.sql("""
                        insert into ip_asset (kind, number, title, filed_on, granted_on, expires_on, status, nice_class)
                        values ('TRADEMARK', :n, '测试商标', date '2018-01-01', date '2019-01-01', date '2029-01-01', 'IN_FORCE', 9)
                        returning id""")
                .param("n", number).query(Long.class).single();
        jdbc.sql("insert into ip_asset_owner (asset_id, enterprise_id, share) values (:a, :e, 1)")
                .param("a", asset).param("e", fixture.actor("enterprise1").orgId()).update();
        return number;
    }

    @Test
    void the_guarantor_of_the_loan_is_pledgee_of_another_right_in_the_same_register_until_it_releases_it() {
        long product = fixture.guarantee(null);
        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        String right = freeRight();
        assertThatThrownBy(() -> counterPledges.register(guarantor, loan.loanNo(), right))
                .satisfies(refusedBy("riskshare.counter-pledge-cover"));
        fixture.covered(guarantor, product, loan.loanNo());

        long id = counterPledges.register(guarantor, loan.loanNo(), right);

        // the register holds it as a bank's pledge is held, the guarantor as pledgee, no loan of its own; it secures
        // what the cover can cost: 1,000,000 × 50%
        Map<String, Object> pledge = jdbc.sql("""
                        select p.pledgee_org_id, p.loan_id, p.secured_amount, p.registration_no from ip_pledge_view p
                        join ip_asset a on a.id = p.asset_id where a.number = :n and p.cancelled_on is null""")
                .param("n", right).query().singleRow();
        assertThat(pledge.get("pledgee_org_id")).isEqualTo(guarantor.orgId());
        assertThat(pledge.get("loan_id")).isNull();
        assertThat(Money.of((java.math.BigDecimal) pledge.get("secured_amount"))).isEqualTo(Money.of("500000.00"));
        CounterPledges.CounterPledge c = counterPledges.visible(guarantor).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        assertThat(c.registrationNo()).isEqualTo(pledge.get("registration_no")).startsWith("FD" + today.getYear());
        assertThat(counterPledges.visible(fixture.actor("enterprise1"))).extracting(CounterPledges.CounterPledge::id).contains(id);
        assertThat(counterPledges.visible(fixture.actor("bank2"))).extracting(CounterPledges.CounterPledge::id).doesNotContain(id);

        // the right is pledged now: neither a second counter-pledge nor the loan's own pledged patent can be taken
        assertThatThrownBy(() -> counterPledges.register(guarantor, loan.loanNo(), right))
                .satisfies(refusedBy("riskshare.counter-pledge-pledged"));
        String loansPatent = jdbc.sql("select number from ip_asset where id = :a").param("a", loan.assetId()).query(String.class).single();
        assertThatThrownBy(() -> counterPledges.register(guarantor, loan.loanNo(), loansPatent))
                .satisfies(refusedBy("riskshare.counter-pledge-pledged"));
        assertThatThrownBy(() -> counterPledges.register(guarantor, loan.loanNo(), "ZL-NOT-THEIRS"))
                .satisfies(refusedBy("riskshare.counter-pledge-owner"));

        counterPledges.release(guarantor, id);
        assertThat(jdbc.sql("select count(*) from ip_pledge_view p join ip_asset a on a.id = p.asset_id"
                        + " where a.number = :n and p.cancelled_on is null")
                .param("n", right).query(Integer.class).single()).isZero();
    }
}
