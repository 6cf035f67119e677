package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.SecurityKind;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reads applications with all their steps' records, scoped like {@link Loans}: there is no unscoped finder. */
@Service
public class LoanFiles {

    private final JdbcClient jdbc;
    private final Loans loans;

    LoanFiles(JdbcClient jdbc, Loans loans) {
        this.jdbc = jdbc;
        this.loans = loans;
    }

    @Transactional(readOnly = true)
    public LoanFile get(Actor actor, String loanNo) {
        Loan loan = loans.find(actor, loanNo).orElseThrow(() -> new RecordNotFound("loan", loanNo));
        boolean bank = actor.visibleOrgIds().contains(loan.bankOrgId());
        Map<String, Object> l = jdbc.sql("""
                        select l.product_id, p.version_no, p.name as product_name, l.demand_id, l.purpose,
                               l.repayment_method, l.prepared_by, l.approved_by, l.approved_on, l.lpr, l.spread_bp,
                               l.credit_limit, l.contract_no, l.contract_signed_on, l.closed_reason, l.bank_note
                        from loan l left join loan_product p on p.id = l.product_id where l.id = :id""")
                .param("id", loan.id()).query().singleRow();
        long id = loan.id();
        List<LoanFile.Collateral> collateral = jdbc.sql("""
                        select a.id, a.kind, a.number, a.title, a.status, a.expires_on, c.valuation_id, c.appraised_value,
                               c.value_source, p.registration_no, p.registered_on, p.cancelled_on, p.secured_amount,
                               (select coalesce(array_agg(s.owner_id order by s.owner_id), '{}') from loan_collateral_consent s
                                where s.loan_id = c.loan_id and s.asset_id = a.id) as consents,
                               (select array_agg(o.enterprise_id order by o.enterprise_id) from ip_asset_owner o
                                where o.asset_id = a.id) as owners
                        from loan_collateral c join ip_asset a on a.id = c.asset_id
                        left join lateral (select * from ip_pledge x where x.asset_id = a.id and x.loan_id = c.loan_id
                                           order by x.cancelled_on nulls first, x.id desc limit 1) p on true
                        where c.loan_id = :id order by a.id""")
                .param("id", id)
                .query((rs, i) -> new LoanFile.Collateral(rs.getLong("id"), IpKind.valueOf(rs.getString("kind")),
                        rs.getString("number"), rs.getString("title"), rs.getString("status"),
                        rs.getObject("expires_on", LocalDate.class), rs.getObject("valuation_id", Long.class),
                        rs.getBigDecimal("appraised_value"), rs.getString("value_source"),
                        rs.getString("registration_no"), rs.getObject("registered_on", LocalDate.class),
                        rs.getObject("cancelled_on", LocalDate.class), rs.getBigDecimal("secured_amount"),
                        longs(rs.getArray("consents")), longs(rs.getArray("owners"))))
                .list();
        List<LoanFile.ChecklistItem> checklist = jdbc.sql("""
                        select code, done_at is not null as done, done_by, document_id, note from loan_checklist_item
                        where loan_id = :id order by position""")
                .param("id", id)
                .query((rs, i) -> new LoanFile.ChecklistItem(rs.getString("code"), rs.getBoolean("done"),
                        rs.getString("done_by"), rs.getObject("document_id", Long.class), rs.getString("note")))
                .list();
        List<LoanFile.Document> documents = jdbc.sql("""
                        select id, item_code, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                        from loan_document where loan_id = :id order by id""")
                .param("id", id)
                .query((rs, i) -> new LoanFile.Document(rs.getLong("id"), rs.getString("item_code"),
                        rs.getString("filename"), rs.getString("content_type"), rs.getInt("size_bytes"),
                        rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
        List<LoanFile.Security> securities = jdbc.sql("""
                        select s.kind, s.provider_org_id, o.name, s.share, s.reference from loan_security s
                        join organisation o on o.id = s.provider_org_id where s.loan_id = :id order by s.id""")
                .param("id", id)
                .query((rs, i) -> new LoanFile.Security(SecurityKind.valueOf(rs.getString(1)), rs.getLong(2),
                        rs.getString(3), rs.getBigDecimal(4), rs.getString(5)))
                .list();
        return new LoanFile(loan, (Long) l.get("product_id"), (Integer) l.get("version_no"),
                (String) l.get("product_name"), (Long) l.get("demand_id"), (String) l.get("purpose"),
                (String) l.get("repayment_method"), (String) l.get("prepared_by"), (String) l.get("approved_by"),
                date(l.get("approved_on")), (java.math.BigDecimal) l.get("lpr"), (Integer) l.get("spread_bp"),
                (java.math.BigDecimal) l.get("credit_limit"), (String) l.get("contract_no"),
                date(l.get("contract_signed_on")), (String) l.get("closed_reason"),
                bank ? (String) l.get("bank_note") : null, collateral, checklist, documents, securities);
    }

    /** The bank's work queue: its applications in one state (or all open ones), oldest first. */
    @Transactional(readOnly = true)
    public List<Loan> queue(Actor actor, LoanState state) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) return List.of();
        List<String> states = state == null
                ? cn.ipfin.core.lending.Origination.OPEN.stream().map(Enum::name).toList() : List.of(state.name());
        return jdbc.sql("select loan_no from loan where bank_org_id = any(:orgs) and state = any(:states)"
                        + " and product_id is not null order by applied_on, id limit 500")
                .param("orgs", actor.visibleOrgIdArray()).param("states", states.toArray(String[]::new))
                .query(String.class).list().stream()
                .map(no -> loans.find(actor, no).orElseThrow()).toList();
    }

    private static List<Long> longs(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    private static LocalDate date(Object value) {
        if (value == null) return null;
        if (value instanceof java.sql.Date d) return d.toLocalDate();
        if (value instanceof Timestamp t) return t.toLocalDateTime().toLocalDate();
        return (LocalDate) value;
    }
}
