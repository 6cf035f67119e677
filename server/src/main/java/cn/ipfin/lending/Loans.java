package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Reads pledge loans. Every query carries the actor: a bank sees the loans it (or its branches) made, an
 * enterprise its own, the IP office the district's. There is no unscoped finder.
 */
@Service
public class Loans {

    private static final String VISIBLE = Visibility.anyOf("l.bank_org_id", "l.enterprise_id");
    private static final String SELECT = """
            select l.id, l.loan_no, l.enterprise_id, e.name as enterprise_name, l.bank_org_id, b.name as bank_name,
                   l.principal, l.annual_rate, l.term_months, l.applied_on, l.disbursed_on, l.maturity_on, l.state,
                   l.version
            from loan l join enterprise_view e on e.organisation_id = l.enterprise_id
                        join organisation_view b on b.id = l.bank_org_id
            """;
    static final RowMapper<Loan> ROW = (rs, i) -> new Loan(rs.getLong("id"), rs.getString("loan_no"),
            rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getLong("bank_org_id"),
            rs.getString("bank_name"), rs.getBigDecimal("principal"), rs.getBigDecimal("annual_rate"),
            rs.getInt("term_months"), rs.getObject("applied_on", LocalDate.class),
            rs.getObject("disbursed_on", LocalDate.class), rs.getObject("maturity_on", LocalDate.class),
            LoanState.valueOf(rs.getString("state")), rs.getInt("version"));

    private final JdbcClient jdbc;

    Loans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The loan list's filters, all optional: lending bank, state, application date range (inclusive), and a text
     * that matches the loan number or the enterprise's name.
     */
    public record Filter(Long bankId, LoanState state, LocalDate from, LocalDate to, String text) {

        public static Filter state(LoanState state) {
            return new Filter(null, state, null, null, null);
        }
    }

    @Transactional(readOnly = true)
    public LoanPage list(Actor actor, LoanState state, int page, int size) {
        return search(actor, Filter.state(state), page, size);
    }

    @Transactional(readOnly = true)
    public LoanPage search(Actor actor, Filter filter, int page, int size) {
        var where = new StringBuilder(" where" + VISIBLE);
        var params = new HashMap<String, Object>();
        params.putAll(Visibility.of(actor));
        if (filter.bankId() != null) {
            where.append(" and l.bank_org_id = :bank");
            params.put("bank", filter.bankId());
        }
        if (filter.state() != null) {
            where.append(" and l.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.from() != null) {
            where.append(" and l.applied_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and l.applied_on <= :to");
            params.put("to", filter.to());
        }
        String join = "";
        if (filter.text() != null && !filter.text().isBlank()) {
            join = " join enterprise_view e on e.organisation_id = l.enterprise_id";
            where.append(" and (l.loan_no ilike :text or e.name ilike :text)");
            params.put("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from loan l" + join + where).params(params).query(Long.class).single();
        List<Loan> rows = jdbc.sql(SELECT + where + " order by l.applied_on desc, l.id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query(ROW).list();
        return new LoanPage(rows, page, size, total);
    }

    /** The banks whose loans the actor sees: the choices of the list's bank filter. */
    @Transactional(readOnly = true)
    public List<Bank> banks(Actor actor) {
        return jdbc.sql("select b.id, b.name from organisation_view b where b.id in (select l.bank_org_id from loan l where"
                        + VISIBLE + ") order by b.name")
                .params(Visibility.of(actor))
                .query((rs, i) -> new Bank(rs.getLong(1), rs.getString(2))).list();
    }

    public record Bank(long id, String name) {
    }

    @Transactional(readOnly = true)
    public Optional<Loan> find(Actor actor, String loanNo) {
        return jdbc.sql(SELECT + " where l.loan_no = :no and" + VISIBLE)
                .param("no", loanNo).params(Visibility.of(actor))
                .query(ROW).optional();
    }

    /** Count and principal per state, in life-cycle order, over the loans the actor may see. */
    @Transactional(readOnly = true)
    public List<LoanStateTotal> totalsByState(Actor actor) {
        return jdbc.sql("select l.state, count(*), coalesce(sum(l.principal), 0) from loan l where" + VISIBLE
                        + " group by l.state")
                .params(Visibility.of(actor))
                .query((rs, i) -> new LoanStateTotal(LoanState.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getBigDecimal(3)))
                .stream().sorted(Comparator.comparing(LoanStateTotal::state)).toList();
    }

    public record LoanPage(List<Loan> rows, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
