package cn.ipfin.lending;

import cn.ipfin.core.asset.PledgeOffice;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The pledges registered in the district, for the IP office (seed 004 (十五): online registration; seed 004 (十七):
 * district targets for registered amount and count). Only registry facts and the amounts secured: never the bank's
 * internal notes.
 *
 * <p>A registration (one registration number) secures one amount, the 担保债权数额 of its pledge contract, however
 * many rights it covers; patents and trademarks are registered apart, at different offices. So the register counts
 * registrations, each with its amount once, by office; and the district's secured debt counts each loan once (its
 * patent and its trademark registrations secure the same debt). Adding the loan's principal once per pledged right
 * showed a 1,000,000 yuan loan on a patent and a trademark as 2,000,000 registered.
 */
@Service
public class RegisteredPledges {

    private final JdbcClient jdbc;

    RegisteredPledges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One registration: its rights (numbers), the office, the amount it secures. */
    public record Pledge(String registrationNo, PledgeOffice office, LocalDate registeredOn, LocalDate cancelledOn,
                        List<String> assetNumbers, String pledgor, String pledgee, String loanNo, BigDecimal securedAmount) {
    }

    /** Registrations at one office and the amounts they secure (each registration's amount once). */
    public record OfficeTotals(PledgeOffice office, long count, BigDecimal amount, long inForce, BigDecimal inForceAmount) {
    }

    /**
     * @param count         registrations (all offices)
     * @param amount        the debt secured by them, each loan once
     * @param inForce       registrations not cancelled
     * @param inForceAmount the debt secured by registrations in force, each loan once
     */
    public record Totals(long count, BigDecimal amount, long inForce, BigDecimal inForceAmount, List<OfficeTotals> byOffice) {
    }

    /** The register's filters, all optional: pledgee bank, kind of right, registration dates (inclusive), state. */
    public record Filter(Long pledgeeId, String kind, LocalDate from, LocalDate to, State state) {

        public enum State { IN_FORCE, CANCELLED }

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One page of the register (registrations), with the totals of every registration the filter matches. */
    public record Register(Totals totals, List<Pledge> pledges, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (totals.count() + size - 1) / size);
        }
    }

    public record Pledgee(long id, String name) {
    }

    /**
     * One row per registration (its number, its loan, its office), with the amount it secures; {@code %2$s} filters
     * the pledged rights, the state filter applies to the registration as a whole.
     */
    private static final String REGISTRATIONS = """
            with reg as (
              select p.registration_no, %1$s as office, p.loan_id, min(p.pledgor_id) as pledgor_id,
                     min(p.pledgee_org_id) as pledgee_org_id, min(p.registered_on) as registered_on,
                     bool_or(p.cancelled_on is null) as in_force, max(p.cancelled_on) as cancelled_on,
                     string_agg(a.number, ';' order by a.number) as numbers,
                     max(coalesce(p.secured_amount, l.principal)) as amount
              from ip_pledge_view p join ip_asset_view a on a.id = p.asset_id left join loan l on l.id = p.loan_id
              %2$s
              group by p.registration_no, p.loan_id, 2),
            reg_in as (select * from reg %3$s)
            """;

    @Transactional(readOnly = true)
    public Register inDistrict(Actor actor, int limit) {
        return inDistrict(actor, Filter.none(), 0, limit);
    }

    @Transactional(readOnly = true)
    public Register inDistrict(Actor actor, Filter filter, int page, int size) {
        requireOffice(actor);
        var where = new StringBuilder(" where true");
        var params = new HashMap<String, Object>();
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
        String state = filter.state() == null ? "" : filter.state() == Filter.State.IN_FORCE ? "where in_force" : "where not in_force";
        String registrations = REGISTRATIONS.formatted(PledgeOffice.sqlCase("a.kind"), where, state);
        List<OfficeTotals> byOffice = jdbc.sql(registrations + """
                        select office, count(*), coalesce(sum(amount), 0), count(*) filter (where in_force),
                               coalesce(sum(amount) filter (where in_force), 0)
                        from reg_in group by office order by office""")
                .params(params)
                .query((rs, i) -> new OfficeTotals(PledgeOffice.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getBigDecimal(3), rs.getLong(4), rs.getBigDecimal(5))).list();
        Totals totals = jdbc.sql(registrations + """
                        , debt as (select max(amount) as amount, bool_or(in_force) as in_force from reg_in
                                   group by coalesce(loan_id::text, 'R' || registration_no))
                        select coalesce(sum(amount), 0), coalesce(sum(amount) filter (where in_force), 0) from debt""")
                .params(params)
                .query((rs, i) -> new Totals(byOffice.stream().mapToLong(OfficeTotals::count).sum(), rs.getBigDecimal(1),
                        byOffice.stream().mapToLong(OfficeTotals::inForce).sum(), rs.getBigDecimal(2), byOffice))
                .single();
        List<Pledge> rows = jdbc.sql(registrations + """
                        select r.registration_no, r.office, r.registered_on, case when r.in_force then null else r.cancelled_on end,
                               r.numbers, e.name, b.name, l.loan_no, r.amount
                        from reg_in r join enterprise_view e on e.organisation_id = r.pledgor_id
                        join organisation_view b on b.id = r.pledgee_org_id left join loan l on l.id = r.loan_id
                        order by r.registered_on desc, r.registration_no desc limit :limit offset :offset""")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> new Pledge(rs.getString(1), PledgeOffice.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        Arrays.asList(rs.getString(5).split(";")), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBigDecimal(9))).list();
        return new Register(totals, rows, page, size);
    }

    /** Registrations per month and kind of right, oldest month first: what the register's chart draws. */
    public record MonthKindCount(YearMonth month, String kind, long count) {
    }

    @Transactional(readOnly = true)
    public List<MonthKindCount> byMonthAndKind(Actor actor) {
        requireOffice(actor);
        return jdbc.sql("select extract(year from p.registered_on)::int, extract(month from p.registered_on)::int,"
                        + " a.kind, count(distinct p.registration_no) from ip_pledge_view p join ip_asset_view a on a.id = p.asset_id"
                        + " group by 1, 2, 3 order by 1, 2, 3")
                .query((rs, i) -> new MonthKindCount(YearMonth.of(rs.getInt(1), rs.getInt(2)),
                        rs.getString(3), rs.getLong(4))).list();
    }

    /** The banks that hold pledges in the district, for the register's bank filter. */
    @Transactional(readOnly = true)
    public List<Pledgee> pledgees(Actor actor) {
        requireOffice(actor);
        return jdbc.sql("select distinct b.id, b.name from ip_pledge_view p join organisation_view b on b.id = p.pledgee_org_id"
                        + " order by b.name")
                .query((rs, i) -> new Pledgee(rs.getLong(1), rs.getString(2))).list();
    }

    private static void requireOffice(Actor actor) {
        if (!actor.seesWholeDistrict() || !(actor.has(Role.IPO_OFFICER) || actor.has(Role.AUDITOR))) {
            throw new AccessDeniedException("the IP office's register of pledges");
        }
    }
}
