package cn.ipfin.servicing;

import cn.ipfin.reference.LprRates;
import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.DueDates;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.PrepaymentOption;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Repayments, early repayment, settlement, 展期 and the bank's classification, on loans serviced through yesterday. */
@IntegrationTest
class RepaymentTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ServicingHistory history;
    @Autowired LprRates lpr;
    @Autowired TransactionTemplate tx;
    @Autowired cn.ipfin.ledger.Ledger ledger;
    @Autowired Repayments repayments;
    @Autowired ScheduleRevisions revisions;
    @Autowired Classifications classifications;
    @Autowired DailyClose dailyClose;
    @Autowired ServicingView view;
    @Autowired java.time.Clock clock;
    @Autowired MockMvc mvc;

    ServicingFixture fixture;
    Actor bank;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new ServicingFixture(jdbc, users, history, lpr, tx, ledger);
        bank = fixture.actor("bank1");
        today = LocalDate.now(clock);
    }

    private ServicingFixture.TestLoan overdueLoan(int overdueDays) {
        return fixture.loan(RepaymentMethod.EQUAL_INSTALMENTS, "1200000.00", "3.45", 24, today.minusMonths(10),
                today.minusDays(1), overdueDays);
    }

    private ServicingView.Summary summary(ServicingFixture.TestLoan loan) {
        return view.summary(bank, loan.loanNo()).orElseThrow();
    }

    @Test
    void a_repayment_pays_penalty_first_then_overdue_interest_then_overdue_principal() {
        // stops paying at the last instalment due 45 days ago or earlier: 45 to 75 days past due
        ServicingFixture.TestLoan loan = overdueLoan(45);
        ServicingView.Summary before = summary(loan);
        assertThat(before.dpd()).isBetween(45, 76);
        assertThat(before.classification()).isEqualTo(LoanClassification.SPECIAL_MENTION);
        assertThat(before.penaltyDue().isPositive()).isTrue();
        // enough for the penalty, all overdue interest and 1,000.00 of overdue principal
        Money amount = before.penaltyDue().plus(before.overdueInterest()).plus(Money.ofYuan(1_000));
        Repayments.Receipt r = repayments.repay(bank, loan.loanNo(), "BR-" + loan.loanNo() + "-1", amount);
        assertThat(r.penalty()).isEqualByComparingTo(before.penaltyDue().amount());
        assertThat(r.overdueInterest()).isEqualByComparingTo(before.overdueInterest().amount());
        assertThat(r.overduePrincipal()).isEqualByComparingTo("1000.00");
        assertThat(r.currentInterest()).isEqualByComparingTo("0");
        ServicingView.Summary after = summary(loan);
        assertThat(after.penaltyDue()).isEqualTo(Money.zero());
        assertThat(after.overdueInterest()).isEqualTo(Money.zero());
        assertThat(after.overduePrincipal()).isEqualTo(before.overduePrincipal().minus(Money.ofYuan(1_000)));
        assertThat(after.principalOutstanding()).isEqualTo(before.principalOutstanding().minus(Money.ofYuan(1_000)));
    }

    @Test
    void the_same_bank_reference_returns_the_first_receipt_and_changes_nothing() {
        ServicingFixture.TestLoan loan = overdueLoan(40);
        String ref = "BR-" + loan.loanNo() + "-retry";
        Repayments.Receipt first = repayments.repay(bank, loan.loanNo(), ref, Money.ofYuan(500));
        ServicingView.Summary between = summary(loan);
        Repayments.Receipt again = repayments.repay(bank, loan.loanNo(), ref, Money.ofYuan(500));
        assertThat(again.replay()).isTrue();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.amount()).isEqualByComparingTo(first.amount());
        assertThat(summary(loan)).isEqualTo(between);
        assertThat(repayments.list(bank, loan.loanNo()).stream().filter(x -> x.bankReference().equals(ref))).hasSize(1);
        // the reference belongs to that loan: using it for another loan is refused
        ServicingFixture.TestLoan other = overdueLoan(40);
        assertThatThrownBy(() -> repayments.repay(bank, other.loanNo(), ref, Money.ofYuan(500)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("another loan")
                .satisfies(refusedBy("servicing.bank-reference-reused"));
    }

    @Test
    void the_idempotency_key_header_is_honoured_and_refused_with_another_request() throws Exception {
        ServicingFixture.TestLoan loan = overdueLoan(40);
        String key = "repay-" + loan.loanNo();
        String body = "{\"bankReference\":\"BR-%s-%s\",\"amount\":%s}";
        String first = mvc.perform(post("/api/v1/loans/{no}/repayments", loan.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(loan.loanNo(), "k1", "500.00")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.replay").value(false))
                .andReturn().getResponse().getContentAsString();
        ServicingView.Summary between = summary(loan);
        // a retry with the key (and the same request) returns the first receipt
        mvc.perform(post("/api/v1/loans/{no}/repayments", loan.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(loan.loanNo(), "k1", "500.00")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.replay").value(true))
                .andExpect(jsonPath("$.id").value(com.jayway.jsonpath.JsonPath.<Integer>read(first, "$.id")));
        // the key with another request (another reference, another amount) is refused, nothing recorded
        mvc.perform(post("/api/v1/loans/{no}/repayments", loan.loanNo()).with(httpBasic("bank1", PASSWORD))
                        .header("Idempotency-Key", key).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(loan.loanNo(), "k2", "500.00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Idempotency-Key")))
                .andExpect(jsonPath("$.code").value("api.idempotency-key-reused"));
        assertThatThrownBy(() -> repayments.repay(bank, loan.loanNo(), "BR-" + loan.loanNo() + "-k1", Money.ofYuan(600), key))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("different request");
        assertThat(summary(loan)).isEqualTo(between);
        assertThat(repayments.list(bank, loan.loanNo())).filteredOn(r -> r.bankReference().startsWith("BR-"))
                .extracting(Repayments.Receipt::bankReference).containsExactly("BR-" + loan.loanNo() + "-k1");
    }

    @Test
    void more_than_is_due_is_refused_and_nothing_is_recorded() {
        ServicingFixture.TestLoan loan = overdueLoan(40);
        Money due = repayments.dueToday(bank, loan.loanNo());
        assertThatThrownBy(() -> repayments.repay(bank, loan.loanNo(), "BR-" + loan.loanNo() + "-x", due.plus(Money.ofFen(1))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains("超过当前应还"))
                .satisfies(refusedBy("servicing.repayment-exceeds-due"));
        assertThat(repayments.list(bank, loan.loanNo()).stream().filter(r -> r.bankReference().endsWith("-x"))).isEmpty();
    }

    @Test
    void only_the_lending_banks_officer_records_money() {
        ServicingFixture.TestLoan loan = overdueLoan(40);
        assertThatThrownBy(() -> repayments.repay(fixture.actor("enterprise1"), loan.loanNo(), "E-1", Money.ofYuan(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> repayments.repay(fixture.actor("bank2"), loan.loanNo(), "B2-1", Money.ofYuan(1)))
                .isInstanceOf(RuntimeException.class);   // bank2 cannot even see it: 404
    }

    @Test
    void paying_everything_due_cures_the_loan_at_the_next_close() {
        ServicingFixture.TestLoan loan = overdueLoan(40);
        Money due = repayments.dueToday(bank, loan.loanNo());
        repayments.repay(bank, loan.loanNo(), "BR-" + loan.loanNo() + "-all", due);
        ServicingView.Summary after = summary(loan);
        assertThat(after.overduePrincipal().plus(after.overdueInterest()).plus(after.penaltyDue())).isEqualTo(Money.zero());
        assertThat(after.dpd()).as("no longer past due as soon as it is paid").isZero();
        Long unpaid = jdbc.sql("""
                        select count(*) from loan_instalment i where loan_id = :id and due_on < :today
                        and (principal_paid < principal or interest_paid < interest)
                        and version_no = (select max(version_no) from loan_instalment j where j.loan_id = i.loan_id and j.number = i.number)""")
                .param("id", loan.id()).param("today", today).query(Long.class).single();
        assertThat(unpaid).isZero();
    }

    @Test
    void settlement_repays_principal_and_accrued_interest_and_cancels_the_pledge() {
        LocalDate disbursedOn = today.minusMonths(3).minusDays(5);
        ServicingFixture.TestLoan loan = fixture.loan(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, "500000.00", "3.60",
                12, disbursedOn, today.minusDays(1), 0);
        ScheduleRevisions.Payoff payoff = revisions.payoffQuote(bank, loan.loanNo());
        assertThat(payoff.principal()).isEqualTo(Money.of("500000.00"));
        // The current period runs from the last due date before today, so its nights so far depend on the calendar
        // (on 2026-12-01: disbursed Aug 27, period from Nov 27, 4 nights, not the 5 that "3 months and 5 days" suggests).
        // They earn 500,000 × 3.60 % ÷ 12 = 1,500.00 pro rata to the period's days: the monthly basis of a loan made
        // without a product (4 of 30 nights: 200.00).
        int k = 1;
        while (!DueDates.dueDate(disbursedOn, PeriodFrequency.MONTHLY, k + 1).isAfter(today.minusDays(1))) k++;
        LocalDate periodStart = DueDates.dueDate(disbursedOn, PeriodFrequency.MONTHLY, k);
        LocalDate nextDue = DueDates.dueDate(disbursedOn, PeriodFrequency.MONTHLY, k + 1);
        Money expected = Money.of(new BigDecimal("1500.00").multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(periodStart, today)))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(periodStart, nextDue)), 2, RoundingMode.HALF_UP));
        assertThat(payoff.accruedInterest()).isEqualTo(expected);
        assertThatThrownBy(() -> revisions.settle(bank, loan.loanNo(), "S-" + loan.loanNo(), Money.of("500000.00")))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains(cn.ipfin.core.money.MoneyFormat.figure(payoff.total())))
                .satisfies(refusedBy("servicing.settlement-amount"));
        revisions.settle(bank, loan.loanNo(), "S-" + loan.loanNo(), payoff.total());
        assertThat(jdbc.sql("select state from loan where id = :id").param("id", loan.id()).query(String.class).single())
                .isEqualTo("REPAID");
        assertThat(jdbc.sql("select cancelled_on from ip_pledge where loan_id = :id").param("id", loan.id())
                .query(LocalDate.class).single()).isEqualTo(today);
        assertThat(summary(loan).active()).isFalse();
        Long entries = jdbc.sql("select count(*) from ledger_entry where subject_id = :no and action = 'PLEDGE_CANCELLED'")
                .param("no", loan.loanNo()).query(Long.class).single();
        assertThat(entries).isEqualTo(1);
    }

    @Test
    void a_prepayment_adds_a_schedule_version_and_keeps_the_old_one() {
        ServicingFixture.TestLoan loan = fixture.loan(RepaymentMethod.EQUAL_INSTALMENTS, "1200000.00", "3.45", 24,
                today.minusMonths(4).minusDays(10), today.minusDays(1), 0);
        ServicingView.Summary before = summary(loan);
        Repayments.Receipt r = revisions.prepay(bank, loan.loanNo(), "P-" + loan.loanNo(), Money.ofYuan(200_000),
                PrepaymentOption.SHORTEN_TERM);
        assertThat(r.prepaidPrincipal()).isEqualByComparingTo("200000.00");
        assertThat(r.accruedInterest()).isEqualByComparingTo(before.accruedInterest().amount());
        var versions = view.versions(loan.id(), today.minusDays(1));
        assertThat(versions).hasSize(2);
        assertThat(versions.getFirst().reason()).isEqualTo("PREPAYMENT");
        assertThat(versions.getFirst().principal()).isEqualByComparingTo(
                before.principalOutstanding().minus(Money.ofYuan(200_000)).amount());
        assertThat(versions.getLast().lines()).hasSize(24);
        // shorter: the same instalment, fewer lines, ending before the original maturity
        assertThat(versions.getFirst().lines().getLast().dueOn()).isBefore(versions.getLast().lines().getLast().dueOn());
        assertThat(summary(loan).principalOutstanding()).isEqualTo(before.principalOutstanding().minus(Money.ofYuan(200_000)));
    }

    @Test
    void an_extension_is_limited_by_the_general_lending_rules() {
        ServicingFixture.TestLoan loan = fixture.loan(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, "300000.00", "3.80",
                12, today.minusMonths(2).minusDays(3), today.minusDays(1), 0);
        // a one-year loan may be extended by at most its original term (《贷款通则》第十二条)
        assertThatThrownBy(() -> revisions.extend(bank, loan.loanNo(), 13, "经营周期延长"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("12")
                .satisfies(refusedBy("servicing.extension-short-term"));
        LocalDate maturity = summary(loan).maturityOn();
        revisions.extend(bank, loan.loanNo(), 6, "订单回款周期延长");
        assertThat(summary(loan).maturityOn()).isEqualTo(maturity.plusMonths(6));
        assertThatThrownBy(() -> revisions.extend(bank, loan.loanNo(), 7, "再次展期"))
                .isInstanceOf(RuleViolation.class);
        assertThat(view.versions(loan.id(), today.minusDays(1)).getFirst().reason()).isEqualTo("RESCHEDULE");
    }

    @Test
    void a_bank_may_classify_worse_with_a_reason_but_never_better_than_the_floor() {
        ServicingFixture.TestLoan loan = overdueLoan(100);
        assertThat(summary(loan).classification()).isEqualTo(LoanClassification.SUBSTANDARD);
        assertThatThrownBy(() -> classifications.classify(bank, loan.loanNo(), LoanClassification.SPECIAL_MENTION, "客户承诺还款"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains("不得优于"))
                .satisfies(refusedBy("servicing.classification-floor"));
        assertThatThrownBy(() -> classifications.classify(bank, loan.loanNo(), LoanClassification.DOUBTFUL, " "))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains("须说明理由"))
                .satisfies(refusedBy("servicing.downgrade-reason"));
        classifications.classify(bank, loan.loanNo(), LoanClassification.DOUBTFUL, "借款人主要客户破产，现金流中断");
        assertThat(summary(loan).classification()).isEqualTo(LoanClassification.DOUBTFUL);
        assertThat(classifications.history(bank, loan.loanNo()).getLast().source()).isEqualTo("BANK");
    }

    @Test
    void amounts_finer_than_a_fen_are_refused_at_the_edge() {
        assertThatThrownBy(() -> ServicingApi.money(new BigDecimal("10.005")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("2 decimals")
                .satisfies(refusedBy("servicing.amount-decimals"));
    }

    /** The guards of servicing commands, each refusal by its catalogued rule (issue 14); nothing is written. */
    @Test
    void an_incomplete_or_premature_servicing_command_is_refused_by_its_rule() {
        ServicingFixture.TestLoan loan = overdueLoan(40);
        String no = loan.loanNo();
        int receipts = repayments.list(bank, no).size();
        assertThatThrownBy(() -> repayments.repay(bank, no, "BR-" + no + "-zero", Money.zero()))
                .satisfies(refusedBy("servicing.repayment-positive"));
        assertThatThrownBy(() -> repayments.repay(bank, no, "BR-" + no + "-key", Money.ofYuan(100), "k".repeat(101)))
                .satisfies(refusedBy("api.idempotency-key-too-long"));
        assertThatThrownBy(() -> revisions.prepay(bank, no, "P-" + no + "-0", Money.zero(),
                PrepaymentOption.SHORTEN_TERM)).satisfies(refusedBy("servicing.prepayment-positive"));
        assertThatThrownBy(() -> revisions.prepay(bank, no, "P-" + no + "-1", Money.ofYuan(1_000), null))
                .satisfies(refusedBy("servicing.prepayment-option"));
        assertThatThrownBy(() -> revisions.prepay(bank, no, "P-" + no + "-2", Money.ofYuan(1_000),
                PrepaymentOption.SHORTEN_TERM)).satisfies(refusedBy("servicing.overdue-first"));
        assertThatThrownBy(() -> revisions.extend(bank, no, 3, " ")).satisfies(refusedBy("servicing.extension-reason"));
        assertThatThrownBy(() -> revisions.extend(bank, no, 3, "订单回款周期延长")).satisfies(refusedBy("servicing.extension-overdue"));
        assertThat(repayments.list(bank, no)).hasSize(receipts);
        assertThatThrownBy(() -> dailyClose.run(Actor.system(), today.plusDays(1))).satisfies(refusedBy("servicing.close-future-date"));
    }
}
