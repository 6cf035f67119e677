package cn.ipfin.servicing;

import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.servicing.CloseOutput;
import cn.ipfin.core.servicing.DailyServicing;
import cn.ipfin.core.servicing.ScheduleRevision;
import cn.ipfin.core.servicing.ServicingPosition;
import cn.ipfin.core.servicing.ServicingTerms;
import cn.ipfin.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Closes one loan day by day from its last close through a date: the daily close of {@link DailyServicing}, with
 * the LPR repricing of a floating rate on its anniversary, which adds a schedule version. Used by the daily close for
 * every loan of a chunk, and by the demo to give its loans a history.
 */
@Component
class LoanDays {

    /** Something that happens to a loan at the start of a day, before its close (the demo's repayments). */
    interface BeforeClose {
        ServicingPosition on(LocalDate day, ServicingPosition position, Map<Integer, Instalment> lines);
    }

    static final BeforeClose NO_EVENTS = (day, position, lines) -> position;

    private final JdbcClient jdbc;
    private final ScheduleBook book;

    LoanDays(JdbcClient jdbc, ScheduleBook book) {
        this.jdbc = jdbc;
        this.book = book;
    }

    ServicedLoan closeThrough(Actor actor, ServicedLoan loan, LocalDate date, Map<Integer, Instalment> known,
                              LprTable lpr, CloseOutput out, BeforeClose before) {
        ServicingPosition position = loan.position();
        ServicingTerms terms = loan.terms();
        Map<Integer, Instalment> lines = known;
        int version = loan.scheduleVersion();
        LocalDate repricing = loan.nextRepricingOn();
        while (position.closedThrough().isBefore(date)) {
            LocalDate day = position.closedThrough().plusDays(1);
            // A floating rate resets on the anniversary, which is a due date: the instalment due that day keeps the
            // old rate (its period is over), the lines after it are re-amortised at the LPR then in force + spread.
            if (repricing != null && !day.isBefore(repricing) && day.equals(position.nextDueOn())) {
                Rate rate = ScheduleRevision.floatingRate(lpr, repricing, loan.spreadBp());
                if (!rate.equals(terms.rate()) && line(loan.loanId(), version, position.nextNo() + 1, lines) != null) {
                    RepaymentSchedule current = book.load(loan.loanId(), version).schedule();
                    RepaymentSchedule repriced = ScheduleRevision.reprice(current, day, rate);
                    version++;
                    book.save(loan.loanId(), version, ScheduleBook.Reason.REPRICING, day, repriced,
                            "LPR " + lpr.oneYearOn(repricing) + " + " + loan.spreadBp() + "bp", actor.username());
                    terms = terms.withRate(rate);
                    lines = byNumber(repriced);
                }
                repricing = ScheduleRevision.nextRepricingDate(repricing, repricing);
            }
            Map<Integer, Instalment> source = lines;
            long loanId = loan.loanId();
            int v = version;
            position = before.on(day, position, source);
            position = DailyServicing.close(position, terms, day, n -> line(loanId, v, n, source), out);
        }
        return new ServicedLoan(loan.loanId(), loan.bankOrgId(), loan.enterpriseId(), loan.active(), version,
                loan.spreadBp(), repricing, terms, position, loan.bankReason(), loan.version());
    }

    private Instalment line(long loanId, int version, int number, Map<Integer, Instalment> known) {
        Instalment line = known.get(number);
        return line != null ? line : instalment(loanId, version, number);
    }

    static Map<Integer, Instalment> byNumber(RepaymentSchedule schedule) {
        Map<Integer, Instalment> map = new HashMap<>();
        for (Instalment i : schedule.instalments()) map.put(i.number(), i);
        return map;
    }

    /** A line the caller did not prefetch (a catch-up over several due dates): read one at a time, which is rare. */
    private Instalment instalment(long loanId, int version, int number) {
        return jdbc.sql("""
                        select loan_id, number, due_on, opening_balance, principal, interest from loan_instalment
                        where loan_id = :l and version_no = :v and number = :n""")
                .param("l", loanId).param("v", version).param("n", number)
                .query((rs, i) -> ScheduleBook.instalment(rs)).optional().orElse(null);
    }
}
