package cn.ipfin.securitization;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.lending.UnderlyingLoans;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 底层资产放款 (Longnan 二(二)4) on the business date 2026-12-01: after the issue, one loan per enterprise of the frozen
 * pool, made by the named bank on the stated terms in one go, serviced from then on like any loan, and made once.
 * Not rolled back: servicing opens the loans only after the disbursement commits.
 */
@IntegrationTest
class UnderlyingDisbursementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired SecuritizationProjects projects;
    @Autowired AssetPools pools;
    @Autowired UnderlyingDisbursement underlying;
    @Autowired UnderlyingLoans loans;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    private int version(long id) {
        return projects.find(actor("ipo"), id).version();
    }

    record Made(String loanNo, long enterpriseId, long bankOrgId, BigDecimal principal, BigDecimal rate, int term,
                String state, LocalDate disbursedOn, LocalDate maturityOn, String method) {
    }

    private Long project;

    /**
     * The suite shares one database: the project goes, so that no other test finds these enterprises in a frozen pool
     * (the loans stay, serviced, as any committed loan; the ledger is append-only).
     */
    @AfterEach
    void removeTheProject() {
        if (project == null) return;
        for (String table : new String[]{"securitization_pool_entry", "securitization_task", "securitization_institution"}) {
            jdbc.sql("delete from " + table + " where project_id = :p").param("p", project).update();
        }
        jdbc.sql("delete from securitization_project where id = :p").param("p", project).update();
        project = null;
    }

    @Test
    void after_the_issue_every_enterprise_of_the_pool_gets_its_loan_which_servicing_then_services() throws Exception {
        Actor operator = actor("operator1");
        Actor bank = actor("bank3");
        // 1,500 万 at 500 万 each: the target size takes three enterprises
        long id = projects.open(actor("ipo"), new SecuritizationProjects.NewProject("知识产权证券化底层放款测试",
                operator.orgId(), "ZB-2026-031", new BigDecimal("15000000.00"), 12, YearMonth.of(2026, 5), Map.of()));
        project = id;
        pools.screen(operator, id, version(id), new AssetPools.Standards(false, 0, BigDecimal.ZERO,
                new BigDecimal("-100000000000"), 0, BigDecimal.valueOf(40), BigDecimal.valueOf(100), BigDecimal.valueOf(100),
                new BigDecimal("5000000.00")));
        pools.freeze(operator, id, version(id));
        var pool = pools.pool(operator, id).included();
        assertThat(pool).hasSize(3);
        var terms = new UnderlyingDisbursement.Terms(bank.orgId(), new BigDecimal("4.35"), RepaymentMethod.BULLET);

        assertThatThrownBy(() -> underlying.disburse(operator, id, version(id), terms))
                .satisfies(refusedBy("securitization.disbursement-after-issuance"));
        projects.recordIssuance(operator, id, version(id), TODAY, new BigDecimal("15000000"), new BigDecimal("607500.00"));
        assertThatThrownBy(() -> underlying.disburse(actor("bank3"), id, version(id), terms))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> underlying.disburse(operator, id, version(id),
                new UnderlyingDisbursement.Terms(operator.orgId(), new BigDecimal("4.35"), RepaymentMethod.BULLET)))
                .satisfies(refusedBy("lending.underlying-lender"));
        assertThat(underlying.made(id)).as("a refused disbursement leaves nothing").isEmpty();

        // 607,500 of issue cost over three enterprises of 500 万 each
        assertThat(pools.pool(operator, id).included()).extracting(AssetPools.Entry::issueCost)
                .allSatisfy(c -> assertThat(c).isEqualByComparingTo("202500.00"));

        List<String> numbers = underlying.disburse(operator, id, version(id), terms);

        List<Made> made = jdbc.sql("""
                        select loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, state, disbursed_on,
                               maturity_on, repayment_method from loan_view where loan_no = any(:nos) order by loan_no""")
                .param("nos", numbers.toArray(String[]::new))
                .query((rs, i) -> new Made(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), rs.getString(10))).list();
        assertThat(made).hasSize(3).allSatisfy(m -> {
            assertThat(m.loanNo()).startsWith("LS2026");
            assertThat(m.bankOrgId()).isEqualTo(bank.orgId());
            assertThat(m.principal()).isEqualByComparingTo("5000000.00");
            assertThat(m.rate()).isEqualByComparingTo("0.0435");
            assertThat(m.term()).isEqualTo(12);
            assertThat(m.state()).isEqualTo("DISBURSED");
            assertThat(m.disbursedOn()).isEqualTo(TODAY);
            assertThat(m.maturityOn()).isEqualTo(LocalDate.of(2027, 12, 1));
            assertThat(m.method()).isEqualTo("BULLET");
        });
        assertThat(made).extracting(Made::enterpriseId)
                .containsExactlyInAnyOrderElementsOf(pool.stream().map(AssetPools.Entry::enterpriseId).toList());
        assertThat(underlying.made(id)).hasValueSatisfying(m -> {
            assertThat(m.on()).isEqualTo(TODAY);
            assertThat(m.annualRatePercent()).isEqualByComparingTo("4.35");
        });
        // the loan contract is the enterprise's consent that the lending bank sees its data
        assertThat(jdbc.sql("""
                        select count(*) from data_authorisation_view where org_id = :b and revoked_at is null
                        and enterprise_id = any(:e)""")
                .param("b", bank.orgId()).param("e", made.stream().map(Made::enterpriseId).toArray(Long[]::new))
                .query(Long.class).single()).isEqualTo(3);

        // servicing opens each loan from LoanDisbursed: a bullet loan repays 5,000,000 plus a year's interest in one line
        List<BigDecimal> instalments = List.of();
        for (long deadline = System.nanoTime() + 20_000_000_000L; instalments.size() < 3 && System.nanoTime() < deadline; ) {
            instalments = jdbc.sql("""
                            select i.principal from loan_instalment i join loan l on l.id = i.loan_id
                            where l.loan_no = any(:nos) and i.version_no = 1""")
                    .param("nos", numbers.toArray(String[]::new)).query(BigDecimal.class).list();
            if (instalments.size() < 3) LockSupport.parkNanos(50_000_000L);
        }
        assertThat(instalments).hasSize(3).allSatisfy(p -> assertThat(p).isEqualByComparingTo("5000000.00"));
        assertThat(underlying.loans(operator, id)).hasSize(3)
                .allSatisfy(l -> assertThat(l.principalOutstanding()).isEqualByComparingTo("5000000.00"));

        assertThat(jdbc.sql("""
                        select count(*) from ledger_entry where subject_type = 'LOAN' and action = 'DISBURSED'
                        and subject_id = any(:nos)""")
                .param("nos", numbers.toArray(String[]::new)).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select count(*) from ledger_entry where subject_type = 'SECURITIZATION_PROJECT' and subject_id = :id
                        and action = 'UNDERLYING_DISBURSED'""")
                .param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(1);

        assertThatThrownBy(() -> underlying.disburse(operator, id, version(id), terms))
                .satisfies(refusedBy("securitization.already-recorded"));
        String html = mvc.perform(get("/securitization/projects/" + id).with(user(users.loadUserByUsername("operator1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("底层资产放款", numbers.getFirst(), "15,000,000.00", "到期一次还本付息", "4.35%");
    }

    @Test
    @Transactional
    void lending_makes_one_loan_per_project_and_enterprise_and_repeats_it_only_on_the_same_terms() {
        Actor operator = actor("operator1");
        long bank = actor("bank3").orgId();
        long enterprise = actor("enterprise1").orgId();
        var loan = new UnderlyingLoans.UnderlyingLoan(-31, "知识产权证券化底层资产：测试", enterprise, bank,
                new BigDecimal("3000000.00"), new BigDecimal("0.045"), 12, RepaymentMethod.EQUAL_PRINCIPAL);

        String first = loans.disburse(operator, loan);
        assertThat(loans.disburse(operator, loan)).as("asked again on the same terms").isEqualTo(first);
        assertThatThrownBy(() -> loans.disburse(operator, new UnderlyingLoans.UnderlyingLoan(-31, "知识产权证券化底层资产：测试",
                enterprise, bank, new BigDecimal("3000000.01"), new BigDecimal("0.045"), 12, RepaymentMethod.EQUAL_PRINCIPAL)))
                .satisfies(refusedBy("lending.underlying-different-terms"));
        assertThatThrownBy(() -> loans.disburse(operator, new UnderlyingLoans.UnderlyingLoan(-32, "测试", bank, bank,
                new BigDecimal("3000000.00"), new BigDecimal("0.045"), 12, RepaymentMethod.EQUAL_PRINCIPAL)))
                .satisfies(refusedBy("lending.underlying-borrower"));
        assertThatThrownBy(() -> loans.disburse(operator, new UnderlyingLoans.UnderlyingLoan(-32, "测试", enterprise, bank,
                new BigDecimal("3000000.00"), new BigDecimal("0.25"), 12, RepaymentMethod.EQUAL_PRINCIPAL)))
                .satisfies(refusedBy("lending.underlying-terms"));
        assertThatThrownBy(() -> loans.disburse(operator, new UnderlyingLoans.UnderlyingLoan(-32, "测试", enterprise, bank,
                new BigDecimal("3000000.00"), new BigDecimal("0.045"), 12, RepaymentMethod.CUSTOM)))
                .satisfies(refusedBy("lending.underlying-terms"));
        assertThatThrownBy(() -> loans.disburse(actor("bank3"), loan)).isInstanceOf(AccessDeniedException.class);
    }
}
