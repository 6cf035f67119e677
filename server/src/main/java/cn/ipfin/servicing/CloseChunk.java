package cn.ipfin.servicing;

import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.lending.ServicedLoans;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BulkCopy;
import cn.ipfin.shared.TableColumns;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The close of one chunk of loans (by id range) through a business date, in one transaction: the loans are locked,
 * each is closed day by day in Java by {@link DailyServicing}, and the results go back in bulk — positions through a
 * temporary table and one UPDATE, postings, classification changes and alerts by COPY — with the chunk's record and
 * its ledger entry. A crash anywhere rolls the whole chunk back; a done chunk is never redone, because its loans are
 * then closed through the date and the chunk is recorded.
 */
@Component
class CloseChunk {

    static final String SUBJECT = "DAILY_CLOSE";

    /**
     * What the close writes back to each loan's position, in the order of {@link #resultRow}: copied into a temporary
     * table of the same columns and types, then one UPDATE of every one of them.
     */
    static final TableColumns RESULT = TableColumns.of("loan_servicing", "loan_id", "schedule_version", "annual_rate",
                    "next_repricing_on", "scheduled_balance", "period_start", "next_no", "next_due_on", "next_principal",
                    "next_interest", "next_principal_paid", "next_interest_paid", "accrued_interest", "overdue_principal",
                    "overdue_interest", "penalty_due", "overdue_since", "dpd", "classification", "closed_through")
            // the contract's terms, the bank's own classification and the state are written by their own commands;
            // principal_outstanding is computed by the database
            .leaving("bank_org_id", "enterprise_id", "state", "spread_bp", "day_count", "interest_basis",
                    "penalty_uplift", "compound_interest", "maturity_on", "principal_outstanding", "bank_classification",
                    "bank_reason", "version");

    record Result(int loans, int postings, Money total, String digest) {
    }

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final LoanDays days;
    private final ServicedLoans servicedLoans;
    private final ApplicationEventPublisher events;

    CloseChunk(JdbcClient jdbc, BulkCopy bulk, LoanDays days, ServicedLoans servicedLoans,
               ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.days = days;
        this.servicedLoans = servicedLoans;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Result close(Actor actor, LocalDate date, int chunkNo, long fromId, long toId, LprTable lpr) {
        List<ServicedLoan> loans = jdbc.sql("select " + Positions.COLUMNS + " from loan_servicing s"
                        + " where s.loan_id between :from and :to and s.state = 'ACTIVE' and s.closed_through < :date"
                        + " order by s.loan_id for update")
                .param("from", fromId).param("to", toId).param("date", date)
                .query(Positions.ROW).list();
        Map<Long, Map<Integer, Instalment>> rolling = instalmentsRollingBy(date, fromId, toId);
        ChunkOutput out = new ChunkOutput(date);
        List<Object[]> results = new ArrayList<>(loans.size());
        List<Long> nowOverdue = new ArrayList<>();
        List<Long> nowCured = new ArrayList<>();
        for (ServicedLoan loan : loans) {
            out.startLoan(loan.loanId(), loan.bankOrgId());
            boolean wasOverdue = loan.position().dpd() > 0;
            ServicedLoan closed = days.closeThrough(actor, loan, date, rolling.getOrDefault(loan.loanId(), Map.of()), lpr, out,
                    LoanDays.NO_EVENTS);
            boolean overdue = closed.position().dpd() > 0;
            if (overdue && !wasOverdue) nowOverdue.add(loan.loanId());
            if (!overdue && wasOverdue) nowCured.add(loan.loanId());
            results.add(resultRow(closed));
        }
        jdbc.sql("drop table if exists close_result").update();
        jdbc.sql("create temp table close_result on commit drop as select " + RESULT.list()
                + " from loan_servicing with no data").update();
        jdbc.sql("alter table close_result add primary key (loan_id)").update();
        bulk.copy("close_result", RESULT.list(), results);
        jdbc.sql("update loan_servicing s set " + RESULT.assignmentsFrom("r", "loan_id") + ", version = s.version + 1"
                + " from close_result r where s.loan_id = r.loan_id").update();
        bulk.copy(ChunkOutput.POSTING, out.postings);
        if (!out.classifications.isEmpty()) {
            bulk.copy(ChunkOutput.CLASSIFICATION, out.classifications);
        }
        if (!out.alerts.isEmpty()) {
            bulk.copy(ChunkOutput.ALERT, out.alerts);
        }
        servicedLoans.markOverdue(actor, nowOverdue, true);
        servicedLoans.markOverdue(actor, nowCured, false);
        Result result = new Result(loans.size(), out.postings.size(), out.total(), out.digestHex());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("businessDate", date.toString());
        after.put("chunk", chunkNo);
        after.put("loanIds", fromId + "–" + toId);
        after.put("loans", result.loans());
        after.put("postings", result.postings());
        after.put("totals", out.totalsForLedger());
        after.put("sha256", result.digest());
        events.publishEvent(new LedgerFact(actor, SUBJECT, date + "#" + chunkNo, "CHUNK_POSTED", List.of(), null, after));
        return result;
    }

    /** The instalments that become current today for loans rolling today: one query for the chunk. */
    private Map<Long, Map<Integer, Instalment>> instalmentsRollingBy(LocalDate date, long fromId, long toId) {
        Map<Long, Map<Integer, Instalment>> map = new HashMap<>();
        jdbc.sql("""
                        select i.loan_id, i.number, i.due_on, i.opening_balance, i.principal, i.interest
                        from loan_servicing s join loan_instalment i
                          on i.loan_id = s.loan_id and i.version_no = s.schedule_version and i.number = s.next_no + 1
                        where s.loan_id between :from and :to and s.state = 'ACTIVE' and s.closed_through < :date
                          and s.next_due_on <= :date""")
                .param("from", fromId).param("to", toId).param("date", date)
                .query(rs -> {
                    map.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), ScheduleBook.instalment(rs));
                });
        return map;
    }

    private static Object[] resultRow(ServicedLoan loan) {
        ServicingPosition p = loan.position();
        return new Object[]{loan.loanId(), loan.scheduleVersion(), loan.terms().rate().annualFraction(),
                loan.nextRepricingOn(), p.scheduledBalance().amount(), p.periodStart(), p.nextNo() == 0 ? null : p.nextNo(),
                p.nextDueOn(), p.nextPrincipal().amount(), p.nextInterest().amount(), p.nextPrincipalPaid().amount(),
                p.nextInterestPaid().amount(), p.accruedInterest().amount(), p.overduePrincipal().amount(),
                p.overdueInterest().amount(), p.penaltyDue().amount(), p.overdueSince(), p.dpd(),
                p.classification().name(), p.closedThrough()};
    }
}
