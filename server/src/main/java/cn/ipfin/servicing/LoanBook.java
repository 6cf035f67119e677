package cn.ipfin.servicing;

import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The serviced loans one by one (贷后台账): each loan's position as of the last close, filtered and paged; and the
 * non-performing share of the book at each month-end, rebuilt from what the closes recorded (the classification
 * history and the repayments), so the trend does not depend on a snapshot taken at the time.
 */
@Service
public class LoanBook {

    private static final String VISIBLE = Visibility.anyOf("s.bank_org_id");

    /**
     * The loan book's filters, all optional: lending bank, five-category class, only the non-performing three (次级,
     * 可疑, 损失), only loans past due, maturity dates (inclusive), and a text matching the loan number or enterprise.
     */
    public record Filter(Long bankId, LoanClassification classification, boolean nonPerforming, boolean pastDue,
                         LocalDate maturityFrom, LocalDate maturityTo, String text) {

        public static Filter none() {
            return new Filter(null, null, false, false, null, null, null);
        }
    }

    public record Position(String loanNo, String enterpriseName, String bankName, BigDecimal principalOutstanding,
                           BigDecimal overdue, int dpd, LoanClassification classification, LocalDate maturityOn,
                           LocalDate closedThrough, boolean active) {
    }

    public record PositionPage(List<Position> rows, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public record Bank(long id, String name) {
    }

    /** The book at one month-end: principal outstanding, of it non-performing, and the ratio in percent (2 places). */
    public record MonthEnd(LocalDate date, BigDecimal outstanding, BigDecimal npl) {
        public BigDecimal nplPercent() {
            return outstanding.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                    : npl.multiply(BigDecimal.valueOf(100)).divide(outstanding, 2, RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient jdbc;

    LoanBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PositionPage positions(Actor actor, Filter filter, int page, int size) {
        var where = new StringBuilder(" where" + VISIBLE);
        var params = new HashMap<String, Object>();
        params.putAll(Visibility.of(actor));
        if (filter.bankId() != null) {
            where.append(" and s.bank_org_id = :bank");
            params.put("bank", filter.bankId());
        }
        if (filter.classification() != null) {
            where.append(" and s.classification = :class");
            params.put("class", filter.classification().name());
        }
        if (filter.nonPerforming()) {
            where.append(" and s.state = 'ACTIVE' and s.classification = any(:npl)");
            params.put("npl", nonPerformingCodes());
        }
        if (filter.pastDue()) {
            where.append(" and s.dpd > 0");
        }
        if (filter.maturityFrom() != null) {
            where.append(" and s.maturity_on >= :from");
            params.put("from", filter.maturityFrom());
        }
        if (filter.maturityTo() != null) {
            where.append(" and s.maturity_on <= :to");
            params.put("to", filter.maturityTo());
        }
        if (filter.text() != null) {
            where.append(" and (l.loan_no ilike :text or e.name ilike :text)");
            params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String from = " from loan_servicing s join loan_view l on l.id = s.loan_id"
                + " join enterprise_view e on e.organisation_id = l.enterprise_id join organisation_view b on b.id = l.bank_org_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<Position> rows = jdbc.sql("""
                        select l.loan_no, e.name, b.name, s.principal_outstanding,
                               s.overdue_principal + s.overdue_interest + s.penalty_due as overdue, s.dpd,
                               s.classification, s.maturity_on, s.closed_through, s.state = 'ACTIVE' as active"""
                        + from + where + " order by s.dpd desc, s.principal_outstanding desc, l.loan_no limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> new Position(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getInt(6), LoanClassification.valueOf(rs.getString(7)),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getBoolean(10)))
                .list();
        return new PositionPage(rows, page, size, total);
    }

    /** The banks whose serviced loans the actor sees: the choices of the bank filter. */
    @Transactional(readOnly = true)
    public List<Bank> banks(Actor actor) {
        return jdbc.sql("select distinct l.bank_org_id, b.name from loan_servicing s join loan_view l on l.id = s.loan_id"
                        + " join organisation_view b on b.id = l.bank_org_id where" + VISIBLE + " order by b.name")
                .params(Visibility.of(actor))
                .query((rs, i) -> new Bank(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * The last {@code months} month-ends before {@code today}, oldest first. At each: the principal disbursed by then
     * (schedule version 1) less the principal repaid by then, and the class in force then (the last classification
     * recorded on or before it, 正常 before any).
     */
    @Transactional(readOnly = true)
    public List<MonthEnd> nplTrend(Actor actor, LocalDate today, int months) {
        List<LocalDate> ends = monthEnds(today, months);
        var byDate = new HashMap<LocalDate, MonthEnd>();
        jdbc.sql("""
                        with ends as (select cast(unnest(cast(:ends as text[])) as date) as d),
                        book as (
                          select e.d, s.loan_id,
                                 v.principal - coalesce((select sum(r.overdue_principal + r.current_principal + r.prepaid_principal)
                                                         from loan_repayment r where r.loan_id = s.loan_id and r.value_date <= e.d), 0) as outstanding,
                                 coalesce((select c.classification from loan_classification c
                                           where c.loan_id = s.loan_id and c.effective_on <= e.d
                                           order by c.effective_on desc, c.id desc limit 1), 'NORMAL') as class
                          from ends e
                          join loan_servicing s on""" + VISIBLE + """
                          join loan_schedule_version v on v.loan_id = s.loan_id and v.version_no = 1 and v.effective_on <= e.d)
                        select d, coalesce(sum(outstanding), 0), coalesce(sum(outstanding) filter (where class = any(:npl)), 0)
                        from book where outstanding > 0 group by d""")
                .param("ends", ends.stream().map(LocalDate::toString).toArray(String[]::new)).param("npl", nonPerformingCodes())
                .params(Visibility.of(actor))
                .query((rs, i) -> new MonthEnd(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .list().forEach(m -> byDate.put(m.date(), m));
        List<MonthEnd> trend = new ArrayList<>();
        for (LocalDate end : ends) {
            trend.add(byDate.getOrDefault(end, new MonthEnd(end, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2))));
        }
        return trend;
    }

    /** The last day of each of the {@code months} months before today's month, oldest first. */
    static List<LocalDate> monthEnds(LocalDate today, int months) {
        List<LocalDate> ends = new ArrayList<>();
        for (int back = months; back >= 1; back--) {
            ends.add(YearMonth.from(today).minusMonths(back).atEndOfMonth());
        }
        return ends;
    }

    private static String[] nonPerformingCodes() {
        return java.util.Arrays.stream(LoanClassification.values()).filter(LoanClassification::isNonPerforming)
                .map(Enum::name).toArray(String[]::new);
    }
}
