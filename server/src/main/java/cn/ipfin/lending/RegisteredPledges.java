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
import java.util.Arrays;
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

    public record Register(Totals totals, List<Pledge> pledges) {
    }

    /** One row per registration (its number, its loan, its office), with the amount it secures. */
    private static final String REGISTRATIONS = """
            with reg as (
              select p.registration_no, %s as office, p.loan_id, min(p.pledgor_id) as pledgor_id,
                     min(p.pledgee_org_id) as pledgee_org_id, min(p.registered_on) as registered_on,
                     bool_or(p.cancelled_on is null) as in_force, max(p.cancelled_on) as cancelled_on,
                     string_agg(a.number, ';' order by a.number) as numbers,
                     max(coalesce(p.secured_amount, l.principal)) as amount
              from ip_pledge p join ip_asset a on a.id = p.asset_id left join loan l on l.id = p.loan_id
              group by p.registration_no, p.loan_id, 2)
            """.formatted(PledgeOffice.sqlCase("a.kind"));

    @Transactional(readOnly = true)
    public Register inDistrict(Actor actor, int limit) {
        if (!actor.seesWholeDistrict() || !(actor.has(Role.IPO_OFFICER) || actor.has(Role.AUDITOR))) {
            throw new AccessDeniedException("the IP office's register of pledges");
        }
        List<OfficeTotals> byOffice = jdbc.sql(REGISTRATIONS + """
                        select office, count(*), coalesce(sum(amount), 0), count(*) filter (where in_force),
                               coalesce(sum(amount) filter (where in_force), 0)
                        from reg group by office order by office""")
                .query((rs, i) -> new OfficeTotals(PledgeOffice.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getBigDecimal(3), rs.getLong(4), rs.getBigDecimal(5))).list();
        Totals totals = jdbc.sql(REGISTRATIONS + """
                        , debt as (select max(amount) as amount, bool_or(in_force) as in_force from reg
                                   group by coalesce(loan_id::text, 'R' || registration_no))
                        select coalesce(sum(amount), 0), coalesce(sum(amount) filter (where in_force), 0) from debt""")
                .query((rs, i) -> new Totals(byOffice.stream().mapToLong(OfficeTotals::count).sum(), rs.getBigDecimal(1),
                        byOffice.stream().mapToLong(OfficeTotals::inForce).sum(), rs.getBigDecimal(2), byOffice))
                .single();
        List<Pledge> rows = jdbc.sql(REGISTRATIONS + """
                        select r.registration_no, r.office, r.registered_on, case when r.in_force then null else r.cancelled_on end,
                               r.numbers, e.name, b.name, l.loan_no, r.amount
                        from reg r join enterprise e on e.organisation_id = r.pledgor_id
                        join organisation b on b.id = r.pledgee_org_id left join loan l on l.id = r.loan_id
                        order by r.registered_on desc, r.registration_no desc limit :limit""")
                .param("limit", limit)
                .query((rs, i) -> new Pledge(rs.getString(1), PledgeOffice.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        Arrays.asList(rs.getString(5).split(";")), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBigDecimal(9))).list();
        return new Register(totals, rows);
    }
}
