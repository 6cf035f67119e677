package cn.ipfin.riskshare;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.RecourseSchedule;
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
 * A guarantor's recourse after its compensation (代偿, Shenzhen 004 (九): 参照信用贷款予以代偿): what it paid of its
 * share of a loss claim becomes its receivable on the enterprise, serviced like a credit loan. The guarantor sets the
 * repayment schedule (or a single due date) and records the enterprise's receipts, each once by its request key; its
 * part of every receipt from the collateral's disposal reduces the receivable too. Balance and overdue come from
 * {@link RecourseSchedule}.
 */
@Service
public class Recourse {

    public enum Source { ENTERPRISE, DISPOSAL }

    public record Receipt(long id, Money amount, LocalDate receivedOn, Source source, String requestKey) {
    }

    public record Receivable(long id, long claimId, String loanNo, long creditorOrgId, String creditor, long enterpriseId,
                             String enterprise, LocalDate openedOn, RecourseSchedule schedule, Money received,
                             List<Receipt> receipts, RecourseSchedule.Position position) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Recourse(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The guarantor paid {@code amount} of its share: its receivable on the enterprise opens with that principal, or
     * grows by it (the increase due with the last instalment it set).
     */
    @Transactional
    void compensated(Actor actor, long claimId, long guarantorOrgId, Money amount) {
        Optional<Long> existing = jdbc.sql("""
                        select id from recourse_receivable where claim_id = :c and creditor_org_id = :g for update""")
                .param("c", claimId).param("g", guarantorOrgId).query(Long.class).optional();
        long id;
        RecourseSchedule schedule;
        if (existing.isPresent()) {
            id = existing.get();
            schedule = schedule(id).grownBy(amount);
            jdbc.sql("update recourse_receivable set principal = :p where id = :id")
                    .param("p", schedule.principal().amount()).param("id", id).update();
            writeInstalments(id, schedule.instalments());
        } else {
            schedule = RecourseSchedule.unscheduled(amount);
            id = jdbc.sql("""
                            insert into recourse_receivable (claim_id, creditor_org_id, enterprise_id, principal, opened_on)
                            select c.id, :g, d.enterprise_id, :p, :on
                            from loss_claim c join loan_default d on d.loan_id = c.loan_id where c.id = :c
                            returning id""")
                    .param("c", claimId).param("g", guarantorOrgId).param("p", amount.amount())
                    .param("on", LocalDate.now(clock)).query(Long.class).single();
        }
        Receivable r = find(id).orElseThrow();
        events.publishEvent(new LedgerFact(actor, "RECOURSE", String.valueOf(id), "OPENED", parties(r), null,
                Map.of("loan", r.loanNo(), "amount", amount.toString(), "principal", schedule.principal().toString())));
    }

    /**
     * The guarantor's schedule for the enterprise: instalments that sum exactly to the principal, due dates strictly
     * increasing and none before the receivable opened. It replaces the schedule set before.
     */
    @Transactional
    public void schedule(Actor actor, long receivableId, List<RecourseSchedule.Instalment> instalments) {
        Receivable r = lockForCreditor(actor, receivableId);
        Money principal = r.schedule().principal();
        if (instalments == null || instalments.isEmpty()
                || !RecourseSchedule.total(instalments).equals(principal)) {
            throw RiskShareRules.RECOURSE_SCHEDULE_SUM.violation(
                    instalments == null ? Money.zero() : RecourseSchedule.total(instalments), principal);
        }
        if (instalments.getFirst().dueOn().isBefore(r.openedOn()) || !RecourseSchedule.fits(principal, instalments)) {
            throw RiskShareRules.RECOURSE_SCHEDULE_DATES.violation(r.openedOn());
        }
        writeInstalments(receivableId, instalments);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("principal", principal.toString());
        after.put("instalments", instalments.size());
        after.put("firstDue", instalments.getFirst().dueOn().toString());
        after.put("lastDue", instalments.getLast().dueOn().toString());
        events.publishEvent(new LedgerFact(actor, "RECOURSE", String.valueOf(receivableId), "SCHEDULED", parties(r),
                null, after));
    }

    /**
     * A receipt from the enterprise, recorded once by its request key: the same key and amount again returns the
     * receipt already recorded; the same key with another amount is refused; never beyond the balance.
     */
    @Transactional
    public long receive(Actor actor, long receivableId, Money amount, String requestKey) {
        Receivable r = lockForCreditor(actor, receivableId);
        if (amount == null || !amount.isPositive()) throw RiskShareRules.PAYMENT_POSITIVE.violation();
        if (requestKey == null || requestKey.isBlank()) throw RiskShareRules.RECOURSE_REQUEST_KEY.violation();
        String key = requestKey.strip();
        Optional<Receipt> earlier = r.receipts().stream().filter(x -> x.requestKey().equals(key)).findFirst();
        if (earlier.isPresent()) {
            if (earlier.get().amount().equals(amount)) return earlier.get().id();
            throw RiskShareRules.RECOURSE_REQUEST_KEY_REUSED.violation(key, earlier.get().amount());
        }
        if (amount.isGreaterThan(r.position().balance())) {
            throw RiskShareRules.RECOURSE_WITHIN_BALANCE.violation(amount, r.position().balance());
        }
        return record(actor, r, amount, Source.ENTERPRISE, key);
    }

    /**
     * The guarantor's part of a receipt from the disposal of the collateral reduces its recourse, up to the balance
     * (what the enterprise already repaid is not claimed twice).
     */
    @Transactional
    void recoveredFromDisposal(Actor actor, long claimId, long guarantorOrgId, Money part, long recoveryReceiptId) {
        Optional<Long> id = jdbc.sql("""
                        select id from recourse_receivable where claim_id = :c and creditor_org_id = :g for update""")
                .param("c", claimId).param("g", guarantorOrgId).query(Long.class).optional();
        if (id.isEmpty() || !part.isPositive()) return;
        Receivable r = find(id.get()).orElseThrow();
        Money applied = part.min(r.position().balance());
        if (applied.isPositive()) record(actor, r, applied, Source.DISPOSAL, "disposal-receipt-" + recoveryReceiptId);
    }

    private long record(Actor actor, Receivable r, Money amount, Source source, String key) {
        long id = jdbc.sql("""
                        insert into recourse_receipt (receivable_id, amount, received_on, source, request_key, recorded_by)
                        values (:r, :a, :on, :s, :k, :by) returning id""")
                .param("r", r.id()).param("a", amount.amount()).param("on", LocalDate.now(clock))
                .param("s", source.name()).param("k", key).param("by", actor.username()).query(Long.class).single();
        Money balance = r.position().balance().minus(amount);
        events.publishEvent(new LedgerFact(actor, "RECOURSE", String.valueOf(r.id()), "RECEIVED", parties(r),
                Map.of("balance", r.position().balance().toString()),
                Map.of("amount", amount.toString(), "reason", source == Source.DISPOSAL
                        ? "质物处置回收 / recovered from the disposal" : "企业还款 / repaid by the enterprise",
                        "balance", balance.toString())));
        return id;
    }

    /** A receivable the actor may see: its guarantor's, the enterprise's, or the IP office's; otherwise 404. */
    public Receivable get(Actor actor, long id) {
        Receivable r = find(id).orElseThrow(() -> new RecordNotFound("receivable", id));
        if (!actor.seesWholeDistrict() && !actor.visibleOrgIds().contains(r.creditorOrgId())
                && !actor.visibleOrgIds().contains(r.enterpriseId())) {
            throw new RecordNotFound("receivable", id);
        }
        return r;
    }

    public List<Receivable> visible(Actor actor) {
        return jdbc.sql("select id from recourse_receivable where" + Visibility.anyOf("creditor_org_id", "enterprise_id")
                        + "order by id desc limit 200")
                .params(Visibility.of(actor)).query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    Optional<Receivable> forClaim(long claimId, long guarantorOrgId) {
        return jdbc.sql("select id from recourse_receivable where claim_id = :c and creditor_org_id = :g")
                .param("c", claimId).param("g", guarantorOrgId).query(Long.class).optional()
                .flatMap(this::find);
    }

    private Receivable lockForCreditor(Actor actor, long id) {
        Receivable r = get(actor, id);
        if (!actor.has(Role.GUARANTOR_OFFICER) || actor.orgId() != r.creditorOrgId()) {
            throw new AccessDeniedException("only the guarantor that paid services its recourse");
        }
        jdbc.sql("select id from recourse_receivable where id = :id for update").param("id", id).query(Long.class).single();
        return find(id).orElseThrow();
    }

    private void writeInstalments(long id, List<RecourseSchedule.Instalment> instalments) {
        jdbc.sql("delete from recourse_instalment where receivable_id = :r").param("r", id).update();
        int seq = 0;
        for (RecourseSchedule.Instalment i : instalments) {
            jdbc.sql("insert into recourse_instalment (receivable_id, seq, due_on, amount) values (:r, :s, :d, :a)")
                    .param("r", id).param("s", seq++).param("d", i.dueOn()).param("a", i.amount().amount()).update();
        }
    }

    private RecourseSchedule schedule(long id) {
        Money principal = jdbc.sql("select principal from recourse_receivable where id = :id").param("id", id)
                .query(java.math.BigDecimal.class).optional().map(Money::of)
                .orElseThrow(() -> new RecordNotFound("receivable", id));
        List<RecourseSchedule.Instalment> instalments = jdbc.sql("""
                        select due_on, amount from recourse_instalment where receivable_id = :r order by seq""")
                .param("r", id)
                .query((rs, i) -> new RecourseSchedule.Instalment(rs.getObject(1, LocalDate.class), Money.of(rs.getBigDecimal(2))))
                .list();
        return new RecourseSchedule(principal, instalments);
    }

    Optional<Receivable> find(long id) {
        List<Receipt> receipts = jdbc.sql("""
                        select id, amount, received_on, source, request_key from recourse_receipt
                        where receivable_id = :r order by id""")
                .param("r", id)
                .query((rs, i) -> new Receipt(rs.getLong(1), Money.of(rs.getBigDecimal(2)), rs.getObject(3, LocalDate.class),
                        Source.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
        Money received = receipts.stream().map(Receipt::amount).reduce(Money.zero(), Money::plus);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select r.id, r.claim_id, l.loan_no, r.creditor_org_id, g.name, r.enterprise_id, e.name, r.opened_on
                        from recourse_receivable r join loss_claim c on c.id = r.claim_id
                        join loan_view l on l.id = c.loan_id
                        join organisation_view g on g.id = r.creditor_org_id
                        join organisation_view e on e.id = r.enterprise_id
                        where r.id = :id""")
                .param("id", id)
                .query((rs, i) -> {
                    RecourseSchedule schedule = schedule(id);
                    return new Receivable(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getLong(6), rs.getString(7), rs.getObject(8, LocalDate.class), schedule, received,
                            receipts, schedule.position(received, today));
                })
                .optional();
    }

    private static List<Long> parties(Receivable r) {
        return List.of(r.creditorOrgId(), r.enterpriseId());
    }
}
