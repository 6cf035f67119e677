package cn.ipfin.servicing;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.servicing.PrepaymentOption;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.reference.LprRates;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.PageActions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each servicing rule that no other test triggered (issue 14): repayments, early repayment, 展期 and the daily close
 * refuse with the rule's code. The loans are made in the test's transaction (the fixture's template joins it) and
 * rolled back with it, so no other test counts them.
 */
@IntegrationTest
@Transactional
class ServicingRuleRefusalsTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ServicingHistory history;
    @Autowired LprRates lpr;
    @Autowired TransactionTemplate tx;
    @Autowired Ledger ledger;
    @Autowired Repayments repayments;
    @Autowired ScheduleRevisions revisions;
    @Autowired Classifications classifications;
    @Autowired DailyClose dailyClose;
    @Autowired PageActions actions;
    @Autowired MockMvc mvc;
    @Autowired java.time.Clock clock;

    ServicingFixture fixture;
    Actor bank;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new ServicingFixture(jdbc, users, history, lpr, tx, ledger);
        bank = fixture.actor("bank1");
        today = LocalDate.now(clock);
    }

    /** A loan paid on time, closed through yesterday; the day of month it was disbursed on is its due day. */
    private ServicingFixture.TestLoan current(RepaymentMethod method, int months, LocalDate disbursedOn) {
        return fixture.loan(method, "600000.00", "3.60", months, disbursedOn, today.minusDays(1), 0);
    }

    /** An application of enterprise1 at bank-1 with its contract signed: a loan with no money out, so no schedule. */
    private String contracted() {
        String loanNo = "TR" + String.format("%010d", ServicingFixture.SERIAL.incrementAndGet());
        jdbc.sql("""
                        insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on,
                            state, repayment_method)
                        values (:no, :e, :b, 500000, 0.036, 12, :applied, 'CONTRACT', 'EQUAL_PRINCIPAL')""")
                .param("no", loanNo).param("e", fixture.actor("enterprise1").orgId()).param("b", bank.orgId())
                .param("applied", today.minusDays(30)).update();
        return loanNo;
    }

    @Test
    void a_loan_without_money_out_has_nothing_to_repay_nor_to_settle() {
        String no = contracted();
        assertThatThrownBy(() -> repayments.repay(bank, no, "BR-" + no, Money.ofYuan(1_000)))
                .satisfies(refusedBy("servicing.no-schedule"));
        assertThatThrownBy(() -> revisions.payoffQuote(bank, no)).satisfies(refusedBy("servicing.not-disbursed"));
    }

    @Test
    void a_repayment_names_the_bank_s_transaction_and_pays_only_what_is_due() {
        ServicingFixture.TestLoan loan = current(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, 12, today.minusMonths(2).minusDays(3));
        String no = loan.loanNo();
        assertThatThrownBy(() -> repayments.repay(bank, no, " ", Money.ofYuan(1_000)))
                .satisfies(refusedBy("servicing.bank-reference"));
        assertThatThrownBy(() -> repayments.repay(bank, no, "R".repeat(65), Money.ofYuan(1_000)))
                .satisfies(refusedBy("servicing.bank-reference"));
        assertThatThrownBy(() -> repayments.repay(bank, no, "BR-" + no + "-none", Money.ofYuan(1_000)))
                .satisfies(refusedBy("servicing.nothing-due"));
        assertThat(repayments.list(bank, no)).noneMatch(r -> r.bankReference().startsWith("BR-" + no));
    }

    @Test
    void a_prepayment_is_below_the_outstanding_principal_and_a_settled_loan_takes_no_more() {
        ServicingFixture.TestLoan loan = current(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, 12, today.minusMonths(2).minusDays(3));
        String no = loan.loanNo();
        ScheduleRevisions.Payoff payoff = revisions.payoffQuote(bank, no);
        assertThatThrownBy(() -> revisions.prepay(bank, no, "P-" + no + "-all", payoff.principal(), PrepaymentOption.SHORTEN_TERM))
                .satisfies(refusedBy("servicing.prepayment-below-outstanding"));
        revisions.settle(bank, no, "S-" + no, payoff.total());
        assertThatThrownBy(() -> repayments.repay(bank, no, "BR-" + no + "-after", Money.ofYuan(100)))
                .satisfies(refusedBy("servicing.loan-repaid"));
    }

    @Test
    void today_s_allocation_needs_yesterday_s_close_and_a_revision_comes_before_today_s() {
        ServicingFixture.TestLoan behind = fixture.loan(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, "600000.00", "3.60", 12,
                today.minusMonths(2).minusDays(5), today.minusDays(3), 0);
        assertThatThrownBy(() -> repayments.repay(bank, behind.loanNo(), "BR-" + behind.loanNo(), Money.ofYuan(100)))
                .satisfies(refusedBy("servicing.closed-through-yesterday"));
        ServicingFixture.TestLoan closedToday = fixture.loan(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, "600000.00", "3.60", 12,
                today.minusMonths(2).minusDays(5), today, 0);
        assertThatThrownBy(() -> revisions.extend(bank, closedToday.loanNo(), 3, "订单回款周期延长"))
                .satisfies(refusedBy("servicing.before-todays-close"));
    }

    @Test
    void the_instalment_due_today_comes_first_and_an_extension_starts_from_an_unpaid_instalment() {
        ServicingFixture.TestLoan loan = current(RepaymentMethod.EQUAL_INSTALMENTS, 12, today.minusMonths(2));
        String no = loan.loanNo();
        assertThatThrownBy(() -> revisions.prepay(bank, no, "P-" + no, Money.ofYuan(10_000), PrepaymentOption.SHORTEN_TERM))
                .satisfies(refusedBy("servicing.due-today-first"));
        repayments.repay(bank, no, "BR-" + no + "-part", Money.ofYuan(100));
        assertThatThrownBy(() -> revisions.extend(bank, no, 3, "订单回款周期延长"))
                .satisfies(refusedBy("servicing.extension-instalment"));
    }

    @Test
    void an_extension_is_asked_before_maturity_and_within_the_limits_of_its_term() {
        ServicingFixture.TestLoan maturing = current(RepaymentMethod.EQUAL_INSTALMENTS, 12, today.minusMonths(12));
        assertThatThrownBy(() -> revisions.extend(bank, maturing.loanNo(), 3, "订单回款周期延长"))
                .satisfies(refusedBy("servicing.extension-before-maturity"));
        ServicingFixture.TestLoan medium = current(RepaymentMethod.EQUAL_INSTALMENTS, 24, today.minusMonths(2).minusDays(3));
        assertThatThrownBy(() -> revisions.extend(bank, medium.loanNo(), 13, "订单回款周期延长"))
                .satisfies(refusedBy("servicing.extension-medium-term"));
        ServicingFixture.TestLoan longTerm = current(RepaymentMethod.EQUAL_INSTALMENTS, 72, today.minusMonths(2).minusDays(3));
        assertThatThrownBy(() -> revisions.extend(bank, longTerm.loanNo(), 37, "订单回款周期延长"))
                .satisfies(refusedBy("servicing.extension-long-term"));
    }

    @Test
    void a_close_of_a_date_another_run_is_working_on_waits() {
        LocalDate date = today.minusDays(400);
        // the run of that date holds this lock while it works (here: the test's transaction holds it)
        jdbc.sql("select pg_advisory_xact_lock(:k, :d)::text").param("k", DailyClose.RUN_LOCK)
                .param("d", (int) date.toEpochDay()).query(String.class).single();
        assertThatThrownBy(() -> dailyClose.run(Actor.system(), date)).satisfies(refusedBy("servicing.close-running"));
    }

    @Test
    void the_close_page_does_not_run_a_completed_close_again() throws Exception {
        LocalDate date = today.minusDays(401);
        jdbc.sql("""
                        insert into close_run (business_date, state, chunk_starts, chunks_total, loans_total, started_at,
                            finished_at, started_by) values (:d, 'COMPLETED', '{}', 0, 0, now(), now(), 'ipo')
                        on conflict (business_date) do update set state = 'COMPLETED'""")
                .param("d", date).update();
        var response = mvc.perform(post("/servicing/close").param("date", date.toString())
                        .with(user(users.loadUserByUsername("ipo"))).with(csrf()).header("HX-Request", "true"))
                .andReturn().getResponse();
        var refusal = ServicingRules.CLOSE_COMPLETE.violation(date);
        assertThat(refusal.rule().code()).isEqualTo("servicing.close-complete");
        assertThat(response.getHeader("HX-Redirect")).isNull();
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .containsAnyOf(actions.refusal(refusal.zh()), actions.refusal(refusal.en()));
    }
}
