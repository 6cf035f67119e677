package cn.ipfin.programme;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.programme.FactModel;
import cn.ipfin.core.programme.FactModel.CreditEntry;
import cn.ipfin.core.programme.FactModel.Enterprise;
import cn.ipfin.core.programme.FactModel.Facts;
import cn.ipfin.core.programme.FactModel.Financials;
import cn.ipfin.core.programme.FactModel.Loan;
import cn.ipfin.core.programme.FactModel.Pledge;
import cn.ipfin.core.programme.FactModel.Project;
import cn.ipfin.shared.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Gathers one enterprise's {@link FactModel} from the owners' published views, as of a date and for a programme
 * year. What the platform does not hold yet is stated, not guessed: bank fees and a securitization project's issue
 * cost per enterprise are zero; the projects are those whose frozen pool holds the enterprise.
 *
 * <p>Whether the enterprise is an independent legal person comes from its 统一社会信用代码: the second character is
 * the type of the registered body (GB 32100-2015: 1 enterprise, 2 individual business, 3 farmers' cooperative).
 */
@Component
class ProgrammeFacts {

    private final JdbcClient jdbc;

    ProgrammeFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Facts of(long enterpriseId, LocalDate today, int year) {
        Enterprise enterprise = jdbc.sql("""
                        select e.organisation_id, e.name, e.credit_code, e.registered_on, e.park, e.size,
                               exists (select 1 from enterprise_qualification_view q where q.enterprise_id = e.organisation_id
                                       and q.kind = 'HIGH_TECH' and q.granted_on <= :today
                                       and (q.expires_on is null or q.expires_on >= :today)),
                               exists (select 1 from enterprise_qualification_view q where q.enterprise_id = e.organisation_id
                                       and q.kind in ('SPECIALISED_SME', 'LITTLE_GIANT') and q.granted_on <= :today
                                       and (q.expires_on is null or q.expires_on >= :today))
                        from enterprise_view e where e.organisation_id = :id""")
                .param("id", enterpriseId).param("today", today)
                .query((rs, i) -> {
                    String code = rs.getString(3);
                    char bodyType = code.length() > 1 ? code.charAt(1) : '?';
                    String type = switch (bodyType) {
                        case '1' -> "企业 enterprise";
                        case '2' -> "个体工商户 individual business";
                        case '3' -> "农民专业合作社 cooperative";
                        default -> "其他 other";
                    };
                    return new Enterprise(rs.getLong(1), rs.getString(2), code, type, bodyType == '1',
                            rs.getObject(4, LocalDate.class), rs.getString(6), rs.getString(5), rs.getBoolean(7),
                            rs.getBoolean(8));
                })
                .optional().orElseThrow(() -> new RecordNotFound("enterprise", enterpriseId));
        List<Financials> financials = jdbc.sql("""
                        select year, revenue, profit from enterprise_financials_view where enterprise_id = :id order by year""")
                .param("id", enterpriseId)
                .query((rs, i) -> new Financials(rs.getInt(1), Money.of(rs.getBigDecimal(2)), Money.of(rs.getBigDecimal(3))))
                .list();
        List<CreditEntry> credit = jdbc.sql("""
                        select kind, source, id, listed_on from enterprise_credit_fact_view
                        where enterprise_id = :id and listed_on <= :today and (removed_on is null or removed_on > :today)
                        order by listed_on""")
                .param("id", enterpriseId).param("today", today)
                .query((rs, i) -> new CreditEntry(rs.getString(1).equals("OTHER_BAD_RECORD") ? "BAD_RECORD" : rs.getString(1),
                        rs.getString(2) + " #" + rs.getLong(3), rs.getObject(4, LocalDate.class)))
                .list();
        List<Pledge> pledges = jdbc.sql("""
                        select p.registration_no, a.number, a.kind, a.status, p.registered_on, l.loan_no,
                               exists (select 1 from ip_asset_owner_view o where o.asset_id = a.id and o.enterprise_id = :id),
                               not exists (select 1 from ip_pledge_view e where e.asset_id = p.asset_id
                                           and (e.registered_on, e.id) < (p.registered_on, p.id))
                        from ip_pledge_view p
                        join ip_asset_view a on a.id = p.asset_id
                        left join loan_view l on l.id = p.loan_id
                        where p.pledgor_id = :id and p.registered_on <= :today
                        order by p.registered_on, p.id""")
                .param("id", enterpriseId).param("today", today)
                .query((rs, i) -> {
                    String status = rs.getString(4);
                    boolean owner = rs.getBoolean(7);
                    return new Pledge(rs.getString(1), rs.getString(2), rs.getString(3), owner,
                            owner && !status.equals("UNDER_INVALIDATION"), status.equals("IN_FORCE"), rs.getBoolean(8),
                            rs.getObject(5, LocalDate.class), rs.getString(6));
                })
                .list();
        List<Loan> loans = jdbc.sql("""
                        select l.loan_no, o.name, exists (select 1 from ip_pledge_view p where p.loan_id = l.id),
                               l.disbursed_on, l.principal,
                               (select max(p.registered_on) from ip_pledge_view p where p.loan_id = l.id),
                               coalesce(s.dpd, 0) = 0 and not exists (select 1 from loan_repayment_view r where r.loan_id = l.id
                                   and r.overdue_principal + r.overdue_interest + r.penalty > 0),
                               l.state = 'REPAID' or s.state = 'REPAID',
                               coalesce((select sum(r.overdue_interest + r.current_interest + r.accrued_interest)
                                         from loan_repayment_view r where r.loan_id = l.id
                                         and r.value_date between make_date(:year, 1, 1) and make_date(:year, 12, 31)), 0)
                        from loan_view l
                        join organisation_view o on o.id = l.bank_org_id
                        left join loan_servicing_view s on s.loan_id = l.id
                        where l.enterprise_id = :id and l.disbursed_on is not null and l.disbursed_on <= :today
                        order by l.disbursed_on, l.id""")
                .param("id", enterpriseId).param("today", today).param("year", year)
                .query((rs, i) -> new Loan(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getObject(4, LocalDate.class),
                        Money.of(rs.getBigDecimal(5)), rs.getObject(6, LocalDate.class), rs.getBoolean(7), rs.getBoolean(8),
                        Money.of(rs.getBigDecimal(9)), Money.zero()))
                .list();
        // the enterprise's share of the issue's cost exists from the issue on (zero before it)
        List<Project> projects = jdbc.sql("""
                        select project_id, project_name, case when issued_on <= :today then issued_on end,
                               coalesce(funds_received_on <= :today, false), amount,
                               case when issued_on <= :today then issue_cost end
                        from securitization_pool_enterprise_view
                        where enterprise_id = :id
                        order by project_id""")
                .param("id", enterpriseId).param("today", today)
                .query((rs, i) -> new Project(rs.getString(2) + " #" + rs.getLong(1), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), Money.of(rs.getBigDecimal(5)),
                        rs.getBigDecimal(6) == null ? Money.zero() : Money.of(rs.getBigDecimal(6))))
                .list();
        return new Facts(enterprise, financials, credit, pledges, loans, projects);
    }
}
