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

    public record Register(Totals totals, List<Pledge> pledges) {
    }

    @Transactional(readOnly = true)
    public Register inDistrict(Actor actor, int limit) {
        if (!actor.seesWholeDistrict() || !(actor.has(Role.IPO_OFFICER) || actor.has(Role.AUDITOR))) {
            throw new AccessDeniedException("the IP office's register of pledges");
        }
        String from = """
                 from ip_pledge p join ip_asset a on a.id = p.asset_id join enterprise e on e.organisation_id = p.pledgor_id
                 join organisation b on b.id = p.pledgee_org_id left join loan l on l.id = p.loan_id""";
        Totals totals = jdbc.sql("select count(*), coalesce(sum(coalesce(p.secured_amount, l.principal)), 0),"
                        + " count(*) filter (where p.cancelled_on is null),"
                        + " coalesce(sum(coalesce(p.secured_amount, l.principal)) filter (where p.cancelled_on is null), 0)" + from)
                .query((rs, i) -> new Totals(rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3), rs.getBigDecimal(4))).single();
        List<Pledge> rows = jdbc.sql("select p.registration_no, p.registered_on, p.cancelled_on, a.number, a.kind, e.name,"
                        + " b.name, l.loan_no, coalesce(p.secured_amount, l.principal)" + from
                        + " order by p.registered_on desc, p.id desc limit :limit")
                .param("limit", limit)
                .query((rs, i) -> new Pledge(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getBigDecimal(9))).list();
        return new Register(totals, rows);
    }
}
