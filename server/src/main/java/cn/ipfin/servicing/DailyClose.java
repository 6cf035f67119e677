package cn.ipfin.servicing;

import cn.ipfin.reference.LprRates;
import cn.ipfin.core.money.LprTable;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.valuation.ValuationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The daily close (日终批处理) of a business date over every active loan. The loans are split into chunks by id when
 * the run starts (the plan is stored with the run); each chunk commits on its own with its postings and its ledger
 * entry (see {@link CloseChunk}). So the close is
 * <ul>
 *   <li><b>idempotent per date</b> — a completed run is returned as it is, and a loan already closed through the
 *       date is not selected again;</li>
 *   <li><b>resumable</b> — after a crash the next run of the date skips the chunks recorded as done and completes
 *       the rest; a chunk that was cut off rolled back as a whole, so nothing is posted twice or lost;</li>
 *   <li><b>visible</b> — the run row carries chunks and loans done, which the progress page polls.</li>
 * </ul>
 * Loans disbursed while a run is under way (or after it, the same day) are picked up by a final sweep, or by the
 * next day's close, which catches up day by day. The run ends with the coverage alerts of the day (principal
 * outstanding against the collateral's value from the latest revaluation).
 */
@Service
public class DailyClose {

    private static final Logger log = LoggerFactory.getLogger(DailyClose.class);

    /** Called inside each chunk's transaction just before it commits; tests use it to cut a run off half-way. */
    interface ChunkHook {
        void beforeCommit(LocalDate date, int chunkNo);
    }

    /** First key of the advisory lock a run holds while it works (the second is its date's epoch day). */
    static final int RUN_LOCK = 7301;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final CloseChunk chunk;
    private final LprRates lpr;
    private final ApplicationEventPublisher events;
    private final ValuationSettings valuation;
    private final Clock clock;
    private final int chunkSize;
    private final ReentrantLock running = new ReentrantLock();
    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("daily-close").daemon().factory());
    private volatile ChunkHook hook = (date, chunkNo) -> { };

    DailyClose(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, CloseChunk chunk, LprRates lpr,
               ApplicationEventPublisher events, ValuationSettings valuation, Clock clock,
               @Value("${ipfin.close.chunk-size:5000}") int chunkSize) {
        this.valuation = valuation;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(transactions);
        this.chunk = chunk;
        this.lpr = lpr;
        this.events = events;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    void hook(ChunkHook hook) {
        this.hook = hook == null ? (date, chunkNo) -> { } : hook;
    }

    /** Starts the close of date on a background thread and returns at once; the run page shows its progress. */
    public void startInBackground(Actor actor, LocalDate date) {
        authorise(actor, date);
        background.submit(() -> {
            try {
                run(actor, date);
            } catch (RuntimeException e) {
                log.warn("daily close of {} failed: {}", date, e.toString());
            }
        });
    }

    /** Closes date and returns the completed run; a date already closed is returned unchanged. */
    public CloseRun run(Actor actor, LocalDate date) {
        authorise(actor, date);
        if (!running.tryLock()) throw ServicingRules.CLOSE_RUNNING.violation();
        try (RunLock lock = RunLock.take(dataSource, date)) {
            if (lock == null) throw ServicingRules.CLOSE_RUNNING.violation();
            Optional<CloseRun> existing = find(date);
            if (existing.isPresent() && existing.get().completed()) return existing.get();
            List<Long> starts = tx.execute(status -> begin(actor, date));
            LprTable table = lpr.table();
            Set<Integer> done = new HashSet<>(jdbc.sql("select chunk_no from close_chunk where business_date = :d")
                    .param("d", date).query(Integer.class).list());
            try {
                for (int i = 0; i < starts.size(); i++) {
                    if (done.contains(i)) continue;
                    long from = starts.get(i);
                    long to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : Long.MAX_VALUE;
                    closeChunk(actor, date, i, from, to, table);
                }
                sweep(actor, date, starts.size(), table);
                tx.executeWithoutResult(status -> finish(actor, date));
            } catch (RuntimeException e) {
                tx.executeWithoutResult(status -> jdbc.sql("update close_run set state = 'FAILED', last_error = :e where business_date = :d")
                        .param("e", String.valueOf(e.getMessage())).param("d", date).update());
                throw e;
            }
            return find(date).orElseThrow();
        } finally {
            running.unlock();
        }
    }

    /**
     * Runs cut off by a process that died (killed, power lost): still marked RUNNING, but nobody holds their lock.
     * {@link #find} shows them as INTERRUPTED; the start-up resumes them ({@link CloseResumption}).
     */
    List<LocalDate> interrupted() {
        return jdbc.sql("select business_date from (" + RUNS + ") r where state = 'INTERRUPTED' order by business_date")
                .query(LocalDate.class).list();
    }

    /**
     * A session-level advisory lock held on its own connection for as long as a run works on its date: when the
     * process dies the connection closes and the lock goes with it, which is how a run that is really running (in this
     * or another instance) is told from one that was cut off.
     */
    private record RunLock(Connection connection, LocalDate date) implements AutoCloseable {

        /** The lock, or null when another run of that date holds it. */
        static RunLock take(DataSource dataSource, LocalDate date) {
            try {
                Connection c = dataSource.getConnection();
                try (var st = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
                    st.setInt(1, RUN_LOCK);
                    st.setInt(2, (int) date.toEpochDay());
                    try (var rs = st.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) return new RunLock(c, date);
                    }
                }
                c.close();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("daily close lock: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (Connection c = connection; var st = c.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                st.setInt(1, RUN_LOCK);
                st.setInt(2, (int) date.toEpochDay());
                st.execute();
            } catch (SQLException e) {
                log.warn("daily close lock of {} not released: {}", date, e.toString());
            }
        }
    }

    private void authorise(Actor actor, LocalDate date) {
        if (!actor.equals(Actor.system()) && !actor.has(Role.IPO_OFFICER)) {
            throw new AccessDeniedException("only the platform (IP office) runs the daily close");
        }
        if (date.isAfter(java.time.LocalDate.now(clock))) {
            throw ServicingRules.CLOSE_FUTURE_DATE.violation(date);
        }
    }

    private void closeChunk(Actor actor, LocalDate date, int chunkNo, long from, long to, LprTable table) {
        tx.executeWithoutResult(status -> {
            CloseChunk.Result r = chunk.close(actor, date, chunkNo, from, to, table);
            jdbc.sql("""
                            insert into close_chunk (business_date, chunk_no, first_loan_id, last_loan_id, loans, postings,
                                amount_total, digest, done_at)
                            values (:d, :n, :from, :to, :loans, :postings, :total, :digest, :at)""")
                    .param("d", date).param("n", chunkNo).param("from", from).param("to", to).param("loans", r.loans())
                    .param("postings", r.postings()).param("total", r.total().amount()).param("digest", r.digest())
                    .param("at", Timestamp.from(clock.instant())).update();
            jdbc.sql("""
                            update close_run set chunks_done = chunks_done + 1, loans_done = loans_done + :loans,
                                postings = postings + :postings where business_date = :d""")
                    .param("loans", r.loans()).param("postings", r.postings()).param("d", date).update();
            hook.beforeCommit(date, chunkNo);
        });
    }

    /** Loans that became active after the plan was made (disbursed during the run) close in extra chunks. */
    private void sweep(Actor actor, LocalDate date, int nextChunk, LprTable table) {
        int chunkNo = nextChunk;
        while (true) {
            var pending = jdbc.sql("""
                            select loan_id from loan_servicing where state = 'ACTIVE' and closed_through < :d
                            order by loan_id limit 1""").param("d", date).query(Long.class).optional();
            if (pending.isEmpty()) return;
            long first = pending.get();
            int n = chunkNo;
            tx.executeWithoutResult(status -> jdbc.sql("""
                            update close_run set chunks_total = greatest(chunks_total, :n + 1),
                                loans_total = loans_total + (select count(*) from loan_servicing
                                    where state = 'ACTIVE' and closed_through < :d)
                            where business_date = :d""").param("n", n).param("d", date).update());
            closeChunk(actor, date, chunkNo, first, Long.MAX_VALUE, table);
            chunkNo++;
        }
    }

    /** Creates the run with its chunk plan, or reopens a run that was cut off; returns the plan. */
    private List<Long> begin(Actor actor, LocalDate date) {
        Optional<List<Long>> plan = jdbc.sql("select chunk_starts from close_run where business_date = :d for update")
                .param("d", date).query((rs, i) -> starts(rs.getArray(1))).optional();
        if (plan.isPresent()) {
            jdbc.sql("update close_run set state = 'RUNNING', attempts = attempts + 1, last_error = null where business_date = :d")
                    .param("d", date).update();
            return plan.get();
        }
        List<Long> starts = jdbc.sql("""
                        select loan_id from (
                          select loan_id, row_number() over (order by loan_id) - 1 as rn from loan_servicing
                          where state = 'ACTIVE' and closed_through < :d) x
                        where rn % :size = 0 order by loan_id""")
                .param("d", date).param("size", chunkSize).query(Long.class).list();
        long loans = jdbc.sql("select count(*) from loan_servicing where state = 'ACTIVE' and closed_through < :d")
                .param("d", date).query(Long.class).single();
        jdbc.sql("""
                        insert into close_run (business_date, state, chunk_starts, chunks_total, loans_total, started_at, started_by)
                        values (:d, 'RUNNING', :starts, :chunks, :loans, :at, :by)""")
                .param("d", date).param("starts", starts.toArray(Long[]::new)).param("chunks", starts.size())
                .param("loans", loans).param("at", Timestamp.from(clock.instant())).param("by", actor.username())
                .update();
        return starts;
    }

    private static List<Long> starts(Array array) throws java.sql.SQLException {
        List<Long> list = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) list.add(((Number) o).longValue());
        return list;
    }

    /**
     * Coverage breaches as of the close: principal outstanding ÷ the collateral's current value (from the latest
     * revaluation) above the threshold, or collateral worth nothing. One alert per loan and date, so a rerun adds none.
     */
    private int coverageAlerts(LocalDate date) {
        return jdbc.sql("""
                        insert into servicing_alert (loan_id, bank_org_id, business_date, kind, detail)
                        select s.loan_id, s.bank_org_id, :d, 'COVERAGE',
                               case when c.total = 0 then '质押物重估价值为零 / the collateral is worth nothing'
                                    else '本金余额与质押物价值之比 ' || round(s.principal_outstanding / c.total, 4) || ' 超过阈值 '
                                         || :threshold || ' / principal outstanding to collateral value above the threshold' end
                        from loan_servicing s
                        join (select p.loan_id, sum(v.value) as total from ip_pledge_view p join asset_value_view v on v.asset_id = p.asset_id
                              where p.cancelled_on is null group by p.loan_id) c on c.loan_id = s.loan_id
                        where s.state = 'ACTIVE' and s.principal_outstanding > 0
                          and (c.total = 0 or s.principal_outstanding / c.total > :threshold)
                        on conflict (loan_id, kind, business_date) do nothing""")
                .param("d", date).param("threshold", valuation.coverageThreshold()).update();
    }

    private void finish(Actor actor, LocalDate date) {
        int coverage = coverageAlerts(date);
        var totals = jdbc.sql("""
                        select kind, debit_account, credit_account, count(*), sum(amount) from servicing_posting
                        where run_date = :d group by kind, debit_account, credit_account order by kind""")
                .param("d", date)
                .query((rs, i) -> Map.of("kind", rs.getString(1), "debit", rs.getString(2), "credit", rs.getString(3),
                        "count", rs.getLong(4), "amount", rs.getBigDecimal(5).toPlainString()))
                .list();
        jdbc.sql("update close_run set state = 'COMPLETED', finished_at = :at where business_date = :d")
                .param("at", Timestamp.from(clock.instant())).param("d", date).update();
        CloseRun run = find(date).orElseThrow();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("businessDate", date.toString());
        after.put("loans", run.loansDone());
        after.put("chunks", run.chunksDone());
        after.put("postings", run.postings());
        after.put("byKind", totals);
        after.put("coverageAlerts", coverage);
        events.publishEvent(new LedgerFact(actor, CloseChunk.SUBJECT, date.toString(), "COMPLETED", List.of(), null, after));
        events.publishEvent(new DayClosed(date));
    }

    /** A RUNNING run whose lock nobody holds was cut off: it shows as INTERRUPTED until it resumes. */
    private static final String RUNS = """
            select business_date,
                   case when state = 'RUNNING' and not exists (
                           select 1 from pg_locks l where l.locktype = 'advisory' and l.granted and l.objsubid = 2
                             and l.classid = 7301 and l.objid = (business_date - date '1970-01-01'))
                        then 'INTERRUPTED' else state end as state,
                   chunks_total, chunks_done, loans_total, loans_done, postings,
                   started_at, finished_at, started_by, attempts, last_error
            from close_run""";

    public Optional<CloseRun> find(LocalDate date) {
        return jdbc.sql(RUNS + " where business_date = :d")
                .param("d", date).query(DailyClose::run).optional();
    }

    public List<CloseRun> recent(int limit) {
        return jdbc.sql(RUNS + " order by business_date desc limit :n")
                .param("n", limit).query(DailyClose::run).list();
    }

    private static CloseRun run(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new CloseRun(rs.getObject("business_date", LocalDate.class), rs.getString("state"), rs.getInt("chunks_total"),
                rs.getInt("chunks_done"), rs.getLong("loans_total"), rs.getLong("loans_done"), rs.getLong("postings"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getString("started_by"), rs.getInt("attempts"), rs.getString("last_error"));
    }
}
