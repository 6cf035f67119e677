package cn.ipfin.lending;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The pledges registered in the district, for the IP office (seed 004 (十五): district targets for registered amount
 * and count). Only registry facts and the loan's amount: never the bank's internal notes.
 */
@Service
public class RegisteredPledges {

    private final JdbcClient jdbc;

    RegisteredPledges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Pledge(String registrationNo, LocalDate registeredOn, LocalDate cancelledOn, String assetNumber,
                         String assetKind, String pledgor, String pledgee, String loanNo, BigDecimal securedAmount) {
    }

    public record Totals(long count, BigDecimal amount, long inForce, BigDecimal inForceAmount) {
    }

    /** The register's filters, all optional: pledgee bank, kind of right, registration dates (inclusive), state. */
    public record Filter(Long pledgeeId, String kind, LocalDate from, LocalDate to, State state) {

        public enum State { IN_FORCE, CANCELLED }

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One page of the register, with the totals of every pledge the filter matches. */
    public record Register(Totals totals, List<Pledge> pledges, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (totals.count() + size - 1) / size);
        }
    }

    public record Pledgee(long id, String name) {
    }

    private static final String FROM = """
             from ip_pledge p join ip_asset a on a.id = p.asset_id join enterprise e on e.organisation_id = p.pledgor_id
             join organisation b on b.id = p.pledgee_org_id left join loan l on l.id = p.loan_id""";

    @Transactional(readOnly = true)
    public Register inDistrict(Actor actor, int limit) {
        return inDistrict(actor, Filter.none(), 0, limit);
    }

    @Transactional(readOnly = true)
    public Register inDistrict(Actor actor, Filter filter, int page, int size) {
        requireOffice(actor);
        var where = new StringBuilder(" where true");
        var params = new java.util.HashMap<String, Object>();
        if (filter.pledgeeId() != null) {
            where.append(" and p.pledgee_org_id = :pledgee");
            params.put("pledgee", filter.pledgeeId());
        }
        if (filter.kind() != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            where.append(" and p.registered_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and p.registered_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.state() != null) {
            where.append(filter.state() == Filter.State.IN_FORCE ? " and p.cancelled_on is null" : " and p.cancelled_on is not null");
        }
        Totals totals = jdbc.sql("select count(*), coalesce(sum(coalesce(p.secured_amount, l.principal)), 0),"
                        + " count(*) filter (where p.cancelled_on is null),"
                        + " coalesce(sum(coalesce(p.secured_amount, l.principal)) filter (where p.cancelled_on is null), 0)"
                        + FROM + where)
                .params(params)
                .query((rs, i) -> new Totals(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3), rs.getBigDecimal(4))).single();
        List<Pledge> rows = jdbc.sql("select p.registration_no, p.registered_on, p.cancelled_on, a.number, a.kind, e.name,"
                        + " b.name, l.loan_no, coalesce(p.secured_amount, l.principal)" + FROM + where
                        + " order by p.registered_on desc, p.id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> new Pledge(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getBigDecimal(9))).list();
        return new Register(totals, rows, page, size);
    }

    /** Registrations per month and kind of right, oldest month first: what the register's chart draws. */
    public record MonthKindCount(java.time.YearMonth month, String kind, long count) {
    }

    @Transactional(readOnly = true)
    public List<MonthKindCount> byMonthAndKind(Actor actor) {
        requireOffice(actor);
        return jdbc.sql("select extract(year from p.registered_on)::int, extract(month from p.registered_on)::int,"
                        + " a.kind, count(*) from ip_pledge p join ip_asset a on a.id = p.asset_id"
                        + " group by 1, 2, 3 order by 1, 2, 3")
                .query((rs, i) -> new MonthKindCount(java.time.YearMonth.of(rs.getInt(1), rs.getInt(2)),
                        rs.getString(3), rs.getLong(4))).list();
    }

    /** The banks that hold pledges in the district, for the register's bank filter. */
    @Transactional(readOnly = true)
    public List<Pledgee> pledgees(Actor actor) {
        requireOffice(actor);
        return jdbc.sql("select distinct b.id, b.name from ip_pledge p join organisation b on b.id = p.pledgee_org_id"
                        + " order by b.name")
                .query((rs, i) -> new Pledgee(rs.getLong(1), rs.getString(2))).list();
    }

    private static void requireOffice(Actor actor) {
        if (!actor.seesWholeDistrict() || !(actor.has(Role.IPO_OFFICER) || actor.has(Role.AUDITOR))) {
            throw new AccessDeniedException("the IP office's register of pledges");
        }
    }
}
