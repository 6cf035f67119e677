package cn.ipfin.valuation;

import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.party.Organisations;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The ongoing management of valuation firms (seed 004 (四): 准入与持续管理) and valuers' declared conflicts. Suspending a
 * firm stops its open work: its open requests move to SUSPENDED, to be reassigned by the IP office.
 */
@Service
public class ValuationFirms {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Organisations organisations;

    ValuationFirms(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, Organisations organisations) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** @return the requests that were stopped */
    @Transactional
    public List<Long> suspend(Actor actor, long firmOrgId, int expectedVersion, String reason) {
        changeStatus(actor, firmOrgId, expectedVersion, "ADMITTED", "SUSPENDED", reason);
        record SuspendedRequest(long id, int version, long requester, long owner) {
        }
        List<SuspendedRequest> stopped = jdbc.sql("""
                        update valuation_request set state = 'SUSPENDED', version = version + 1
                        where firm_org_id = :firm and state in ('REQUESTED','PRE_VALUED','IN_REVIEW')
                        returning id, version, requester_org_id, owner_id""")
                .param("firm", firmOrgId)
                .query((rs, i) -> new SuspendedRequest(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
                .list();
        for (SuspendedRequest r : stopped) {
            events.publishEvent(new LedgerFact(actor, ValuationRequests.SUBJECT, Long.toString(r.id()), "SUSPENDED",
                    List.of(r.requester(), r.owner(), firmOrgId).stream().distinct().toList(), null,
                    Map.of("state", "SUSPENDED", "version", r.version(), "details", Map.of("reason", reason))));
        }
        return stopped.stream().map(SuspendedRequest::id).toList();
    }

    /** Re-admits a suspended firm; its suspended requests stay with the IP office to reassign or hand back. */
    @Transactional
    public void admit(Actor actor, long firmOrgId, int expectedVersion, String reason) {
        changeStatus(actor, firmOrgId, expectedVersion, "SUSPENDED", "ADMITTED", reason);
    }

    private void changeStatus(Actor actor, long firmOrgId, int expectedVersion, String from, String to, String reason) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office admits or suspends firms");
        if (reason == null || reason.isBlank()) throw ValuationRules.DECISION_REASON.violation();
        String status = jdbc.sql("select status from organisation_view where id = :id and type = 'VALUATION_FIRM'")
                .param("id", firmOrgId).query(String.class).optional()
                .orElseThrow(() -> new RecordNotFound("valuation firm", firmOrgId));
        if (!status.equals(from)) {
            throw ValuationRules.FIRM_STATUS.violation(status, to);
        }
        if (!organisations.changeStatus(firmOrgId, expectedVersion, from, to)) throw new ConcurrentEditConflict("organisation", firmOrgId, expectedVersion);
        events.publishEvent(new LedgerFact(actor, "ORGANISATION", Long.toString(firmOrgId), "VALUATION_FIRM_" + to,
                List.of(firmOrgId), Map.of("status", from), Map.of("status", to, "reason", reason.strip())));
    }

    /** A valuer declares a link to an enterprise (关联关系); from then on they may not value its assets. */
    @Transactional
    public void declareConflict(Actor actor, long enterpriseId, String reason) {
        if (!actor.has(Role.VALUER)) throw new AccessDeniedException("only a valuer declares conflicts");
        if (reason == null || reason.isBlank()) throw ValuationRules.CONFLICT_LINK.violation();
        jdbc.sql("""
                        insert into valuer_conflict (valuer_user_id, enterprise_id, reason, declared_at)
                        values (:user, :enterprise, :reason, :at)
                        on conflict (valuer_user_id, enterprise_id) do update set reason = excluded.reason""")
                .param("user", actor.userId()).param("enterprise", enterpriseId).param("reason", reason.strip())
                .param("at", Timestamp.from(clock.instant())).update();
        events.publishEvent(new LedgerFact(actor, "VALUER_CONFLICT", actor.username() + ":" + enterpriseId, "DECLARED",
                List.of(actor.orgId()), null, Map.of("enterprise", enterpriseId, "reason", reason.strip())));
    }

    public record Firm(long id, String name, String status, int version) {
    }

    @Transactional(readOnly = true)
    public List<Firm> all() {
        return jdbc.sql("select id, name, status, version from organisation_view where type = 'VALUATION_FIRM' order by id")
                .query((rs, i) -> new Firm(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }
}
