package cn.ipfin.servicing;

import cn.ipfin.reference.LprRates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.servicing.CloseOutput;
import cn.ipfin.core.servicing.DailyServicing;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.PostingKind;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The daily close over loans serviced through the day before a past business date (each test its own date, so runs
 * of different tests never share a date; loans of other tests that are behind are caught up by the same run).
 */
@IntegrationTest
class DailyCloseTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ServicingHistory history;
    @Autowired LprRates lpr;
    @Autowired TransactionTemplate tx;
    @Autowired cn.ipfin.ledger.Ledger ledger;
    @Autowired DailyClose close;
    @Autowired CloseAudit audit;
    @Autowired Positions positions;
    @Autowired ScheduleBook book;
    @Autowired java.time.Clock clock;
    @Autowired CloseResumption resumption;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    private ServicingFixture fixture() {
        return new ServicingFixture(jdbc, users, history, lpr, tx, ledger);
    }

    /** Loans of several methods, some paying, some stopping, all closed through the day before {@code date}. */
    private List<ServicingFixture.TestLoan> book(LocalDate date, int count) {
        ServicingFixture f = fixture();
        List<ServicingFixture.TestLoan> loans = new ArrayList<>();
        RepaymentMethod[] methods = RepaymentMethod.values();
        for (int i = 0; i < count; i++) {
            loans.add(f.loan(methods[i % methods.length], (100_000 + 37_000L * i) + ".00", "3.85", 12,
                    date.minusMonths(4).minusDays(i * 3L), date.minusDays(1), i % 3 == 0 ? 20 + i * 9 : 0));
        }
        return loans;
    }

    /** What the close of date should post for a loan, computed from its position by the core alone. */
    private Set<String> expectedPostings(ServicingFixture.TestLoan loan, LocalDate date) {
        ServicedLoan s = positions.find(loan.id()).orElseThrow();
        RepaymentSchedule schedule = book.load(loan.id(), s.scheduleVersion()).schedule();
        Set<String> expected = new HashSet<>();
        DailyServicing.close(s.position(), s.terms(), date,
                n -> n <= schedule.last().number() ? schedule.instalment(n) : null, new CloseOutput() {
                    public void post(LocalDate day, PostingKind kind, Money amount) {
                        expected.add(loan.id() + "|" + day + "|" + kind + "|" + amount);
                    }
                    public void classified(LocalDate day, LoanClassification from, LoanClassification to, int dpd) {
                    }
                    public void maturityAhead(LocalDate day, int daysLeft) {
                    }
                });
        return expected;
    }

    private Set<String> actualPostings(List<ServicingFixture.TestLoan> loans, LocalDate date) {
        return new HashSet<>(jdbc.sql("""
                        select loan_id || '|' || business_date || '|' || kind || '|' || amount from servicing_posting
                        where run_date = :d and loan_id = any(:ids)""")
                .param("d", date).param("ids", loans.stream().map(ServicingFixture.TestLoan::id).toArray(Long[]::new))
                .query(String.class).list());
    }

    private long postingCount(List<ServicingFixture.TestLoan> loans, LocalDate date) {
        return jdbc.sql("select count(*) from servicing_posting where run_date = :d and loan_id = any(:ids)")
                .param("d", date).param("ids", loans.stream().map(ServicingFixture.TestLoan::id).toArray(Long[]::new))
                .query(Long.class).single();
    }

    private LocalDate closedThrough(ServicingFixture.TestLoan loan) {
        return positions.find(loan.id()).orElseThrow().position().closedThrough();
    }

    @Test
    void closing_a_date_twice_changes_nothing_and_the_postings_match_their_digest() {
        LocalDate date = LocalDate.of(2025, 4, 10);
        List<ServicingFixture.TestLoan> loans = book(date, 6);
        Set<String> expected = new HashSet<>();
        loans.forEach(l -> expected.addAll(expectedPostings(l, date)));

        CloseRun first = close.run(Actor.system(), date);
        assertThat(first.completed()).isTrue();
        assertThat(actualPostings(loans, date)).isEqualTo(expected);
        List<ServicedLoan> after = loans.stream().map(l -> positions.find(l.id()).orElseThrow()).toList();
        long ledgerEntries = jdbc.sql("select count(*) from ledger_entry where subject_type = 'DAILY_CLOSE' and subject_id like :d")
                .param("d", date + "%").query(Long.class).single();
        assertThat(ledgerEntries).isEqualTo(first.chunksDone() + 1L);   // one per chunk and the completion

        CloseRun second = close.run(Actor.system(), date);
        assertThat(second).isEqualTo(first);
        assertThat(actualPostings(loans, date)).isEqualTo(expected);
        assertThat(loans.stream().map(l -> positions.find(l.id()).orElseThrow()).toList()).isEqualTo(after);
        assertThat(audit.verify(date)).isEmpty();

        // a posting altered afterwards shows as its chunk's digest no longer matching
        jdbc.sql("""
                update servicing_posting set amount = amount + 0.01 where ctid = (
                  select ctid from servicing_posting where run_date = :d and loan_id = :id limit 1)""")
                .param("d", date).param("id", loans.getFirst().id()).update();
        assertThat(audit.verify(date)).hasSize(1);
        jdbc.sql("""
                update servicing_posting set amount = amount - 0.01 where ctid = (
                  select ctid from servicing_posting where run_date = :d and loan_id = :id limit 1)""")
                .param("d", date).param("id", loans.getFirst().id()).update();
    }

    @Test
    void a_close_killed_half_way_is_completed_by_the_next_run_and_posts_each_entry_exactly_once() {
        LocalDate date = LocalDate.of(2025, 5, 20);
        List<ServicingFixture.TestLoan> loans = book(date, 10);
        Set<String> expected = new HashSet<>();
        loans.forEach(l -> expected.addAll(expectedPostings(l, date)));

        close.hook((d, chunk) -> {
            if (d.equals(date) && chunk == 1) throw new IllegalStateException("power cut during chunk 1");
        });
        try {
            assertThatThrownBy(() -> close.run(Actor.system(), date)).hasMessageContaining("power cut");
        } finally {
            close.hook(null);
        }
        CloseRun cut = close.find(date).orElseThrow();
        assertThat(cut.state()).isEqualTo("FAILED");
        assertThat(cut.chunksDone()).isEqualTo(1);
        // the chunk that committed is closed, the one cut off rolled back whole: every loan is either closed through
        // the date with all its postings, or still at the day before with none
        List<ServicingFixture.TestLoan> closedNow = loans.stream().filter(l -> closedThrough(l).equals(date)).toList();
        assertThat(loans.stream().filter(l -> closedThrough(l).equals(date.minusDays(1))).count())
                .isEqualTo(loans.size() - closedNow.size());
        Set<String> partial = actualPostings(loans, date);
        Set<String> expectedOfClosed = new HashSet<>();
        closedNow.forEach(l -> expected.stream().filter(e -> e.startsWith(l.id() + "|")).forEach(expectedOfClosed::add));
        assertThat(partial).isEqualTo(expectedOfClosed);
        assertThat(closedNow.size()).isLessThan(loans.size());

        CloseRun resumed = close.run(Actor.system(), date);
        assertThat(resumed.completed()).isTrue();
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(actualPostings(loans, date)).isEqualTo(expected);
        assertThat(postingCount(loans, date)).isEqualTo(expected.size());
        assertThat(loans).allSatisfy(l -> assertThat(closedThrough(l)).isEqualTo(date));
        assertThat(audit.verify(date)).isEmpty();
    }

    /** What a killed JVM does to a run: nothing after this line runs, not even the run's own FAILED bookkeeping. */
    private static final class ProcessDeath extends Error {
    }

    @Test
    void a_close_whose_process_dies_shows_as_interrupted_and_resumes_by_itself_at_start_up() throws Exception {
        LocalDate date = LocalDate.of(2025, 8, 18);
        List<ServicingFixture.TestLoan> loans = book(date, 9);
        Set<String> expected = new HashSet<>();
        loans.forEach(l -> expected.addAll(expectedPostings(l, date)));

        var whileRunning = new java.util.concurrent.atomic.AtomicReference<String>();
        close.hook((d, chunk) -> {
            if (!d.equals(date)) return;
            if (chunk == 0) whileRunning.set(close.find(date).orElseThrow().state());
            if (chunk == 1) throw new ProcessDeath();
        });
        try {
            assertThatThrownBy(() -> close.run(Actor.system(), date)).isInstanceOf(ProcessDeath.class);
        } finally {
            close.hook(null);
        }
        assertThat(whileRunning.get()).isEqualTo("RUNNING");
        // not "running" forever: nobody holds the run any more
        assertThat(close.find(date).orElseThrow().state()).isEqualTo("INTERRUPTED");
        assertThat(close.recent(1000)).filteredOn(r -> r.businessDate().equals(date)).extracting(CloseRun::state)
                .containsExactly("INTERRUPTED");

        assertThat(resumption.resume()).contains(date);
        CloseRun resumed = close.find(date).orElseThrow();
        for (int i = 0; i < 600 && !resumed.completed(); i++) {
            Thread.sleep(200);
            resumed = close.find(date).orElseThrow();
        }
        assertThat(resumed.completed()).isTrue();
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(actualPostings(loans, date)).isEqualTo(expected);
        assertThat(postingCount(loans, date)).isEqualTo(expected.size());
        assertThat(audit.verify(date)).isEmpty();
        assertThat(close.interrupted()).doesNotContain(date);

        // the run's district-wide figures (loans, postings) are for the IP office and auditors only
        for (String user : List.of("bank1", "bank1-approver", "enterprise1", "valuer1")) {
            mvc.perform(get("/api/v1/servicing/close-runs/{date}", date).with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/servicing/close/{date}", date).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(user)))).andExpect(status().isForbidden());
        }
        for (String user : List.of("ipo", "auditor")) {
            mvc.perform(get("/api/v1/servicing/close-runs/{date}", date).with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.postings").value(resumed.postings()));
        }
    }

    @Test
    void a_close_whose_database_session_is_killed_resumes_without_posting_twice() {
        LocalDate date = LocalDate.of(2025, 6, 16);
        List<ServicingFixture.TestLoan> loans = book(date, 9);
        Set<String> expected = new HashSet<>();
        loans.forEach(l -> expected.addAll(expectedPostings(l, date)));

        // the chunk's own connection is terminated by PostgreSQL before it commits, as if the server process died
        close.hook((d, chunk) -> {
            if (d.equals(date) && chunk == 2) jdbc.sql("select pg_terminate_backend(pg_backend_pid())").query(Object.class).optional();
        });
        try {
            assertThatThrownBy(() -> close.run(Actor.system(), date)).isInstanceOf(RuntimeException.class);
        } finally {
            close.hook(null);
        }
        assertThat(close.find(date).orElseThrow().chunksDone()).isEqualTo(2);
        CloseRun resumed = close.run(Actor.system(), date);
        assertThat(resumed.completed()).isTrue();
        assertThat(actualPostings(loans, date)).isEqualTo(expected);
        assertThat(postingCount(loans, date)).isEqualTo(expected.size());
        assertThat(audit.verify(date)).isEmpty();
    }

    @Test
    void the_close_raises_a_coverage_alert_when_the_collateral_no_longer_covers_the_principal_outstanding() {
        LocalDate date = LocalDate.of(2025, 7, 21);
        List<ServicingFixture.TestLoan> loans = book(date, 2);
        // revalued: the first loan's patent now worth 100,000 (its principal outstanding is far above 60 % of that),
        // the second's worth ten times its principal
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                            insert into asset_value (asset_id, value, valued_on, source, legal_status, revenue_base, inputs)
                            values (:a, :v, :on, 'REVALUATION', 'IN_FORCE', 0, '{}'::jsonb)""")
                    .param("a", loans.get(i).assetId()).param("v", i == 0 ? 100_000 : 10_000_000).param("on", date.minusDays(1))
                    .update();
        }
        close.run(Actor.system(), date);
        List<Long> alerted = jdbc.sql("select loan_id from servicing_alert where kind = 'COVERAGE' and business_date = :d and loan_id = any(:ids)")
                .param("d", date).param("ids", new Long[]{loans.get(0).id(), loans.get(1).id()}).query(Long.class).list();
        assertThat(alerted).containsExactly(loans.get(0).id());
    }

    @Test
    void a_date_with_no_loan_to_close_completes_with_nothing_posted() {
        LocalDate date = LocalDate.of(2024, 1, 2);
        CloseRun run = close.run(Actor.system(), date);
        assertThat(run.completed()).isTrue();
        assertThat(run.loansDone()).isZero();
        assertThat(run.postings()).isZero();
    }

    @Test
    void a_future_date_cannot_be_closed_and_only_the_platform_runs_the_close() {
        assertThatThrownBy(() -> close.run(Actor.system(), LocalDate.now(clock).plusDays(1)))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> close.run(fixture().actor("bank1"), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
