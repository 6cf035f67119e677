package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.supervision.LoanFact;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.QuarterFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The district's IP pledge loans as they stood at the end of a day, read through the views lending, servicing, asset,
 * valuation and party publish. Servicing keeps today's position only, so a past day's is worked back from it: the
 * balance is today's plus the principal repaid after that day, the class the one in force that day in the
 * classification history (the one before the first change after it; today's when it never changed). A loan counts
 * when it was disbursed by that day and either still owed then or disbursed inside the quarter. The collateral kind is
 * that of the rights pledged for the loan (MIXED when of several kinds), its value that of the rights still pledged.
 */
@Component
class QuarterEndPositions {

    static final String NONE = "—";

    /** Set-based (hash joins, no lookup per loan): it runs over the whole district's book at a quarter's close. */
    private static final String POSITIONS = """
            select l.id, l.loan_no, e.name as enterprise_name, l.bank_org_id, l.enterprise_id, l.disbursed_on,
                   l.principal, p.balance, coalesce(p.class in ('SUBSTANDARD', 'DOUBTFUL', 'LOSS'), false) as npl,
                   v.collateral_value, coalesce(k.kind, '—') as kind, coalesce(e.park, '—') as park,
                   coalesce(e.size, '—') as size
            from loan_view l
            join organisation_view b on b.id = l.bank_org_id
            join enterprise_view e on e.organisation_id = l.enterprise_id
            left join loan_servicing_view s on s.loan_id = l.id
            left join (select r.loan_id, sum(r.overdue_principal + r.current_principal + r.prepaid_principal) as principal
                       from loan_repayment_view r where r.value_date > :asOf group by r.loan_id) later on later.loan_id = l.id
            left join (select distinct on (c.loan_id) c.loan_id, c.classification from loan_classification_view c
                       where c.effective_on <= :asOf order by c.loan_id, c.effective_on desc, c.id desc) held
                   on held.loan_id = l.id
            left join (select distinct on (c.loan_id) c.loan_id, coalesce(c.previous, 'NORMAL') as classification
                       from loan_classification_view c
                       where c.effective_on > :asOf order by c.loan_id, c.effective_on, c.id) changed
                   on changed.loan_id = l.id
            cross join lateral (
                select case when s.loan_id is null
                                then case when l.state in ('DISBURSED', 'OVERDUE', 'DEFAULTED') then l.principal else 0 end
                            else s.principal_outstanding + coalesce(later.principal, 0) end as balance,
                       coalesce(held.classification, changed.classification, s.bank_classification, s.classification)
                           as class) p
            left join collateral_value_view v on v.loan_id = l.id
            left join (select g.loan_id,
                              case when count(distinct a.kind) > 1 then 'MIXED' else min(a.kind) end as kind
                       from ip_pledge_view g join ip_asset_view a on a.id = g.asset_id
                       where g.loan_id is not null group by g.loan_id) k on k.loan_id = l.id
            where b.district = :district and l.disbursed_on is not null and l.disbursed_on <= :asOf
              and (p.balance > 0 or l.disbursed_on >= :first)""";

    private final JdbcClient jdbc;

    QuarterEndPositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One group's sums: the dimension (DISTRICT, BANK, KIND, PARK, SIZE), its member, and how many loans it holds. */
    record Group(String dimension, String member, QuarterFigures figures, int loans) {
    }

    /** The quarter's sums as of {@code asOf}, for the district and each bank, collateral kind, park and size at once. */
    List<Group> groups(String district, Quarter quarter, LocalDate asOf) {
        return jdbc.sql("with positions as (" + POSITIONS + """
                        )
                        select case when grouping(bank_org_id) = 0 then 'BANK' when grouping(kind) = 0 then 'KIND'
                                    when grouping(park) = 0 then 'PARK' when grouping(size) = 0 then 'SIZE'
                                    else 'DISTRICT' end as dimension,
                               case when grouping(bank_org_id) = 0 then cast(bank_org_id as text)
                                    when grouping(kind) = 0 then kind when grouping(park) = 0 then park
                                    when grouping(size) = 0 then size else '' end as member,
                               count(*) filter (where disbursed_on >= :first) as new_loans,
                               coalesce(sum(principal) filter (where disbursed_on >= :first), 0) as new_amount,
                               coalesce(sum(balance) filter (where balance > 0), 0) as balance,
                               count(distinct enterprise_id) filter (where balance > 0) as customers,
                               coalesce(sum(principal) filter (where disbursed_on >= :first and collateral_value > 0), 0)
                                   as pledged_principal,
                               coalesce(sum(collateral_value) filter (where disbursed_on >= :first and collateral_value > 0), 0)
                                   as pledged_value,
                               coalesce(sum(balance) filter (where balance > 0 and npl), 0) as npl_balance,
                               count(*) as loans
                        from positions
                        group by grouping sets ((), (bank_org_id), (kind), (park), (size))""")
                .param("district", district).param("first", quarter.firstDay()).param("asOf", asOf)
                .query((rs, i) -> new Group(rs.getString("dimension"), rs.getString("member"), new QuarterFigures(
                        rs.getInt("new_loans"), Money.of(rs.getBigDecimal("new_amount")),
                        Money.of(rs.getBigDecimal("balance")), rs.getInt("customers"),
                        Money.of(rs.getBigDecimal("pledged_principal")), Money.of(rs.getBigDecimal("pledged_value")),
                        Money.of(rs.getBigDecimal("npl_balance"))), rs.getInt("loans")))
                .list();
    }

    /** The loans behind a figure as of {@code asOf}: of one bank and one collateral kind when given. */
    List<PlatformFigures.LoanLine> lines(String district, Quarter quarter, LocalDate asOf, Long bankId, String kind) {
        return jdbc.sql("select * from (" + POSITIONS + """
                        ) positions
                        where (cast(:bank as bigint) is null or bank_org_id = :bank)
                          and (cast(:kind as text) is null or kind = :kind)
                        order by id""")
                .param("district", district).param("first", quarter.firstDay()).param("asOf", asOf)
                .param("bank", bankId).param("kind", kind)
                .query((rs, i) -> new PlatformFigures.LoanLine(new LoanFact(rs.getLong("id"), rs.getLong("bank_org_id"),
                        rs.getLong("enterprise_id"), rs.getObject("disbursed_on", LocalDate.class),
                        Money.of(rs.getBigDecimal("principal")), Money.of(rs.getBigDecimal("balance")),
                        rs.getBoolean("npl"), money(rs.getBigDecimal("collateral_value")), orNull(rs.getString("kind")),
                        orNull(rs.getString("park")), orNull(rs.getString("size"))),
                        rs.getString("loan_no"), rs.getString("enterprise_name")))
                .list();
    }

    private static String orNull(String member) {
        return NONE.equals(member) ? null : member;
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }
}
