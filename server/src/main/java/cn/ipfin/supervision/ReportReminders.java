package cn.ipfin.supervision;

import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.ReportingStatus;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminders for overdue quarterly reports (due 10 days after the quarter ends, Jiyuan 001): the IP office reminds
 * every bank of its district that has submitted nothing for the quarter past its due date; each reminder is recorded
 * (one a bank and quarter a day) and the bank sees the reminders it received.
 */
@Service
public class ReportReminders {

    private static final RowMapper<Reminder> ROW = (rs, i) -> new Reminder(rs.getLong("bank_org_id"),
            new Quarter(rs.getInt("year"), rs.getInt("quarter")), rs.getObject("sent_on", LocalDate.class),
            rs.getString("sent_by"));

    private final QuarterlyStatistics statistics;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportReminders(QuarterlyStatistics statistics, JdbcClient jdbc, Clock clock) {
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Reminder(long bankId, Quarter quarter, LocalDate sentOn, String sentBy) {
    }

    /** The banks with nothing submitted for the quarter past its due date. */
    public List<QuarterlyStatistics.BankLine> missing(Actor office, Quarter quarter) {
        return statistics.of(office, quarter).banks().stream().filter(b -> b.status() == ReportingStatus.MISSING).toList();
    }

    /** Reminds each bank still missing the quarter's report; returns how many were reminded (again) today. */
    @Transactional
    public int remind(Actor office, Quarter quarter) {
        if (!office.has(Role.IPO_OFFICER)) throw new AccessDeniedException("the IP office sends the reminders");
        LocalDate today = LocalDate.now(clock);
        if (!quarter.isLate(today)) {
            throw PerformanceRules.REMINDER_NOT_DUE.violation(quarter.toString(), quarter.dueOn());
        }
        int sent = 0;
        for (var bank : missing(office, quarter)) {
            sent += jdbc.sql("""
                            insert into report_reminder (bank_org_id, year, quarter, sent_on, sent_by, sent_at)
                            values (:bank, :year, :quarter, :on, :by, :at) on conflict do nothing""")
                    .param("bank", bank.bankId()).param("year", quarter.year()).param("quarter", quarter.number())
                    .param("on", today).param("by", office.username())
                    .param("at", java.sql.Timestamp.from(clock.instant())).update();
        }
        return sent;
    }

    /** The reminders a bank received, the newest first. */
    public List<Reminder> received(long bankId) {
        return jdbc.sql("select * from report_reminder where bank_org_id = :bank order by sent_on desc, year desc, quarter desc")
                .param("bank", bankId).query(ROW).list();
    }

    /** A reminder sent, with the bank's names. */
    public record Sent(Reminder reminder, String bankName, String bankNameEn) {
    }

    /** The reminders sent for a quarter to the district's banks, the newest first. */
    public List<Sent> sent(Actor office, Quarter quarter) {
        var banks = statistics.of(office, quarter).banks().stream()
                .collect(java.util.stream.Collectors.toMap(QuarterlyStatistics.BankLine::bankId, b -> b));
        return jdbc.sql("""
                        select * from report_reminder where year = :year and quarter = :quarter
                        order by sent_on desc, bank_org_id""")
                .param("year", quarter.year()).param("quarter", quarter.number()).query(ROW).list().stream()
                .filter(r -> banks.containsKey(r.bankId()))
                .map(r -> new Sent(r, banks.get(r.bankId()).bankName(), banks.get(r.bankId()).bankNameEn())).toList();
    }
}
