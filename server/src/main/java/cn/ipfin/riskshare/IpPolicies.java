package cn.ipfin.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.PolicyCover;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enterprises' own IP insurance policies (Shenzhen 004 (八)): infringement liability, enforcement costs, overseas
 * disputes and transaction risk, recorded by the insurer with the insured rights (the enterprise's, read from asset's
 * {@code ip_asset_owner_view}), cover limit, deductible and period; a claim during a disposal or litigation is
 * followed from filing to approval or refusal and payment, never above what {@link PolicyCover} leaves payable.
 */
@Service
public class IpPolicies {

    public enum Kind { INFRINGEMENT_LIABILITY, ENFORCEMENT_COST, OVERSEAS_DISPUTE, TRANSACTION }

    public enum Context { DISPOSAL, LITIGATION }

    public record PolicyTerms(String enterpriseCode, Kind kind, String policyNo, Money limit, Money deductible,
                              Money premium, LocalDate startsOn, LocalDate endsOn, List<String> assetNumbers) {
    }

    public record InsuredAsset(long id, String number, String title) {
    }

    public record PolicyClaim(long id, Context context, String reference, LocalDate eventOn, Money claimed, String state,
                              Money approved, Money paid, String note, LocalDate filedOn) {
    }

    public record Policy(long id, long insurerOrgId, String insurer, long enterpriseId, String enterprise, String policyNo,
                         Kind kind, Money limit, Money deductible, Money premium, LocalDate startsOn, LocalDate endsOn,
                         List<InsuredAsset> assets, List<PolicyClaim> claims) {

        public Money approvedSoFar() {
            return claims.stream().map(PolicyClaim::approved).reduce(Money.zero(), Money::plus);
        }

        public Money limitLeft() {
            return limit.minus(approvedSoFar());
        }

        public Optional<PolicyClaim> claim(long claimId) {
            return claims.stream().filter(c -> c.id() == claimId).findFirst();
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IpPolicies(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The insurer records a policy it issued to an enterprise, on rights the enterprise owns. */
    @Transactional
    public long record(Actor actor, PolicyTerms t) {
        if (!actor.has(Role.INSURER_OFFICER)) throw new AccessDeniedException("only an insurer records its policies");
        boolean valid = t.kind() != null && t.policyNo() != null && !t.policyNo().isBlank()
                && PolicyCover.valid(t.limit(), t.deductible()) && t.premium() != null && !t.premium().isNegative()
                && t.startsOn() != null && t.endsOn() != null && t.endsOn().isAfter(t.startsOn());
        if (!valid) throw RiskShareRules.POLICY_TERMS.violation();
        long enterpriseId = jdbc.sql("select id from organisation_view where type = 'ENTERPRISE' and (code = :c or credit_code = :c)")
                .param("c", t.enterpriseCode() == null ? "" : t.enterpriseCode().strip()).query(Long.class).optional()
                .orElseThrow(() -> new RecordNotFound("enterprise", t.enterpriseCode()));
        List<String> numbers = t.assetNumbers() == null ? List.of()
                : t.assetNumbers().stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        List<Long> assets = jdbc.sql("""
                        select a.id from ip_asset_view a join ip_asset_owner_view o on o.asset_id = a.id
                        where a.number = any(:n) and o.enterprise_id = :e""")
                .param("n", numbers.toArray(String[]::new)).param("e", enterpriseId).query(Long.class).list();
        if (numbers.isEmpty() || assets.size() != numbers.size()) {
            throw RiskShareRules.POLICY_ASSETS.violation(String.join(", ", numbers));
        }
        if (jdbc.sql("select count(*) from ip_policy where insurer_org_id = :i and policy_no = :n")
                .param("i", actor.orgId()).param("n", t.policyNo().strip()).query(Integer.class).single() > 0) {
            throw RiskShareRules.POLICY_NUMBER.violation(t.policyNo().strip());
        }
        long id = jdbc.sql("""
                        insert into ip_policy (insurer_org_id, enterprise_id, policy_no, kind, cover_limit, deductible, premium,
                            starts_on, ends_on, recorded_by, recorded_on)
                        values (:i, :e, :n, :k, :l, :d, :p, :s, :end, :by, :on) returning id""")
                .param("i", actor.orgId()).param("e", enterpriseId).param("n", t.policyNo().strip())
                .param("k", t.kind().name()).param("l", t.limit().amount()).param("d", t.deductible().amount())
                .param("p", t.premium().amount()).param("s", t.startsOn()).param("end", t.endsOn())
                .param("by", actor.username()).param("on", LocalDate.now(clock)).query(Long.class).single();
        for (long asset : assets) {
            jdbc.sql("insert into ip_policy_asset (policy_id, asset_id) values (:p, :a)").param("p", id).param("a", asset).update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("policyNo", t.policyNo().strip());
        after.put("limit", t.limit().toString());
        after.put("deductible", t.deductible().toString());
        after.put("period", t.startsOn() + " – " + t.endsOn());
        after.put("assets", numbers.toString());
        events.publishEvent(new LedgerFact(actor, "IP_POLICY", String.valueOf(id), "RECORDED",
                List.of(actor.orgId(), enterpriseId), null, after));
        return id;
    }

    /** A claim under the policy during a disposal or litigation, by the insured enterprise or its insurer. */
    @Transactional
    public long fileClaim(Actor actor, long policyId, Context context, String reference, LocalDate eventOn, Money claimed) {
        Policy p = get(actor, policyId);
        boolean party = (actor.has(Role.ENTERPRISE_FINANCE) && actor.orgId() == p.enterpriseId())
                || (actor.has(Role.INSURER_OFFICER) && actor.orgId() == p.insurerOrgId());
        if (!party) throw new AccessDeniedException("the insured or its insurer files a claim");
        if (claimed == null || !claimed.isPositive() || context == null || reference == null || reference.isBlank()) {
            throw RiskShareRules.POLICY_CLAIM_TERMS.violation();
        }
        if (eventOn == null || eventOn.isBefore(p.startsOn()) || eventOn.isAfter(p.endsOn())) {
            throw RiskShareRules.POLICY_CLAIM_IN_PERIOD.violation(p.startsOn(), p.endsOn());
        }
        long id = jdbc.sql("""
                        insert into ip_policy_claim (policy_id, context, reference, event_on, claimed, state, filed_by, filed_on)
                        values (:p, :c, :r, :e, :a, 'FILED', :by, :on) returning id""")
                .param("p", policyId).param("c", context.name()).param("r", reference.strip()).param("e", eventOn)
                .param("a", claimed.amount()).param("by", actor.username()).param("on", LocalDate.now(clock))
                .query(Long.class).single();
        events.publishEvent(new LedgerFact(actor, "IP_POLICY", String.valueOf(policyId), "CLAIM_FILED", parties(p), null,
                Map.of("reference", reference.strip(), "amount", claimed.toString())));
        return id;
    }

    /**
     * The insurer approves an amount, at most what the policy leaves payable (above the deductible, within the limit
     * left), or declines with a reason. A claim is decided once.
     */
    @Transactional
    public void decide(Actor actor, long policyId, long claimId, boolean approve, Money amount, String note) {
        Policy p = lockForInsurer(actor, policyId);
        PolicyClaim c = p.claim(claimId).orElseThrow(() -> new RecordNotFound("claim", claimId));
        if (!c.state().equals("FILED")) throw RiskShareRules.POLICY_CLAIM_STATE.violation(c.state());
        String why = note == null || note.isBlank() ? null : note.strip();
        if (!approve) {
            if (why == null) throw RiskShareRules.POLICY_DECLINE_REASON.violation();
        } else {
            Money payable = new PolicyCover(p.limit(), p.deductible()).payable(c.claimed(), p.approvedSoFar());
            if (amount == null || !amount.isPositive() || amount.isGreaterThan(payable)) {
                throw RiskShareRules.POLICY_CLAIM_PAYABLE.violation(amount == null ? Money.zero() : amount, payable);
            }
        }
        String state = approve ? "APPROVED" : "DECLINED";
        jdbc.sql("update ip_policy_claim set state = :s, approved = :a, note = :n, decided_by = :by where id = :id")
                .param("s", state).param("a", approve ? amount.amount() : Money.zero().amount()).param("n", why)
                .param("by", actor.username()).param("id", claimId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("amount", approve ? amount.toString() : null);
        after.put("note", why);
        events.publishEvent(new LedgerFact(actor, "IP_POLICY", String.valueOf(policyId), "CLAIM_" + state, parties(p),
                null, after));
    }

    /** The insurer pays an approved claim in full. */
    @Transactional
    public void pay(Actor actor, long policyId, long claimId) {
        Policy p = lockForInsurer(actor, policyId);
        PolicyClaim c = p.claim(claimId).orElseThrow(() -> new RecordNotFound("claim", claimId));
        if (!c.state().equals("APPROVED")) throw RiskShareRules.POLICY_CLAIM_STATE.violation(c.state());
        jdbc.sql("update ip_policy_claim set state = 'PAID', paid = approved where id = :id").param("id", claimId).update();
        events.publishEvent(new LedgerFact(actor, "IP_POLICY", String.valueOf(policyId), "CLAIM_PAID", parties(p),
                null, Map.of("amount", c.approved().toString())));
    }

    /** A policy the actor may see: its insurer's, the insured enterprise's, or the IP office's; otherwise 404. */
    public Policy get(Actor actor, long id) {
        Policy p = find(id).orElseThrow(() -> new RecordNotFound("policy", id));
        if (!actor.seesWholeDistrict() && !actor.visibleOrgIds().contains(p.insurerOrgId())
                && !actor.visibleOrgIds().contains(p.enterpriseId())) {
            throw new RecordNotFound("policy", id);
        }
        return p;
    }

    public List<Policy> visible(Actor actor) {
        return jdbc.sql("select id from ip_policy where" + Visibility.anyOf("insurer_org_id", "enterprise_id")
                        + "order by id desc limit 200")
                .params(Visibility.of(actor)).query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    private Policy lockForInsurer(Actor actor, long id) {
        Policy p = get(actor, id);
        if (!actor.has(Role.INSURER_OFFICER) || actor.orgId() != p.insurerOrgId()) {
            throw new AccessDeniedException("only the insurer decides and pays its claims");
        }
        jdbc.sql("select id from ip_policy where id = :id for update").param("id", id).query(Long.class).single();
        return find(id).orElseThrow();
    }

    Optional<Policy> find(long id) {
        List<InsuredAsset> assets = jdbc.sql("""
                        select a.id, a.number, a.title from ip_policy_asset pa join ip_asset_view a on a.id = pa.asset_id
                        where pa.policy_id = :p order by a.number""")
                .param("p", id).query((rs, i) -> new InsuredAsset(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        List<PolicyClaim> claims = jdbc.sql("""
                        select id, context, reference, event_on, claimed, state, approved, paid, note, filed_on
                        from ip_policy_claim where policy_id = :p order by id""")
                .param("p", id)
                .query((rs, i) -> new PolicyClaim(rs.getLong(1), Context.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), Money.of(rs.getBigDecimal(5)), rs.getString(6),
                        Money.of(rs.getBigDecimal(7)), Money.of(rs.getBigDecimal(8)), rs.getString(9),
                        rs.getObject(10, LocalDate.class)))
                .list();
        return jdbc.sql("""
                        select p.id, p.insurer_org_id, i.name, p.enterprise_id, e.name, p.policy_no, p.kind, p.cover_limit,
                               p.deductible, p.premium, p.starts_on, p.ends_on
                        from ip_policy p join organisation_view i on i.id = p.insurer_org_id
                        join organisation_view e on e.id = p.enterprise_id where p.id = :id""")
                .param("id", id)
                .query((rs, i) -> new Policy(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), Kind.valueOf(rs.getString(7)), Money.of(rs.getBigDecimal(8)),
                        Money.of(rs.getBigDecimal(9)), Money.of(rs.getBigDecimal(10)), rs.getObject(11, LocalDate.class),
                        rs.getObject(12, LocalDate.class), assets, claims))
                .optional();
    }

    private static List<Long> parties(Policy p) {
        return List.of(p.insurerOrgId(), p.enterpriseId());
    }
}
