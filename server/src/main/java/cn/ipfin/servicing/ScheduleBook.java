package cn.ipfin.servicing;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.Rate;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.InterestConvention;
import cn.ipfin.core.schedule.PeriodFrequency;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.core.schedule.ScheduleRounding;
import cn.ipfin.core.schedule.ScheduleTerms;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Schedule versions and their instalments. A version is written once and never changed; a revision (prepayment,
 * 展期, repricing) adds the next version, so every schedule a borrower was ever shown stays on record. Only the
 * paid amounts of an instalment change, as repayments are allocated to it.
 */
@Component
class ScheduleBook {

    enum Reason { DISBURSEMENT, PREPAYMENT, RESCHEDULE, REPRICING }

    record Version(int versionNo, Reason reason, LocalDate effectiveOn, RepaymentSchedule schedule, String note,
                   String createdBy) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    ScheduleBook(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** A first schedule by the product's 计息方式 (its basis and day count): the close accrues by the same basis. */
    static ScheduleTerms terms(Money principal, Rate rate, LocalDate start, int periods, RepaymentMethod method,
                               InterestConvention interest) {
        return new ScheduleTerms(principal, rate, start, periods, PeriodFrequency.MONTHLY, method, interest.dayCount(),
                interest.basis(), ScheduleRounding.HALF_UP_TO_FEN);
    }

    void save(long loanId, int versionNo, Reason reason, LocalDate effectiveOn, RepaymentSchedule schedule, String note,
              String actor) {
        ScheduleTerms t = schedule.terms();
        jdbc.sql("""
                        insert into loan_schedule_version (loan_id, version_no, reason, effective_on, principal, annual_rate,
                            method, frequency, day_count, interest_basis, periods, anchor_on, anchor_offset, note, created_by,
                            created_at)
                        values (:loan, :v, :reason, :on, :principal, :rate, :method, :freq, :dc, :basis, :periods, :anchor,
                            :offset, :note, :by, :at)""")
                .param("loan", loanId).param("v", versionNo).param("reason", reason.name()).param("on", effectiveOn)
                .param("principal", t.principal().amount()).param("rate", t.annualRate().annualFraction())
                .param("method", t.method().name()).param("freq", t.frequency().name()).param("dc", t.dayCount().name()).param("basis", t.interestBasis().name())
                .param("periods", t.periods()).param("anchor", t.anchorDate()).param("offset", t.anchorOffset())
                .param("note", note).param("by", actor).param("at", Timestamp.from(clock.instant()))
                .update();
        List<Object[]> rows = new ArrayList<>(schedule.size());
        for (Instalment i : schedule.instalments()) {
            rows.add(new Object[]{loanId, versionNo, i.number(), Date.valueOf(i.dueDate()), i.openingBalance().amount(),
                    i.principal().amount(), i.interest().amount()});
        }
        template.batchUpdate("""
                insert into loan_instalment (loan_id, version_no, number, due_on, opening_balance, principal, interest)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** One version with its instalments, rebuilt from what was stored (not regenerated), so it shows what was agreed. */
    Version load(long loanId, int versionNo) {
        var head = jdbc.sql("""
                        select reason, effective_on, principal, annual_rate, method, frequency, day_count, periods,
                               anchor_on, anchor_offset, note, created_by, interest_basis
                        from loan_schedule_version where loan_id = :loan and version_no = :v""")
                .param("loan", loanId).param("v", versionNo)
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getInt(8), rs.getObject(9, LocalDate.class), rs.getInt(10), rs.getString(11), rs.getString(12), rs.getString(13)})
                .single();
        ScheduleTerms terms = new ScheduleTerms(Money.of((java.math.BigDecimal) head[2]), new Rate((java.math.BigDecimal) head[3]),
                (LocalDate) head[1], (int) head[7], PeriodFrequency.valueOf((String) head[5]),
                RepaymentMethod.valueOf((String) head[4]), DayCount.valueOf((String) head[6]),
                InterestBasis.valueOf((String) head[12]),
                ScheduleRounding.HALF_UP_TO_FEN, (LocalDate) head[8], (int) head[9]);
        List<Instalment> lines = jdbc.sql("""
                        select number, due_on, opening_balance, principal, interest from loan_instalment
                        where loan_id = :loan and version_no = :v order by number""")
                .param("loan", loanId).param("v", versionNo)
                .query((rs, n) -> instalment(rs)).list();
        return new Version(versionNo, Reason.valueOf((String) head[0]), (LocalDate) head[1],
                new RepaymentSchedule(terms, lines), (String) head[10], (String) head[11]);
    }

    /** A stored line, from the columns number, due_on, opening_balance, principal and interest. */
    static Instalment instalment(java.sql.ResultSet rs) throws java.sql.SQLException {
        Money opening = Money.of(rs.getBigDecimal("opening_balance"));
        Money principal = Money.of(rs.getBigDecimal("principal"));
        Money interest = Money.of(rs.getBigDecimal("interest"));
        return new Instalment(rs.getInt("number"), rs.getObject("due_on", LocalDate.class), opening, principal, interest,
                principal.plus(interest), opening.minus(principal));
    }

    List<Version> versions(long loanId) {
        List<Integer> numbers = jdbc.sql("select version_no from loan_schedule_version where loan_id = :loan order by version_no")
                .param("loan", loanId).query(Integer.class).list();
        return numbers.stream().map(v -> load(loanId, v)).toList();
    }
}
