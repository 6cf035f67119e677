package cn.ipfin.valuation;

import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commands of a valuation request's life (see {@link ValuationState}). Each command checks its guards, moves
 * the state with an optimistic version check and records a {@link LedgerFact} (subject "VALUATION") in the same
 * transaction.
 */
@Service
public class ValuationRequests {

    static final String SUBJECT = "VALUATION";

    private final JdbcClient jdbc;
    private final Valuations valuations;
    private final RegistryFacts registry;
    private final ValuationGuards guards;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    ValuationRequests(JdbcClient jdbc, Valuations valuations, RegistryFacts registry, ValuationGuards guards,
                      ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.valuations = valuations;
        this.registry = registry;
        this.guards = guards;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** What a bank (for a loan application) or the owner enterprise asks to have valued, and by which firm. */
    public record NewRequest(Long assetId, Long portfolioId, Long loanId, long firmOrgId, String purpose) {
    }

    @Transactional
    public Valuation request(Actor actor, NewRequest command) {
        boolean bank = isBankUser(actor);
        if (!bank && !actor.has(Role.ENTERPRISE_FINANCE)) {
            throw new AccessDeniedException("only a bank or the owner enterprise requests a valuation");
        }
        if ((command.assetId() == null) == (command.portfolioId() == null)) {
            throw ValuationRules.SUBJECT_REQUIRED.violation();
        }
        long owner = command.assetId() != null ? guards.visibleAssetOwner(actor, command.assetId())
                : guards.visiblePortfolioOwner(actor, command.portfolioId());
        if (command.loanId() != null) guards.requireLoanOf(actor, command.loanId(), owner);
        guards.requireAdmittedFirm(command.firmOrgId());
        if (bank) guards.requireBankCooperation(actor, command.firmOrgId());
        long id = jdbc.sql("""
                        insert into valuation_request (requester_org_id, owner_id, asset_id, portfolio_id, loan_id,
                            firm_org_id, purpose, state, requested_by, requested_at)
                        values (:requester, :owner, :asset, :portfolio, :loan, :firm, :purpose, 'REQUESTED', :user, :at)
                        returning id""")
                .param("requester", actor.orgId()).param("owner", owner).param("asset", command.assetId())
                .param("portfolio", command.portfolioId()).param("loan", command.loanId())
                .param("firm", command.firmOrgId()).param("purpose", command.purpose().strip())
                .param("user", actor.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        Valuation created = valuations.get(actor, id);
        record(actor, created, "REQUESTED", null, Map.of("subject", created.subject(), "firm", created.firmName(),
                "purpose", created.purpose()));
        return created;
    }

    /** What a bank values internally: one asset or a portfolio, optionally for one of its loans. */
    public record NewInternalValuation(Long assetId, Long portfolioId, Long loanId, String purpose) {
    }

    /**
     * An internal valuation (内部评估, seed 004 (四): 鼓励银行机构…探索开展内部评估): the bank values collateral itself,
     * through the same life, engines and ledger as a firm's valuation, the bank standing in the firm's place; only the
     * bank's own valuer ({@link Role#BANK_VALUER}) adjusts and signs it.
     */
    @Transactional
    public Valuation requestInternal(Actor actor, NewInternalValuation command) {
        if (!isBankUser(actor)) throw new AccessDeniedException("only a bank values collateral internally");
        if ((command.assetId() == null) == (command.portfolioId() == null)) {
            throw ValuationRules.SUBJECT_REQUIRED.violation();
        }
        if (command.purpose() == null || command.purpose().isBlank()) {
            throw ValuationRules.PURPOSE_REQUIRED.violation();
        }
        long owner = command.assetId() != null ? guards.visibleAssetOwner(actor, command.assetId())
                : guards.visiblePortfolioOwner(actor, command.portfolioId());
        if (command.loanId() != null) guards.requireLoanOf(actor, command.loanId(), owner);
        long id = jdbc.sql("""
                        insert into valuation_request (requester_org_id, owner_id, asset_id, portfolio_id, loan_id,
                            firm_org_id, purpose, state, requested_by, requested_at, internal)
                        values (:bank, :owner, :asset, :portfolio, :loan, :bank, :purpose, 'REQUESTED', :user, :at, true)
                        returning id""")
                .param("bank", actor.orgId()).param("owner", owner).param("asset", command.assetId())
                .param("portfolio", command.portfolioId()).param("loan", command.loanId())
                .param("purpose", command.purpose().strip())
                .param("user", actor.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        Valuation created = valuations.get(actor, id);
        record(actor, created, "REQUESTED", null, Map.of("subject", created.subject(), "internal", true,
                "purpose", created.purpose()));
        return created;
    }

    static boolean isBankUser(Actor actor) {
        return actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER) || actor.has(Role.BANK_VALUER);
    }

    /** The id of the asset with this number that the actor may see (owner, or a bank it authorised); else 404. */
    @Transactional(readOnly = true)
    public long visibleAssetByNumber(Actor actor, String number) {
        return guards.visibleAssetByNumber(actor, number);
    }

    /** The automated pre-valuation from the registry; its inputs are recorded so that it can be recomputed. */
    @Transactional
    public Valuation preValue(Actor actor, long id, int expectedVersion) {
        Valuation v = valuations.get(actor, id);
        if (v.requesterOrgId() != actor.orgId() && !guards.isFirmValuer(actor, v) && !actor.has(Role.IPO_OFFICER)) {
            throw new AccessDeniedException("only the requester, the assigned firm or the IP office starts a pre-valuation");
        }
        requireState(v, EnumSet.of(ValuationState.REQUESTED));
        LocalDate today = LocalDate.now(clock);
        List<Long> assets = v.assetId() != null ? List.of(v.assetId())
                : jdbc.sql("select asset_id from ip_portfolio_item_view where portfolio_id = :p order by asset_id")
                .param("p", v.portfolioId()).query(Long.class).list();
        ValuationInputs inputs = registry.inputs(assets, today);
        ValuationEngine.Result result = ValuationEngine.compute(inputs);
        String recorded = json.writeValueAsString(inputs);
        Valuation after = move(actor, v, expectedVersion, ValuationState.PRE_VALUED, Map.of(
                "inputs", recorded, "pre_inputs", recorded, "pre_value", result.value().amount(),
                "value", result.value().amount(), "valuation_date", today), score(result));
        record(actor, after, "PRE_VALUED", null, Map.of("value", result.value().amount(), "valuationDate", today));
        return after;
    }

    /** The valuer's review: changed parameters with a written reason; the figures are recomputed from them. */
    @Transactional
    public Valuation adjust(Actor actor, long id, int expectedVersion, ValuationInputs.Overrides overrides,
                            List<BigDecimal> revenueForecast, String revenueBasis, String reason) {
        if (overrides == null) overrides = ValuationInputs.Overrides.NONE;
        Valuation v = valuations.get(actor, id);
        guards.requireSigningValuer(actor, v);
        requireState(v, EnumSet.of(ValuationState.PRE_VALUED, ValuationState.IN_REVIEW));
        if (reason == null || reason.isBlank()) {
            throw ValuationRules.ADJUSTMENT_REASON.violation();
        }
        ValuationInputs current = valuations.inputs(id);
        ValuationInputs inputs = current.with(overrides.over(current.overrides()), revenueForecast, revenueBasis);
        ValuationEngine.Result result = ValuationEngine.compute(inputs);
        Valuation after = move(actor, v, expectedVersion, ValuationState.IN_REVIEW, Map.of(
                "inputs", json.writeValueAsString(inputs), "value", result.value().amount(),
                "adjustment_reason", reason.strip(), "valuer_user", actor.username()), score(result));
        record(actor, after, "ADJUSTED", Map.of("value", v.value(), "overrides", current.overrides()),
                Map.of("value", result.value().amount(), "reason", reason.strip(), "overrides", inputs.overrides(),
                        "revenueForecast", inputs.revenueForecast()));
        return after;
    }

    /** The valuer signs the report: only a valuer of the assigned, admitted firm, free of declared conflicts. */
    @Transactional
    public Valuation sign(Actor actor, long id, int expectedVersion) {
        Valuation v = valuations.get(actor, id);
        guards.requireSigningValuer(actor, v);
        requireState(v, EnumSet.of(ValuationState.PRE_VALUED, ValuationState.IN_REVIEW));
        LocalDate validUntil = v.valuationDate().plusYears(1).minusDays(1);
        Valuation after = move(actor, v, expectedVersion, ValuationState.SIGNED, Map.of(
                "valuer_user", actor.username(), "signed_at", Timestamp.from(clock.instant()),
                "valid_until", validUntil), null);
        // an internal valuation is the bank's own working paper; the district's current value of the asset (which the
        // nightly revaluation compares against) comes from independent firms' signed reports
        if (!after.internal()) recordAssetValues(after);
        record(actor, after, "SIGNED", null, Map.of("value", after.value(), "validUntil", validUntil));
        return after;
    }

    /** 复核认定 by the IP office or an expert: confirm the signed value, or return it to the valuer with the opinion. */
    @Transactional
    public Valuation secondReview(Actor actor, long id, int expectedVersion, boolean confirm, String opinion) {
        Valuation v = valuations.get(actor, id);
        if (!actor.has(Role.IPO_OFFICER) && !actor.has(Role.EXPERT)) {
            throw new AccessDeniedException("only the IP office or an expert confirms a valuation");
        }
        requireState(v, EnumSet.of(ValuationState.SIGNED));
        if (opinion == null || opinion.isBlank()) {
            throw ValuationRules.SECOND_REVIEW_OPINION.violation();
        }
        ValuationState next = confirm ? ValuationState.CONFIRMED : ValuationState.IN_REVIEW;
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("reviewer_user", actor.username());
        columns.put("review_opinion", opinion.strip());
        columns.put("reviewed_at", Timestamp.from(clock.instant()));
        if (!confirm) {
            columns.put("signed_at", null);
            columns.put("valid_until", null);
            // the report goes back to the valuer: the bank's review was of that report, the signed one will be new
            columns.put("bank_review", null);
            columns.put("bank_reviewer_user", null);
            columns.put("bank_review_opinion", null);
            columns.put("bank_reviewed_at", null);
        }
        Valuation after = move(actor, v, expectedVersion, next, columns, null);
        record(actor, after, confirm ? "CONFIRMED" : "RETURNED", null, Map.of("opinion", opinion.strip()));
        return after;
    }

    /** The IP office hands a suspended firm's request to another admitted firm. */
    @Transactional
    public Valuation reassign(Actor actor, long id, int expectedVersion, long firmOrgId) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office reassigns a valuation");
        Valuation v = valuations.get(actor, id);
        requireState(v, EnumSet.of(ValuationState.SUSPENDED));
        guards.requireAdmittedFirm(firmOrgId);
        ValuationState next = v.preValue() == null ? ValuationState.REQUESTED : ValuationState.PRE_VALUED;
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("firm_org_id", firmOrgId);
        columns.put("valuer_user", null);
        Valuation after = move(actor, v, expectedVersion, next, columns, null);
        record(actor, after, "REASSIGNED", Map.of("firm", v.firmName()), Map.of("firm", after.firmName()));
        return after;
    }

    /** The requester withdraws a request that is not signed. */
    @Transactional
    public Valuation withdraw(Actor actor, long id, int expectedVersion) {
        Valuation v = valuations.get(actor, id);
        if (!actor.visibleOrgIds().contains(v.requesterOrgId())) {
            throw new AccessDeniedException("only the requester withdraws a request");
        }
        requireState(v, EnumSet.of(ValuationState.REQUESTED, ValuationState.PRE_VALUED, ValuationState.IN_REVIEW,
                ValuationState.SUSPENDED));
        Valuation after = move(actor, v, expectedVersion, ValuationState.WITHDRAWN, Map.of(), null);
        record(actor, after, "WITHDRAWN", null, null);
        return after;
    }

    private static void requireState(Valuation v, Set<ValuationState> allowed) {
        if (!allowed.contains(v.state())) {
            throw ValuationRules.STATE.violation(v.state());
        }
    }

    private static BigDecimal score(ValuationEngine.Result result) {
        return result.score() == null ? null : result.score().total();
    }

    /**
     * One guarded update: the state and the given columns, only if the version is still the one the caller read.
     * {@code indicatorScore} is written when not null.
     */
    private Valuation move(Actor actor, Valuation v, int expectedVersion, ValuationState next, Map<String, Object> columns,
                           BigDecimal indicatorScore) {
        StringBuilder sql = new StringBuilder("update valuation_request set state = :state, version = version + 1");
        for (String column : columns.keySet()) {
            sql.append(", ").append(column).append(" = ").append(column.endsWith("inputs") ? "cast(:" + column + " as jsonb)" : ":" + column);
        }
        if (indicatorScore != null) sql.append(", indicator_score = :score");
        sql.append(" where id = :id and version = :version and state = :from");
        var spec = jdbc.sql(sql.toString()).param("state", next.name()).param("id", v.id())
                .param("version", expectedVersion).param("from", v.state().name());
        for (var e : columns.entrySet()) spec = spec.param(e.getKey(), e.getValue());
        if (indicatorScore != null) spec = spec.param("score", indicatorScore);
        if (spec.update() != 1) throw new ConcurrentEditConflict("valuation", v.id(), expectedVersion);
        // read back as the platform: a reassignment may take the request out of the actor's own view
        return valuations.get(Actor.system(), v.id());
    }

    /** The signed value becomes the asset's current value, the base the nightly revaluation compares against. */
    private void recordAssetValues(Valuation v) {
        ValuationInputs inputs = valuations.inputs(v.id());
        ValuationEngine.Result result = ValuationEngine.compute(inputs);
        for (ValuationInputs.AssetFacts a : inputs.assets()) {
            BigDecimal value = result.bundle() == null ? result.value().amount()
                    : result.bundle().members().stream().filter(m -> m.assetId().equals(Long.toString(a.assetId())))
                    .findFirst().orElseThrow().value().amount();
            jdbc.sql("""
                            insert into asset_value (asset_id, value, valued_on, source, request_id, legal_status,
                                revenue_base, inputs)
                            values (:asset, :value, :on, 'SIGNED_REPORT', :request, :status, :revenue, cast(:inputs as jsonb))
                            on conflict (asset_id) do update set value = excluded.value, valued_on = excluded.valued_on,
                                source = excluded.source, request_id = excluded.request_id,
                                legal_status = excluded.legal_status, revenue_base = excluded.revenue_base,
                                inputs = excluded.inputs""")
                    .param("asset", a.assetId()).param("value", value).param("on", inputs.valuationDate())
                    .param("request", v.id()).param("status", a.status().name())
                    .param("revenue", a.ownerAnnualRevenue()).param("inputs", json.writeValueAsString(inputs))
                    .update();
        }
    }

    void record(Actor actor, Valuation v, String action, Object before, Object after) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", v.state().name());
        state.put("version", v.version());
        if (after != null) state.put("details", after);
        events.publishEvent(new LedgerFact(actor, SUBJECT, Long.toString(v.id()), action, v.parties(), before, state));
    }
}
