package cn.ipfin.valuation;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Post-loan collateral alerts, seen by the lending bank (and its head office) and the IP office. */
@Service
public class CollateralAlerts {

    private final JdbcClient jdbc;

    CollateralAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Alert(long id, long loanId, String loanNo, String bankName, String enterpriseName, LocalDate raisedOn,
                        BigDecimal principal, BigDecimal collateralValue, BigDecimal coverage, BigDecimal threshold,
                        String reason) {
    }

    @Transactional(readOnly = true)
    public List<Alert> list(Actor actor, int limit) {
        return jdbc.sql("""
                        select c.id, c.loan_id, l.loan_no, b.name, e.name, c.raised_on, c.principal, c.collateral_value,
                               c.coverage, c.threshold, c.reason
                        from collateral_alert c join loan_view l on l.id = c.loan_id
                        join organisation_view b on b.id = c.bank_org_id join enterprise_view e on e.organisation_id = c.enterprise_id
                        where (:all or c.bank_org_id = any(:orgs))
                        order by c.raised_on desc, c.id desc limit :limit""")
                .params(Visibility.of(actor)).param("limit", limit)
                .query((rs, i) -> new Alert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11)))
                .list();
    }

    /** The alert list's filters, all optional: lending bank, the dates raised on (inclusive), loan number or enterprise. */
    public record Filter(Long bankId, LocalDate from, LocalDate to, String text) {
    }

    public record AlertPage(List<Alert> rows, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    public record Bank(long id, String name) {
    }

    @Transactional(readOnly = true)
    public AlertPage search(Actor actor, Filter filter, int page, int size) {
        var where = new StringBuilder(" where" + Visibility.anyOf("c.bank_org_id"));
        var params = new java.util.HashMap<String, Object>();
        params.putAll(Visibility.of(actor));
        if (filter.bankId() != null) {
            where.append(" and c.bank_org_id = :bank");
            params.put("bank", filter.bankId());
        }
        if (filter.from() != null) {
            where.append(" and c.raised_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and c.raised_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.text() != null) {
            where.append(" and (l.loan_no ilike :text or e.name ilike :text)");
            params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String from = """
                 from collateral_alert c join loan_view l on l.id = c.loan_id
                join organisation_view b on b.id = c.bank_org_id join enterprise_view e on e.organisation_id = c.enterprise_id""";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<Alert> rows = jdbc.sql("""
                        select c.id, c.loan_id, l.loan_no, b.name, e.name, c.raised_on, c.principal, c.collateral_value,
                               c.coverage, c.threshold, c.reason""" + from + where
                        + " order by c.raised_on desc, c.id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> new Alert(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getBigDecimal(8),
                        rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11)))
                .list();
        return new AlertPage(rows, page, size, total);
    }

    /** The banks whose alerts the actor sees: the choices of the bank filter. */
    @Transactional(readOnly = true)
    public List<Bank> banks(Actor actor) {
        return jdbc.sql("""
                        select b.id, b.name from organisation_view b where b.id in
                          (select c.bank_org_id from collateral_alert c where (:all or c.bank_org_id = any(:orgs)))
                        order by b.name""")
                .params(Visibility.of(actor))
                .query((rs, i) -> new Bank(rs.getLong(1), rs.getString(2))).list();
    }
}
