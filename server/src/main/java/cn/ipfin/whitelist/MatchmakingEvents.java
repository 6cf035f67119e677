package cn.ipfin.whitelist;

import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BusinessDates;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matchmaking events (银企对接会, roadshows, the "4.26" IP week; seeds 001 三(三)9, 003 §八, 004 (十六)): the IP office
 * plans an event, invites whitelist enterprises and banks and records who came; a bank records each enterprise it
 * met there and follows the contact to an application or a reason. Every step is a line of the matching ledger
 * (ledger subject "MATCH", as the demand library's follow-ups), published through the ledger's {@link LedgerFact}.
 */
@Service
public class MatchmakingEvents {

    /** The demand library's ledger subject: one matching ledger for demands and events alike. */
    static final String MATCH = "MATCH";

    public enum Kind { BANK_ENTERPRISE, ROADSHOW, IP_WEEK }

    public enum ContactStatus { CONTACTED, APPLIED, DECLINED }

    public record Event(long id, Kind kind, String title, LocalDate heldOn, String venue, int invited, int attended,
                        int contacts, int applied, int declined) {
    }

    /** @param attended null until recorded */
    public record Invitee(long orgId, String name, String side, Boolean attended) {
    }

    public record Contact(long bankOrgId, String bank, long enterpriseId, String enterprise, ContactStatus status,
                          String loanNo, String reason) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessDates dates;

    MatchmakingEvents(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, BusinessDates dates) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    // ---- the IP office ------------------------------------------------------------------------------------------

    @Transactional
    public Event plan(Actor actor, Kind kind, String title, LocalDate heldOn, String venue) {
        requireOffice(actor);
        if (kind == null || title == null || title.isBlank() || heldOn == null || venue == null || venue.isBlank()) {
            throw WhitelistRules.EVENT_TITLE.violation();
        }
        long id = jdbc.sql("""
                        insert into whitelist_event (kind, title, held_on, venue, planned_by, planned_at)
                        values (:k, :t, :d, :v, :by, :at) returning id""")
                .param("k", kind.name()).param("t", clip(title, 120)).param("d", heldOn).param("v", clip(venue, 120))
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        events.publishEvent(new LedgerFact(actor, MATCH, "EV" + id, "EVENT_PLANNED", List.of(), null,
                Map.of("kind", kind.name(), "title", title.strip(), "heldOn", heldOn.toString())));
        return event(id);
    }

    /** Invites a bank, or an enterprise on some whitelist that has not withdrawn its consent. */
    @Transactional
    public void invite(Actor actor, long eventId, long orgId) {
        requireOffice(actor);
        event(eventId);
        String side = sideOf(orgId).orElseThrow(() -> WhitelistRules.EVENT_INVITEE.violation(orgId));
        int added = jdbc.sql("""
                        insert into whitelist_event_invitee (event_id, org_id, side, invited_at) values (:e, :o, :s, :at)
                        on conflict (event_id, org_id) do nothing""")
                .param("e", eventId).param("o", orgId).param("s", side).param("at", Timestamp.from(clock.instant()))
                .update();
        if (added > 0) {
            events.publishEvent(new LedgerFact(actor, MATCH, "EV" + eventId + ":O" + orgId, "EVENT_INVITED",
                    List.of(orgId), null, Map.of("side", side)));
        }
    }

    /** Invites every enterprise of a period's whitelist that has not withdrawn its consent; returns how many were new. */
    @Transactional
    public int inviteWhitelist(Actor actor, long eventId, String period) {
        requireOffice(actor);
        List<Long> enterprises = jdbc.sql("""
                        select e.enterprise_id from whitelist_entry e join whitelist_period p on p.id = e.period_id
                        where p.period = :p and not exists (select 1 from whitelist_event_invitee i
                                where i.event_id = :ev and i.org_id = e.enterprise_id)
                        order by e.score desc, e.enterprise_id""")
                .param("p", period).param("ev", eventId).query(Long.class).list();
        int invited = 0;
        for (long enterprise : enterprises) {
            if (sideOf(enterprise).isPresent()) {
                invite(actor, eventId, enterprise);
                invited++;
            }
        }
        return invited;
    }

    /** After the event (on its day or later): whether an invitee came. */
    @Transactional
    public void attendance(Actor actor, long eventId, long orgId, boolean attended) {
        requireOffice(actor);
        Event event = event(eventId);
        if (event.heldOn().isAfter(dates.today())) throw WhitelistRules.EVENT_NOT_HELD.violation(event.heldOn());
        int updated = jdbc.sql("update whitelist_event_invitee set attended = :a where event_id = :e and org_id = :o")
                .param("a", attended).param("e", eventId).param("o", orgId).update();
        if (updated == 0) throw new RecordNotFound("event invitee", eventId + "/" + orgId);
        events.publishEvent(new LedgerFact(actor, MATCH, "EV" + eventId + ":O" + orgId,
                attended ? "EVENT_ATTENDED" : "EVENT_ABSENT", List.of(orgId), null, Map.of("attended", attended)));
    }

    // ---- a bank -------------------------------------------------------------------------------------------------

    /** The bank met an enterprise at the event: both must have attended. */
    @Transactional
    public void contact(Actor actor, long eventId, long enterpriseId) {
        requireBank(actor);
        event(eventId);
        boolean bothCame = jdbc.sql("""
                        select count(*) = 2 from whitelist_event_invitee
                        where event_id = :e and attended and ((org_id = :b and side = 'BANK') or (org_id = :n and side = 'ENTERPRISE'))""")
                .param("e", eventId).param("b", actor.orgId()).param("n", enterpriseId).query(Boolean.class).single();
        if (!bothCame) throw WhitelistRules.EVENT_CONTACT_NOT_ATTENDED.violation();
        int added = jdbc.sql("""
                        insert into whitelist_event_contact (event_id, bank_org_id, enterprise_id, status, updated_by, updated_at)
                        values (:e, :b, :n, 'CONTACTED', :by, :at) on conflict do nothing""")
                .param("e", eventId).param("b", actor.orgId()).param("n", enterpriseId).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).update();
        if (added > 0) {
            events.publishEvent(new LedgerFact(actor, MATCH, subject(eventId, actor.orgId(), enterpriseId),
                    ContactStatus.CONTACTED.name(), List.of(actor.orgId(), enterpriseId), null,
                    Map.of("eventId", eventId)));
        }
    }

    /**
     * The contact's outcome: an application (the loan number of this bank's application of the enterprise) or a
     * decline with its reason.
     */
    @Transactional
    public void followUp(Actor actor, long eventId, long enterpriseId, ContactStatus status, String loanNo, String reason) {
        requireBank(actor);
        String before = jdbc.sql("""
                        select status from whitelist_event_contact where event_id = :e and bank_org_id = :b
                          and enterprise_id = :n for update""")
                .param("e", eventId).param("b", actor.orgId()).param("n", enterpriseId).query(String.class).optional()
                .orElseThrow(() -> new RecordNotFound("event contact", eventId + "/" + enterpriseId));
        String no = loanNo == null || loanNo.isBlank() ? null : loanNo.strip();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (status == ContactStatus.DECLINED && why == null) throw WhitelistRules.EVENT_DECLINE_REASON.violation();
        if (status == ContactStatus.APPLIED) {
            boolean known = no != null && jdbc.sql("""
                            select exists (select 1 from loan_view where loan_no = :no and enterprise_id = :n
                                           and bank_org_id = any(:orgs))""")
                    .param("no", no).param("n", enterpriseId).param("orgs", actor.visibleOrgIdArray())
                    .query(Boolean.class).single();
            if (!known) throw WhitelistRules.EVENT_APPLICATION_UNKNOWN.violation(String.valueOf(no));
        }
        jdbc.sql("""
                        update whitelist_event_contact set status = :s, loan_no = :no, reason = :r, updated_by = :by,
                               updated_at = :at
                        where event_id = :e and bank_org_id = :b and enterprise_id = :n""")
                .param("s", status.name()).param("no", status == ContactStatus.APPLIED ? no : null)
                .param("r", status == ContactStatus.DECLINED ? why : null).param("by", actor.username())
                .param("at", Timestamp.from(clock.instant())).param("e", eventId).param("b", actor.orgId())
                .param("n", enterpriseId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("loanNo", status == ContactStatus.APPLIED ? no : null);
        after.put("reason", status == ContactStatus.DECLINED ? why : null);
        events.publishEvent(new LedgerFact(actor, MATCH, subject(eventId, actor.orgId(), enterpriseId), status.name(),
                List.of(actor.orgId(), enterpriseId), Map.of("status", before), after));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    /** The office sees every event; a bank or an enterprise those it was invited to. */
    @Transactional(readOnly = true)
    public List<Event> events(Actor actor) {
        boolean office = actor.has(Role.IPO_OFFICER);
        return jdbc.sql("""
                        select v.id from whitelist_event v
                        where :office or exists (select 1 from whitelist_event_invitee i where i.event_id = v.id
                                                  and i.org_id = any(:orgs))
                        order by v.held_on desc, v.id desc""")
                .param("office", office).param("orgs", actor.visibleOrgIdArray()).query(Long.class).list()
                .stream().map(this::event).toList();
    }

    @Transactional(readOnly = true)
    public List<Invitee> invitees(Actor actor, long eventId) {
        requireInvitedOrOffice(actor, eventId);
        return jdbc.sql("""
                        select i.org_id, o.name, i.side, i.attended from whitelist_event_invitee i
                        join organisation_view o on o.id = i.org_id
                        where i.event_id = :e order by i.side, o.name""")
                .param("e", eventId)
                .query((rs, n) -> new Invitee(rs.getLong(1), rs.getString(2), rs.getString(3), (Boolean) rs.getObject(4)))
                .list();
    }

    /** The office sees every contact of the event; a bank its own; an enterprise those with it. */
    @Transactional(readOnly = true)
    public List<Contact> contacts(Actor actor, long eventId) {
        requireInvitedOrOffice(actor, eventId);
        return jdbc.sql("""
                        select c.bank_org_id, b.name, c.enterprise_id, n.name, c.status, c.loan_no, c.reason
                        from whitelist_event_contact c join organisation_view b on b.id = c.bank_org_id
                        join organisation_view n on n.id = c.enterprise_id
                        where c.event_id = :e and (:office or c.bank_org_id = any(:orgs) or c.enterprise_id = any(:orgs))
                        order by b.name, n.name""")
                .param("e", eventId).param("office", actor.has(Role.IPO_OFFICER)).param("orgs", actor.visibleOrgIdArray())
                .query((rs, n) -> new Contact(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        ContactStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The ledger subject of one contact: event, bank, enterprise. */
    static String subject(long eventId, long bankOrgId, long enterpriseId) {
        return "EV" + eventId + ":B" + bankOrgId + ":E" + enterpriseId;
    }

    private Event event(long id) {
        return jdbc.sql("""
                        select v.id, v.kind, v.title, v.held_on, v.venue,
                               (select count(*) from whitelist_event_invitee i where i.event_id = v.id),
                               (select count(*) from whitelist_event_invitee i where i.event_id = v.id and i.attended),
                               (select count(*) from whitelist_event_contact c where c.event_id = v.id),
                               (select count(*) from whitelist_event_contact c where c.event_id = v.id and c.status = 'APPLIED'),
                               (select count(*) from whitelist_event_contact c where c.event_id = v.id and c.status = 'DECLINED')
                        from whitelist_event v where v.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Event(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        rs.getInt(9), rs.getInt(10)))
                .optional().orElseThrow(() -> new RecordNotFound("matchmaking event", id));
    }

    /** BANK for an active bank; ENTERPRISE for an enterprise on some whitelist that has not withdrawn; else none. */
    private Optional<String> sideOf(long orgId) {
        boolean bank = jdbc.sql("select exists (select 1 from organisation_view where id = :o and type = 'BANK' and status = 'ACTIVE')")
                .param("o", orgId).query(Boolean.class).single();
        if (bank) return Optional.of("BANK");
        boolean listed = jdbc.sql("""
                        select exists (select 1 from whitelist_entry e where e.enterprise_id = :o)
                           and not exists (select 1 from whitelist_consent c where c.enterprise_id = :o and c.withdrawn_at is not null)""")
                .param("o", orgId).query(Boolean.class).single();
        return listed ? Optional.of("ENTERPRISE") : Optional.empty();
    }

    private void requireInvitedOrOffice(Actor actor, long eventId) {
        if (actor.has(Role.IPO_OFFICER)) return;
        boolean invited = jdbc.sql("select exists (select 1 from whitelist_event_invitee where event_id = :e and org_id = any(:orgs))")
                .param("e", eventId).param("orgs", actor.visibleOrgIdArray()).query(Boolean.class).single();
        if (!invited) throw new RecordNotFound("matchmaking event", eventId);
    }

    private static String clip(String text, int max) {
        String s = text.strip();
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static void requireOffice(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office plans matchmaking events");
    }

    private static void requireBank(Actor actor) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("only a bank records its contacts at an event");
        }
    }
}
