package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.ProductMatching;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.core.money.Money;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Visibility;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Financing demands (需求库, seed 003 §八), matching them with products by explained criteria, and the banks'
 * follow-up of each match: the matching ledger (subject "MATCH", one subject per demand and bank).
 */
@Service
public class Demands {

    static final String MATCH = "MATCH";
    private static final String VISIBLE = """
             (:all or d.enterprise_id = any(:orgs) or (:bank and d.state = 'OPEN')
              or exists (select 1 from demand_follow_up f where f.demand_id = d.id and f.bank_org_id = any(:orgs)))""";
    /** A bank sees the name of an enterprise that authorised it; the other open demands are anonymous. */
    private static final String SELECT = "select d.*, e.park, case when :all or"
            + Visibility.ownOrAuthorised("d.enterprise_id") + "then e.name end as enterprise_name"
            + " from financing_demand d join enterprise_view e on e.organisation_id = d.enterprise_id\n";

    private final JdbcClient jdbc;
    private final Products products;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Demands(JdbcClient jdbc, Products products, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    public record DemandDraft(@NotNull @Positive BigDecimal amount, @Min(1) @Max(360) int termMonths,
                              @NotBlank @jakarta.validation.constraints.Size(max = 500) String purpose,
                              @NotEmpty Set<IpKind> collateralKinds,
                              @jakarta.validation.constraints.Size(max = 50) List<Long> assetIds) {
    }

    /** A bank's follow-up of a matched demand. */
    public enum FollowUp { CONTACTED, DECLINED, APPLICATION_OPENED }

    public record FollowUpDraft(@NotNull FollowUp action, Long productId, String reason, String loanNo) {
    }

    /** A product's fit for the demand, with each criterion explained. */
    public record ProductFit(Product product, boolean eligible, int score, List<ProductMatching.Check> checks) {
    }

    @Transactional
    public Demand post(Actor actor, DemandDraft d) {
        if (!actor.has(Role.ENTERPRISE_FINANCE)) throw new AccessDeniedException("only an enterprise posts a demand");
        Money.of(d.amount());
        List<Long> assets = d.assetIds() == null ? List.of() : d.assetIds();
        for (long asset : assets) {
            boolean owned = jdbc.sql("select count(*) > 0 from ip_asset_owner_view where asset_id = :a and enterprise_id = :e")
                    .param("a", asset).param("e", actor.orgId()).query(Boolean.class).single();
            if (!owned) throw LendingRules.DEMAND_ASSET_OWNER.violation(asset);
        }
        long id = jdbc.sql("""
                        insert into financing_demand (enterprise_id, amount, term_months, purpose, collateral_kinds,
                            asset_ids, posted_by, posted_at)
                        values (:e, :amount, :term, :purpose, :kinds, :assets, :user, :at) returning id""")
                .param("e", actor.orgId()).param("amount", d.amount()).param("term", d.termMonths())
                .param("purpose", d.purpose().strip())
                .param("kinds", d.collateralKinds().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("assets", assets.toArray(Long[]::new)).param("user", actor.username())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        Demand demand = get(actor, id);
        events.publishEvent(new LedgerFact(actor, MATCH, "D" + id, "DEMAND_POSTED", List.of(actor.orgId()), null,
                Map.of("amount", d.amount(), "termMonths", d.termMonths(), "collateral", demand.collateralKinds())));
        return demand;
    }

    /** The demands the actor may see: an enterprise its own, a bank the open library, the IP office all. */
    @Transactional(readOnly = true)
    public List<Demand> list(Actor actor) {
        return scoped(jdbc.sql(SELECT + " where" + VISIBLE + " order by d.posted_at desc, d.id desc limit 500"), actor)
                .query(Demands::row).list();
    }

    @Transactional(readOnly = true)
    public Demand get(Actor actor, long id) {
        return scoped(jdbc.sql(SELECT + " where d.id = :id and" + VISIBLE), actor).param("id", id)
                .query(Demands::row).optional().orElseThrow(() -> new RecordNotFound("demand", id));
    }

    /** The current products ranked for the demand: eligible first, then by score. */
    @Transactional(readOnly = true)
    public List<ProductFit> match(Actor actor, long demandId) {
        Demand demand = get(actor, demandId);
        var facts = new ProductMatching.DemandFacts(Money.of(demand.amount()), demand.termMonths(),
                demand.collateralKinds(), qualifications(demand.enterpriseId(), LocalDate.now(clock)), demand.park());
        List<Product> catalogue = products.catalogue().stream()
                .filter(p -> !actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)
                        || actor.visibleOrgIds().contains(p.bankOrgId()))
                .toList();
        var matches = catalogue.stream().map(p -> ProductMatching.match(p, p.terms(), facts)).toList();
        return ProductMatching.rank(matches).stream()
                .map(m -> new ProductFit(m.ref(), m.eligible(), m.score(), m.checks())).toList();
    }

    /** The bank records what it did about a matched demand; a decline needs its reason. */
    @Transactional
    public void followUp(Actor actor, long demandId, FollowUpDraft f) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("only a bank follows up a demand");
        }
        Demand demand = get(actor, demandId);
        if (f.action() == FollowUp.DECLINED && (f.reason() == null || f.reason().isBlank())) {
            throw LendingRules.DECLINE_REASON.violation();
        }
        if (f.productId() != null && products.get(f.productId()).bankOrgId() != actor.orgId()) {
            throw LendingRules.FOLLOW_UP_OWN_PRODUCT.violation();
        }
        Long loanId = null;
        if (f.action() == FollowUp.APPLICATION_OPENED) {
            loanId = jdbc.sql("select id from loan where loan_no = :no and demand_id = :d and bank_org_id = any(:orgs)")
                    .param("no", f.loanNo()).param("d", demandId).param("orgs", actor.visibleOrgIdArray())
                    .query(Long.class).optional().orElseThrow(() -> LendingRules.FOLLOW_UP_APPLICATION.violation());
        }
        jdbc.sql("""
                        insert into demand_follow_up (demand_id, bank_org_id, product_id, action, reason, loan_id,
                            actor_user, occurred_at) values (:d, :b, :p, :a, :r, :l, :u, :at)""")
                .param("d", demandId).param("b", actor.orgId()).param("p", f.productId()).param("a", f.action().name())
                .param("r", f.reason()).param("l", loanId).param("u", actor.username())
                .param("at", Timestamp.from(clock.instant())).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("demandId", demandId);
        after.put("productId", f.productId());
        after.put("reason", f.reason());
        after.put("loanNo", f.loanNo());
        events.publishEvent(new LedgerFact(actor, MATCH, "D" + demandId + ":B" + actor.orgId(), f.action().name(),
                List.of(actor.orgId(), demand.enterpriseId()), null, after));
    }

    /** The follow-ups the actor may see, newest first: the bank's own, or all on the enterprise's demand. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> followUps(Actor actor, long demandId) {
        Demand demand = get(actor, demandId);
        return jdbc.sql("""
                        select f.action, f.reason, f.product_id, f.actor_user, f.occurred_at, o.name as bank
                        from demand_follow_up f join organisation_view o on o.id = f.bank_org_id
                        where f.demand_id = :d and (:all or :owner or f.bank_org_id = any(:orgs))
                        order by f.occurred_at desc, f.id desc""")
                .param("d", demandId).params(Visibility.of(actor))
                .param("owner", actor.visibleOrgIds().contains(demand.enterpriseId())).query().listOfRows();
    }

    /** The applications the actor's bank opened from the demand, for its "application opened" follow-up. */
    @Transactional(readOnly = true)
    public List<String> applicationsFrom(Actor actor, long demandId) {
        return jdbc.sql("select loan_no from loan where demand_id = :d and bank_org_id = any(:orgs) order by id")
                .param("d", demandId).param("orgs", actor.visibleOrgIdArray()).query(String.class).list();
    }

    Set<TargetGroup> qualifications(long enterpriseId, LocalDate on) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        jdbc.sql("""
                        select distinct kind from enterprise_qualification_view where enterprise_id = :e and granted_on <= :on
                          and (expires_on is null or expires_on > :on)""")
                .param("e", enterpriseId).param("on", on).query(String.class).list()
                .forEach(kind -> {
                    if (!kind.equals("PRE_IPO")) groups.add(TargetGroup.valueOf(kind));
                });
        return groups;
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, Actor actor) {
        return spec.params(Visibility.of(actor))
                .param("bank", actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER));
    }

    static Demand row(ResultSet rs, int i) throws SQLException {
        Set<IpKind> kinds = EnumSet.noneOf(IpKind.class);
        for (String k : Products.strings(rs.getArray("collateral_kinds"))) kinds.add(IpKind.valueOf(k));
        List<Long> assets = Arrays.asList((Long[]) rs.getArray("asset_ids").getArray());
        return new Demand(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
                rs.getString("park"), rs.getBigDecimal("amount"), rs.getInt("term_months"), rs.getString("purpose"),
                kinds, assets, rs.getString("state"), rs.getTimestamp("posted_at").toInstant(), rs.getInt("version"));
    }
}
