package cn.ipfin.lending;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads applications with all their steps' records, scoped like {@link Loans}: there is no unscoped finder. A file is
 * read by one statement (the steps' records aggregated as JSON): every command reads it before and after its change,
 * and six statements per read were more than half of all a command ran.
 */
@Service
public class LoanFiles {

    private static final String VISIBLE = Visibility.anyOf("l.bank_org_id", "l.enterprise_id");
    /** The file of the loan rows in {@code %s} (the table, or the rows an update returned), aliased l. */
    private static final String FILE = """
            select l.id, l.loan_no, l.enterprise_id, e.name as enterprise_name, l.bank_org_id, b.name as bank_name,
                   l.principal, l.annual_rate, l.term_months, l.applied_on, l.disbursed_on, l.maturity_on, l.state,
                   l.version, l.product_id, p.version_no, p.name as product_name, l.demand_id, l.purpose,
                   l.repayment_method, l.prepared_by, l.approved_by, l.approved_on, l.lpr, l.spread_bp, l.credit_limit,
                   l.contract_no, l.contract_signed_on, l.closed_reason, l.bank_note,
                   (select coalesce(json_agg(json_build_object('assetId', a.id, 'kind', a.kind, 'number', a.number,
                               'title', a.title, 'status', a.status, 'expiresOn', a.expires_on,
                               'valuationId', c.valuation_id, 'appraisedValue', c.appraised_value,
                               'valueSource', c.value_source, 'registrationNo', x.registration_no,
                               'registeredOn', x.registered_on, 'cancelledOn', x.cancelled_on,
                               'securedAmount', x.secured_amount,
                               'consentedOwners', (select coalesce(array_agg(s.owner_id order by s.owner_id), '{}')
                                                   from loan_collateral_consent s
                                                   where s.loan_id = c.loan_id and s.asset_id = a.id),
                               'owners', (select coalesce(array_agg(o.enterprise_id order by o.enterprise_id), '{}')
                                          from ip_asset_owner_view o where o.asset_id = a.id))
                           order by a.id), '[]')
                    from loan_collateral c join ip_asset_view a on a.id = c.asset_id
                    left join lateral (select * from ip_pledge_view y where y.asset_id = a.id and y.loan_id = c.loan_id
                                       order by y.cancelled_on nulls first, y.id desc limit 1) x on true
                    where c.loan_id = l.id) as collateral,
                   (select coalesce(json_agg(json_build_object('code', i.code, 'done', i.done_at is not null,
                               'doneBy', i.done_by, 'documentId', i.document_id, 'note', i.note)
                           order by i.position), '[]')
                    from loan_checklist_item i where i.loan_id = l.id) as checklist,
                   (select coalesce(json_agg(json_build_object('id', d.id, 'itemCode', d.item_code,
                               'filename', d.filename, 'contentType', d.content_type, 'sizeBytes', d.size_bytes,
                               'sha256', d.sha256, 'uploadedBy', d.uploaded_by,
                               'uploadedAt', to_char(d.uploaded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                           order by d.id), '[]')
                    from loan_document d where d.loan_id = l.id) as documents,
                   (select coalesce(json_agg(json_build_object('kind', s.kind, 'providerOrgId', s.provider_org_id,
                               'providerName', o.name, 'share', s.share, 'reference', s.reference)
                           order by s.id), '[]')
                    from loan_security s join organisation_view o on o.id = s.provider_org_id where s.loan_id = l.id)
                       as securities
            from %s l join enterprise_view e on e.organisation_id = l.enterprise_id
                      join organisation_view b on b.id = l.bank_org_id
                      left join loan_product p on p.id = l.product_id
            where""";
    private static final String BY_NUMBER = FILE.formatted("loan") + " l.loan_no = :no and" + VISIBLE;
    private static final TypeReference<List<LoanFile.Collateral>> COLLATERAL = new TypeReference<>() {
    };
    private static final TypeReference<List<LoanFile.ChecklistItem>> CHECKLIST = new TypeReference<>() {
    };
    private static final TypeReference<List<LoanFile.Document>> DOCUMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<LoanFile.Security>> SECURITIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Loans loans;
    private final JsonMapper json;

    LoanFiles(JdbcClient jdbc, Loans loans, JsonMapper json) {
        this.jdbc = jdbc;
        this.loans = loans;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public LoanFile get(Actor actor, String loanNo) {
        return jdbc.sql(BY_NUMBER).param("no", loanNo)
                .params(Visibility.of(actor))
                .query((rs, i) -> file(actor, rs)).optional()
                .orElseThrow(() -> new RecordNotFound("loan", loanNo));
    }

    /**
     * Runs {@code update} (an UPDATE of loan rows, without RETURNING) and reads the file as it stands after it, in
     * one statement; empty when the update changed no row. The steps' records are read as earlier statements of the
     * transaction left them (this statement's own update is seen through the returned row).
     */
    Optional<LoanFile> updateAndGet(Actor actor, String update, Map<String, ?> params) {
        return jdbc.sql("with changed as (" + update + " returning *) " + FILE.formatted("changed") + VISIBLE)
                .params(params).params(Visibility.of(actor))
                .query((rs, i) -> file(actor, rs)).optional();
    }

    private LoanFile file(Actor actor, ResultSet rs) throws SQLException {
        Loan loan = Loans.ROW.mapRow(rs, 0);
        boolean bank = actor.visibleOrgIds().contains(loan.bankOrgId());
        List<LoanFile.Collateral> collateral = json.readValue(rs.getString("collateral"), COLLATERAL);
        return new LoanFile(loan, rs.getObject("product_id", Long.class), rs.getObject("version_no", Integer.class),
                rs.getString("product_name"), rs.getObject("demand_id", Long.class), rs.getString("purpose"),
                rs.getString("repayment_method"), rs.getString("prepared_by"), rs.getString("approved_by"),
                rs.getObject("approved_on", LocalDate.class), rs.getBigDecimal("lpr"),
                rs.getObject("spread_bp", Integer.class), rs.getBigDecimal("credit_limit"), rs.getString("contract_no"),
                rs.getObject("contract_signed_on", LocalDate.class), rs.getString("closed_reason"),
                bank ? rs.getString("bank_note") : null, collateral,
                json.readValue(rs.getString("checklist"), CHECKLIST), json.readValue(rs.getString("documents"), DOCUMENTS),
                json.readValue(rs.getString("securities"), SECURITIES),
                bank ? LoanFile.changeOffers(loan, rs.getObject("approved_on", LocalDate.class), collateral) : List.of());
    }

    /**
     * The bank's work queue: its applications in one state (or all open ones), oldest first; those taken on before
     * the product catalogue (no product) wait too, and are shown, though only a catalogued one can be acted on.
     */
    @Transactional(readOnly = true)
    public List<Loan> queue(Actor actor, LoanState state) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) return List.of();
        List<String> states = state == null
                ? cn.ipfin.core.lending.Origination.OPEN.stream().map(Enum::name).toList() : List.of(state.name());
        return jdbc.sql("select loan_no from loan where bank_org_id = any(:orgs) and state = any(:states)"
                        + " order by applied_on, id limit 500")
                .param("orgs", actor.visibleOrgIdArray()).param("states", states.toArray(String[]::new))
                .query(String.class).list().stream()
                .map(no -> loans.find(actor, no).orElseThrow()).toList();
    }
}
