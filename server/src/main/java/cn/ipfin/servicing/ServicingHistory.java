package cn.ipfin.servicing;

import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BulkCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a loan that was disbursed before the platform served it (the demo district's book) the history it would have
 * had: servicing opened on its disbursement date, then every day closed by the same code as the daily close, with the
 * borrower paying each instalment on its due date until the one it stops paying at — so its postings, repricings,
 * days past due and classification are exactly what running the close each day would have produced.
 */
@Component
public class ServicingHistory {

    private final ServicingStart start;
    private final cn.ipfin.lending.DisbursedLoans disbursedLoans;
    private final cn.ipfin.lending.ServicedLoans servicedLoans;
    private final LoanDays days;
    private final Positions positions;
    private final ScheduleBook book;
    private final BulkCopy bulk;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ServicingHistory(ServicingStart start, cn.ipfin.lending.DisbursedLoans disbursedLoans, cn.ipfin.lending.ServicedLoans servicedLoans, LoanDays days, Positions positions, ScheduleBook book, BulkCopy bulk, JdbcTemplate jdbc, Clock clock) {
        this.start = start;
        this.disbursedLoans = disbursedLoans;
        this.servicedLoans = servicedLoans;
        this.days = days;
        this.positions = positions;
        this.book = book;
        this.bulk = bulk;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Replays the loan from disbursement through {@code through}.
     *
     * @param overdueDays how many days past due the loan should be at {@code through} (it stops paying at the
     *                    instalment that fell due about that long ago); 0 for a loan that always paid
     * @return the days past due it ends with (0 when the loan is too young to be that late)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int replay(Actor actor, long loanId, String loanNo, LocalDate disbursedOn, LocalDate through,
                      int overdueDays, LprTable table) {
        ServicedLoan opened = start.open(ServicingStart.contract(disbursedLoans.disbursed(loanId, disbursedOn, actor.username())),
                disbursedOn, actor.username());
        RepaymentSchedule first = book.load(loanId, 1).schedule();
        int stopAt = stopAt(first, through, overdueDays);
        List<Object[]> payments = new ArrayList<>();
        ChunkOutput out = new ChunkOutput(through);
        out.startLoan(loanId, opened.bankOrgId());
        ServicedLoan closed = days.closeThrough(actor, opened, through, LoanDays.byNumber(first), table, out,
                (day, p, lines) -> {
                    if (!day.equals(p.nextDueOn()) || p.nextNo() >= stopAt) return p;
                    payments.add(new Object[]{p.nextNo(), day, p.nextInterest(), p.nextPrincipal()});
                    return p.withCurrentPaid();
                });
        positions.update(closed);
        List<Object[]> paid = new ArrayList<>();
        List<Object[]> repayments = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (Object[] p : payments) {
            var interest = ((cn.ipfin.core.money.Money) p[2]).amount();
            var principal = ((cn.ipfin.core.money.Money) p[3]).amount();
            paid.add(new Object[]{Date.valueOf((LocalDate) p[1]), loanId, p[0], loanId, p[0]});
            repayments.add(new Object[]{loanId, opened.bankOrgId(), "DEMO-" + loanNo + "-" + p[0], "REGULAR", p[1],
                    interest.add(principal), interest, principal, "demo", now});
        }
        jdbc.batchUpdate("""
                update loan_instalment set interest_paid = interest, principal_paid = principal, settled_on = ?
                where loan_id = ? and number = ?
                  and version_no = (select max(version_no) from loan_instalment where loan_id = ? and number = ?)""", paid);
        jdbc.batchUpdate("""
                insert into loan_repayment (loan_id, bank_org_id, bank_reference, kind, value_date, amount,
                    current_interest, current_principal, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                repayments.stream().map(r -> new Object[]{r[0], r[1], r[2], r[3], Date.valueOf((LocalDate) r[4]), r[5], r[6],
                        r[7], r[8], r[9]}).toList());
        bulk.copy(ChunkOutput.POSTING, out.postings);
        if (!out.classifications.isEmpty()) {
            bulk.copy(ChunkOutput.CLASSIFICATION, out.classifications);
        }
        if (!out.alerts.isEmpty()) bulk.copy(ChunkOutput.ALERT, out.alerts);
        // the loan's state follows its history: overdue if it ends past due, performing otherwise
        servicedLoans.markOverdue(actor, List.of(loanId), closed.position().dpd() > 0);
        return closed.position().dpd();
    }

    /** The instalment the borrower stops paying at: the last one due at least overdueDays before through. */
    private static int stopAt(RepaymentSchedule schedule, LocalDate through, int overdueDays) {
        if (overdueDays <= 0) return Integer.MAX_VALUE;
        int stop = Integer.MAX_VALUE;
        for (Instalment line : schedule.instalments()) {
            if (!line.dueDate().isAfter(through.minusDays(overdueDays))) stop = line.number();
        }
        if (stop == Integer.MAX_VALUE) {
            for (Instalment line : schedule.instalments()) {
                if (line.dueDate().isBefore(through)) return line.number();
            }
        }
        return stop;
    }
}
