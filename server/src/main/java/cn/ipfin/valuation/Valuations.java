package cn.ipfin.valuation;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads valuation requests. A request is seen by the requesting bank (and its head office), the owner enterprise,
 * the assigned valuation firm and the IP office; an expert of the expert pool sees the signed ones, which it may be
 * asked to review (复核认定). An internal valuation (内部评估) is the bank's own working paper: the bank and the IP
 * office see it, the owner and the experts do not. Anyone else gets 404, the same as for a missing request.
 */
@Service
public class Valuations {

    static final String VISIBLE = """
             (:all or r.requester_org_id = any(:orgs) or r.firm_org_id = any(:orgs)
              or (not r.internal and (r.owner_id = any(:orgs) or (:expert and r.state in ('SIGNED','CONFIRMED')))))""";
    private static final String SELECT = """
            select r.id, r.state, r.requester_org_id, q.name as requester_name, r.owner_id, e.name as owner_name,
                   r.asset_id, r.portfolio_id,
                   coalesce(a.number || ' ' || a.title, p.name) as subject, r.loan_id, r.firm_org_id,
                   f.name as firm_name, f.status as firm_status, r.purpose, r.valuation_date, r.pre_value, r.value,
                   r.indicator_score, r.adjustment_reason, r.valuer_user, r.signed_at, r.valid_until, r.reviewer_user,
                   r.review_opinion, r.reviewed_at, r.requested_by, r.requested_at, r.version,
                   r.internal, r.bank_review, r.bank_reviewer_user, r.bank_review_opinion, r.bank_reviewed_at
            from valuation_request r
            join organisation_view q on q.id = r.requester_org_id
            join enterprise_view e on e.organisation_id = r.owner_id
            join organisation_view f on f.id = r.firm_org_id
            left join ip_asset_view a on a.id = r.asset_id
            left join ip_portfolio_view p on p.id = r.portfolio_id
            """;
    private static final RowMapper<Valuation> ROW = (rs, i) -> new Valuation(rs.getLong("id"),
            ValuationState.valueOf(rs.getString("state")), rs.getLong("requester_org_id"), rs.getString("requester_name"),
            rs.getLong("owner_id"), rs.getString("owner_name"), rs.getObject("asset_id", Long.class),
            rs.getObject("portfolio_id", Long.class), rs.getString("subject"), rs.getObject("loan_id", Long.class),
            rs.getLong("firm_org_id"), rs.getString("firm_name"), rs.getString("firm_status"), rs.getString("purpose"),
            rs.getObject("valuation_date", LocalDate.class), rs.getBigDecimal("pre_value"), rs.getBigDecimal("value"),
            rs.getBigDecimal("indicator_score"), rs.getString("adjustment_reason"), rs.getString("valuer_user"),
            instant(rs.getTimestamp("signed_at")), rs.getObject("valid_until", LocalDate.class),
            rs.getString("reviewer_user"), rs.getString("review_opinion"), instant(rs.getTimestamp("reviewed_at")),
            rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")), rs.getInt("version"),
            rs.getBoolean("internal"), rs.getString("bank_review"), rs.getString("bank_reviewer_user"),
            rs.getString("bank_review_opinion"), instant(rs.getTimestamp("bank_reviewed_at")));

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Valuations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The valuation list's filters, all optional: state, valuation firm, the dates it was requested on (inclusive, in
     * the business time zone), and a text that matches the asset's number or title, the portfolio or the owner.
     */
    public record Filter(ValuationState state, Long firmId, LocalDate from, LocalDate to, String text) {

        public static Filter state(ValuationState state) {
            return new Filter(state, null, null, null, null);
        }
    }

    @Transactional(readOnly = true)
    public ValuationPage list(Actor actor, ValuationState state, int page, int size) {
        return search(actor, Filter.state(state), page, size);
    }

    @Transactional(readOnly = true)
    public ValuationPage search(Actor actor, Filter filter, int page, int size) {
        var where = new StringBuilder(" where" + VISIBLE);
        var params = new java.util.HashMap<String, Object>();
        if (filter.state() != null) {
            where.append(" and r.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.firmId() != null) {
            where.append(" and r.firm_org_id = :firm");
            params.put("firm", filter.firmId());
        }
        // requested_at is a timestamptz; the session's time zone is the business zone, so a cast gives the business date
        if (filter.from() != null) {
            where.append(" and cast(r.requested_at as date) >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and cast(r.requested_at as date) <= :to");
            params.put("to", filter.to());
        }
        if (filter.text() != null) {
            where.append(" and (a.number ilike :text or a.title ilike :text or p.name ilike :text or e.name ilike :text)");
            params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = scoped(jdbc.sql("select count(*) from (" + SELECT + where + ") x"), actor).params(params)
                .query(Long.class).single();
        List<Valuation> rows = scoped(jdbc.sql(SELECT + where + " order by r.id desc limit :size offset :offset"), actor)
                .params(params).param("size", size).param("offset", (long) page * size)
                .query(ROW).list();
        return new ValuationPage(rows, page, size, total);
    }

    /** The valuation firms of the requests the actor sees: the choices of the list's firm filter. */
    @Transactional(readOnly = true)
    public List<ValuationFirms.Firm> firmsSeen(Actor actor) {
        return scoped(jdbc.sql("select f.id, f.name, f.status from organisation_view f where f.id in"
                        + " (select r.firm_org_id from valuation_request r where" + VISIBLE + ") order by f.name"), actor)
                .query((rs, i) -> new ValuationFirms.Firm(rs.getLong(1), rs.getString(2), rs.getString(3), 0)).list();
    }

    @Transactional(readOnly = true)
    public Optional<Valuation> find(Actor actor, long id) {
        return scoped(jdbc.sql(SELECT + " where r.id = :id and" + VISIBLE), actor).param("id", id).query(ROW).optional();
    }

    /** The request, or 404 when it does not exist or the actor may not see it. */
    public Valuation get(Actor actor, long id) {
        return find(actor, id).orElseThrow(() -> new RecordNotFound("valuation", id));
    }

    /** The recorded inputs, or null before the pre-valuation; visibility is the caller's check (via {@link #get}). */
    @Transactional(readOnly = true)
    ValuationInputs inputs(long id) {
        String text = jdbc.sql("select inputs::text from valuation_request where id = :id").param("id", id)
                .query(String.class).optional().orElse(null);
        return text == null ? null : json.readValue(text, ValuationInputs.class);
    }

    /**
     * The automated pre-valuation's own inputs; for a request pre-valued before they were kept apart, its current inputs
     * without the valuer's parameter overrides (the revenue forecast as recorded). Null before the pre-valuation.
     */
    @Transactional(readOnly = true)
    ValuationInputs preInputs(long id) {
        String text = jdbc.sql("select coalesce(pre_inputs, inputs)::text from valuation_request where id = :id")
                .param("id", id).query(String.class).optional().orElse(null);
        if (text == null) return null;
        ValuationInputs in = json.readValue(text, ValuationInputs.class);
        return new ValuationInputs(in.valuationDate(), in.assets(), in.revenueForecast(), in.revenueBasis(),
                ValuationInputs.Overrides.NONE);
    }

    /** The valuer's parameters and value against the pre-valuation's; null before the pre-valuation. */
    @Transactional(readOnly = true)
    ValuationComparison comparison(long id) {
        ValuationInputs now = inputs(id);
        return now == null ? null : ValuationComparison.of(preInputs(id), now);
    }

    static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, Actor actor) {
        return spec.params(Visibility.of(actor))
                .param("expert", actor.has(Role.EXPERT));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    public record ValuationPage(List<Valuation> rows, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
