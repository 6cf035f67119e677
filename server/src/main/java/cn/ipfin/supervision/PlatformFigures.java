package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.supervision.LoanFact;
import cn.ipfin.core.supervision.Quarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * The district's IP pledge loans as the statistics need them, read through the views lending, servicing, asset,
 * valuation and party publish: every loan of the district's banks disbursed by the quarter's end and either still
 * outstanding or disbursed inside the quarter. Balance and classification are the servicing position's as of the
 * latest daily close (the view keeps no history); the collateral kind is that of the rights pledged for the loan
 * (MIXED when of several kinds), the collateral value that of the rights still pledged.
 */
@Component
class PlatformFigures {

    private final JdbcClient jdbc;

    PlatformFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String districtOf(long orgId) {
        return jdbc.sql("select district from organisation_view where id = :id").param("id", orgId)
                .query(String.class).optional().orElse("");
    }

    /** A loan of the statistics with what its list shows (the drill-down behind the charts). */
    record LoanLine(LoanFact fact, String loanNo, String enterpriseName) {
    }

    List<LoanFact> loans(String district, Quarter quarter) {
        return lines(district, quarter).stream().map(LoanLine::fact).toList();
    }

    List<LoanLine> lines(String district, Quarter quarter) {
        return jdbc.sql("""
                        select l.id, l.loan_no, e.name as enterprise_name, l.bank_org_id, l.enterprise_id, l.disbursed_on, l.principal,
                               coalesce(s.principal_outstanding,
                                        case when l.state in ('DISBURSED', 'OVERDUE', 'DEFAULTED') then l.principal else 0 end)
                                   as balance,
                               coalesce(coalesce(s.bank_classification, s.classification) in ('SUBSTANDARD', 'DOUBTFUL', 'LOSS'),
                                        false) as npl,
                               v.collateral_value, k.kind, e.park, e.size
                        from loan_view l
                        join organisation_view b on b.id = l.bank_org_id
                        join enterprise_view e on e.organisation_id = l.enterprise_id
                        left join loan_servicing_view s on s.loan_id = l.id
                        left join collateral_value_view v on v.loan_id = l.id
                        left join lateral (
                            select case when count(distinct a.kind) > 1 then 'MIXED' else min(a.kind) end as kind
                            from ip_pledge_view p join ip_asset_view a on a.id = p.asset_id
                            where p.loan_id = l.id) k on true
                        where b.district = :district and l.disbursed_on is not null and l.disbursed_on <= :last
                          and (l.state in ('DISBURSED', 'OVERDUE', 'DEFAULTED') or l.disbursed_on >= :first)
                        order by l.id""")
                .param("district", district).param("first", quarter.firstDay()).param("last", quarter.lastDay())
                .query((rs, i) -> new LoanLine(new LoanFact(rs.getLong("id"), rs.getLong("bank_org_id"),
                        rs.getLong("enterprise_id"), rs.getObject("disbursed_on", java.time.LocalDate.class),
                        Money.of(rs.getBigDecimal("principal")), Money.of(rs.getBigDecimal("balance")), rs.getBoolean("npl"),
                        money(rs.getBigDecimal("collateral_value")), rs.getString("kind"), rs.getString("park"),
                        rs.getString("size")), rs.getString("loan_no"), rs.getString("enterprise_name")))
                .list();
    }

    /** The district's banks (branches included), by name. */
    List<Bank> banks(String district) {
        return jdbc.sql("""
                        select id, name, coalesce(name_en, name) as name_en from organisation_view
                        where type = 'BANK' and district = :district and status = 'ACTIVE' order by code""")
                .param("district", district)
                .query((rs, i) -> new Bank(rs.getLong("id"), rs.getString("name"), rs.getString("name_en"))).list();
    }

    record Bank(long id, String name, String nameEn) {
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }
}
