package cn.ipfin.lending;

import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.asset.PledgeOffice;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.PledgeRegistrationRules;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.SecurityKind;
import cn.ipfin.core.money.Money;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.asset.Pledges;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pledge registration (质押登记), online and paperless (seed 004 (十五)): co-owners' consents, registration with a
 * number and date written to {@code ip_pledge} for the loan, change (变更) of the secured amount, cancellation
 * (注销), freezes, and the move on to credit approval once every asset is registered.
 */
@Service
public class PledgeRegistration {

    private final JdbcClient jdbc;
    private final Transitions transitions;
    private final Products products;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Pledges pledges;

    PledgeRegistration(JdbcClient jdbc, Transitions transitions, Products products, ApplicationEventPublisher events,
                       Clock clock, Pledges pledges) {
        this.pledges = pledges;
        this.jdbc = jdbc;
        this.transitions = transitions;
        this.products = products;
        this.events = events;
        this.clock = clock;
    }

    /** Due diligence is complete: every checklist item is done. */
    @Transactional
    public LoanFile start(Actor actor, String loanNo, int expectedVersion) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireState(file, LoanState.DUE_DILIGENCE);
        var open = file.checklist().stream().filter(i -> !i.done()).map(LoanFile.ChecklistItem::code).toList();
        if (!open.isEmpty()) {
            throw LendingRules.DUE_DILIGENCE_OPEN.violation(open);
        }
        return transitions.move(actor, file, expectedVersion, LoanState.PLEDGE_REGISTRATION, Map.of(), null);
    }

    /**
     * A co-owner's consent to the pledge: given by the co-owner enterprise itself, or recorded by the bank with the
     * co-owner's signed consent uploaded to the application.
     */
    @Transactional
    public LoanFile consent(Actor actor, String loanNo, long assetId, long ownerId, Long documentId) {
        LoanFile file = transitions.read(actor, loanNo);
        LoanFile.Collateral c = collateral(file, assetId);
        boolean self = actor.has(Role.ENTERPRISE_FINANCE) && actor.orgId() == ownerId;
        boolean bank = actor.has(Role.BANK_OFFICER) && actor.visibleOrgIds().contains(file.loan().bankOrgId());
        if (!self && !bank) throw new AccessDeniedException("the co-owner consents, or the bank records its written consent");
        if (!c.owners().contains(ownerId)) throw LendingRules.CO_OWNER_UNKNOWN.violation();
        if (!self && (documentId == null || !file.documents().stream().anyMatch(d -> d.id() == documentId))) {
            throw LendingRules.CO_OWNER_CONSENT_DOCUMENT.violation();
        }
        if (!cn.ipfin.core.lending.Origination.isOpen(file.state())) {
            Transitions.requireState(file, LoanState.APPLIED);
        }
        jdbc.sql("""
                        insert into loan_collateral_consent (loan_id, asset_id, owner_id, recorded_by, document_id, recorded_at)
                        values (:l, :a, :o, :u, :d, :at) on conflict do nothing""")
                .param("l", file.loan().id()).param("a", assetId).param("o", ownerId).param("u", actor.username())
                .param("d", documentId).param("at", Timestamp.from(clock.instant())).update();
        transitions.record(actor, file, "CO_OWNER_CONSENT", null, Map.of("asset", c.number(), "owner", ownerId));
        return transitions.read(actor, loanNo);
    }

    /** Registers one collateral asset's pledge, after the registration rules; issues number and date. */
    @Transactional
    public LoanFile register(Actor actor, String loanNo, int expectedVersion, long assetId) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireState(file, LoanState.PLEDGE_REGISTRATION);
        LoanFile.Collateral c = collateral(file, assetId);
        LocalDate today = LocalDate.now(clock);
        String open = pledges.openRegistration(assetId).orElse(null);
        boolean frozen = jdbc.sql("select count(*) > 0 from ip_asset_freeze where asset_id = :a and lifted_on is null")
                .param("a", assetId).query(Boolean.class).single();
        var consents = new HashSet<>(c.consentedOwners());
        Transitions.require(new PledgeRegistrationRules(c.number(), file.loan().enterpriseId(), new HashSet<>(c.owners()),
                consents, LegalStatus.valueOf(c.status()), c.expiresOn(), today.plusMonths(file.loan().termMonths()),
                open, frozen).decide());
        // one pledge contract is registered once per office: a second patent of the loan joins the loan's open patent
        // registration (same number, same secured amount); a trademark gets its own registration at its own office
        PledgeOffice office = PledgeOffice.of(c.kind());
        var joined = file.collateral().stream()
                .filter(o -> o.registered() && o.assetId() != assetId && PledgeOffice.of(o.kind()) == office)
                .findFirst();
        String registrationNo = joined.map(LoanFile.Collateral::registrationNo)
                .orElseGet(() -> "Y" + today.getYear() + "98" + String.format("%06d",
                        jdbc.sql("select nextval('pledge_registration_seq')").query(Long.class).single()));
        BigDecimal secured = joined.map(LoanFile.Collateral::securedAmount).orElse(file.loan().principal());
        try {
            pledges.register(assetId, registrationNo, file.loan().enterpriseId(), file.loan().bankOrgId(),
                    file.loan().id(), today, secured);
        } catch (DuplicateKeyException e) {
            throw LendingRules.PLEDGED_MEANWHILE.violation(c.number());
        }
        return transitions.touch(actor, file, expectedVersion, "PLEDGE_REGISTERED", Map.of(),
                Map.of("asset", c.number(), "registrationNo", registrationNo, "registeredOn", today));
    }

    /** 变更登记: the secured amount changes; recorded with a change number, the registration stays. */
    @Transactional
    public LoanFile change(Actor actor, String loanNo, int expectedVersion, long assetId, BigDecimal securedAmount,
                           String reason) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        LoanFile.Collateral c = collateral(file, assetId);
        if (!c.registered()) throw LendingRules.NOT_REGISTERED.violation(c.number());
        if (reason == null || reason.isBlank()) throw LendingRules.CHANGE_REASON.violation();
        Money amount = Money.of(securedAmount);
        long pledgeId = openPledgeId(file, assetId);
        LocalDate today = LocalDate.now(clock);
        long seq = jdbc.sql("select nextval('pledge_registration_seq')").query(Long.class).single();
        String changeNo = c.registrationNo() + "-B" + seq;
        jdbc.sql("""
                        insert into ip_pledge_change (pledge_id, changed_on, change_no, amount_before, amount_after, reason,
                            recorded_by) values (:p, :on, :no, :before, :after, :reason, :u)""")
                .param("p", pledgeId).param("on", today).param("no", changeNo).param("before", c.securedAmount())
                .param("after", amount.amount()).param("reason", reason.strip()).param("u", actor.username()).update();
        // the amount is the registration's: every right it covers secures the same amount
        pledges.changeSecuredAmount(file.loan().id(), c.registrationNo(), amount.amount());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("asset", c.number());
        details.put("changeNo", changeNo);
        details.put("securedAmount", amount.amount());
        details.put("reason", reason.strip());
        return transitions.touch(actor, file, expectedVersion, "PLEDGE_CHANGED", Map.of(), details);
    }

    /** 注销登记: refused while the loan's money is out; a repaid, withdrawn or rejected loan's pledge is released. */
    @Transactional
    public LoanFile cancel(Actor actor, String loanNo, int expectedVersion, long assetId, String reason) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        LoanFile.Collateral c = collateral(file, assetId);
        if (!c.registered()) throw LendingRules.NOT_REGISTERED.violation(c.number());
        if (file.state().isOutstanding()) {
            throw LendingRules.CANCEL_OUTSTANDING.violation();
        }
        LoanFile after = transitions.touch(actor, file, expectedVersion, "PLEDGE_CANCELLED", Map.of(),
                Map.of("asset", c.number(), "registrationNo", c.registrationNo(), "reason", reason == null ? "" : reason));
        release(file, assetId);
        return transitions.read(actor, loanNo);
    }

    /** The cancellation that follows a withdrawal or rejection, in the same transaction. */
    void cancelOpenPledge(Actor actor, LoanFile file, LoanFile.Collateral c, String reason) {
        release(file, c.assetId());
        transitions.record(actor, file, "PLEDGE_CANCELLED", null,
                Map.of("asset", c.number(), "registrationNo", c.registrationNo(), "reason", reason));
    }

    /** Every asset registered, and the combined securities the product requires recorded: on to approval. */
    @Transactional
    public LoanFile submitForApproval(Actor actor, String loanNo, int expectedVersion) {
        LoanFile file = transitions.asBank(actor, loanNo, Role.BANK_OFFICER);
        Transitions.requireState(file, LoanState.PLEDGE_REGISTRATION);
        var unregistered = file.collateral().stream().filter(c -> !c.registered()).map(LoanFile.Collateral::number).toList();
        Product product = products.get(file.productId());
        boolean guarantor = file.securities().stream().anyMatch(s -> s.kind() == SecurityKind.GUARANTOR);
        boolean insurance = file.securities().stream().anyMatch(s -> s.kind().isInsurance());
        cn.ipfin.shared.Rule.check()
                .refuseIf(!unregistered.isEmpty(), LendingRules.REGISTRATION_INCOMPLETE, unregistered)
                .refuseIf(product.guarantor() == Requirement.REQUIRED && !guarantor, LendingRules.GUARANTOR_REQUIRED)
                .refuseIf(product.insurance() == Requirement.REQUIRED && !insurance, LendingRules.INSURANCE_REQUIRED)
                .orRefuse();
        return transitions.move(actor, file, expectedVersion, LoanState.CREDIT_APPROVAL, Map.of(), null);
    }

    /** A court's or authority's freeze (查封/冻结) of a right, recorded by the IP office; a frozen right cannot be pledged. */
    @Transactional
    public void freeze(Actor actor, long assetId, String authority, String reference) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office records a freeze");
        if (authority == null || authority.isBlank()) throw LendingRules.FREEZE_AUTHORITY.violation();
        try {
            jdbc.sql("""
                            insert into ip_asset_freeze (asset_id, frozen_on, authority, reference, recorded_by)
                            values (:a, :on, :auth, :ref, :u)""")
                    .param("a", assetId).param("on", LocalDate.now(clock)).param("auth", authority.strip())
                    .param("ref", reference).param("u", actor.username()).update();
        } catch (DuplicateKeyException e) {
            throw LendingRules.ALREADY_FROZEN.violation();
        }
        events.publishEvent(new LedgerFact(actor, "ASSET_FREEZE", Long.toString(assetId), "FROZEN", List.of(actor.orgId()),
                null, Map.of("authority", authority.strip(), "reference", reference == null ? "" : reference)));
    }

    @Transactional
    public void lift(Actor actor, long assetId) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office lifts a freeze");
        int n = jdbc.sql("update ip_asset_freeze set lifted_on = :on where asset_id = :a and lifted_on is null")
                .param("on", LocalDate.now(clock)).param("a", assetId).update();
        if (n == 0) throw LendingRules.NOT_FROZEN.violation();
        events.publishEvent(new LedgerFact(actor, "ASSET_FREEZE", Long.toString(assetId), "LIFTED", List.of(actor.orgId()),
                null, null));
    }

    private void release(LoanFile file, long assetId) {
        pledges.cancel(file.loan().id(), assetId, LocalDate.now(clock));
    }

    private long openPledgeId(LoanFile file, long assetId) {
        return pledges.openPledgeId(file.loan().id(), assetId);
    }

    static LoanFile.Collateral collateral(LoanFile file, long assetId) {
        return file.collateral().stream().filter(c -> c.assetId() == assetId).findFirst()
                .orElseThrow(LendingRules.NOT_COLLATERAL::violation);
    }
}
