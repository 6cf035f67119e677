package cn.ipfin.valuation;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bank's own list of the valuation firms it cooperates with (合作准入与持续管理, seed 004 (四): "加强对知识产权评估机构的
 * 合作准入与持续管理" is asked of the financial institutions), kept on top of the district's library.
 *
 * <p>Both lists apply: a bank may send a valuation only to a firm the district admitted (the library: a firm the IP
 * office suspended may take no work from anyone) <em>and</em> the bank admitted ({@link ValuationGuards#requireBankCooperation}). A bank
 * admits only a firm the district admitted, so its list is always a subset of the library. Decisions are the bank
 * approver's (a management decision, not the account manager's, whose loans the firm values), each with a reason and
 * a ledger entry. A bank's suspension stops new requests to the firm; the bank's open requests there stay open for
 * the bank to withdraw or let finish.
 */
@Service
public class BankValuationFirms {

    static final String SUBJECT = "BANK_VALUATION_FIRM";

    private final JdbcClient jdbc;
    private final ValuationFirms firms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BankValuationFirms(JdbcClient jdbc, ValuationFirms firms, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.firms = firms;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One firm of the district's library as the bank sees it. {@code bankStatus} is null when the bank never admitted
     * it; {@code version} is 0 then (the version to send with the first admission).
     */
    public record CooperationFirm(long firmOrgId, String name, String districtStatus, String bankStatus, String reason,
                                  String decidedBy, Instant decidedAt, int version) {
        /** The day of the decision in the business time zone. */
        public java.time.LocalDate decidedOn() {
            return decidedAt == null ? null : java.time.LocalDate.ofInstant(decidedAt, java.time.ZoneId.of("Asia/Shanghai"));
        }

        public boolean usable() {
            return "ADMITTED".equals(districtStatus) && "ADMITTED".equals(bankStatus);
        }
    }

    /** The district's firms with the actor's bank's decision on each. */
    @Transactional(readOnly = true)
    public List<CooperationFirm> list(Actor actor) {
        long bank = requireBank(actor);
        record Decision(String status, String reason, String by, Instant at, int version) {
        }
        Map<Long, Decision> decisions = new HashMap<>();
        jdbc.sql("select firm_org_id, status, reason, decided_by, decided_at, version from bank_valuation_firm"
                        + " where bank_org_id = :bank")
                .param("bank", bank)
                .query(rs -> {
                    decisions.put(rs.getLong(1), new Decision(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getInt(6)));
                });
        return firms.all().stream().map(f -> {
            Decision d = decisions.get(f.id());
            return d == null ? new CooperationFirm(f.id(), f.name(), f.status(), null, null, null, null, 0)
                    : new CooperationFirm(f.id(), f.name(), f.status(), d.status(), d.reason(), d.by(), d.at(), d.version());
        }).toList();
    }

    /** The bank admits a firm of the district's library to cooperation (first time or again after a suspension). */
    @Transactional
    public CooperationFirm admit(Actor actor, long firmOrgId, int expectedVersion, String reason) {
        long bank = requireDecider(actor, reason);
        ValuationFirms.Firm firm = firm(firmOrgId);
        if (!"ADMITTED".equals(firm.status())) {
            throw ValuationRules.BANK_ADMITS_LIBRARY_FIRM.violation(firm.name(), firm.status());
        }
        int changed = expectedVersion == 0
                ? jdbc.sql("""
                        insert into bank_valuation_firm (bank_org_id, firm_org_id, status, reason, decided_by, decided_at, version)
                        values (:bank, :firm, 'ADMITTED', :reason, :user, :at, 1) on conflict do nothing""")
                .param("bank", bank).param("firm", firmOrgId).param("reason", reason.strip())
                .param("user", actor.username()).param("at", Timestamp.from(clock.instant())).update()
                : decide(bank, firmOrgId, expectedVersion, "SUSPENDED", "ADMITTED", reason, actor);
        if (changed != 1) refuse(bank, firm, expectedVersion, "ADMITTED");
        return recorded(actor, bank, firm, "ADMITTED", reason);
    }

    /** The bank suspends its cooperation with a firm: no new valuation of the bank's goes to it. */
    @Transactional
    public CooperationFirm suspend(Actor actor, long firmOrgId, int expectedVersion, String reason) {
        long bank = requireDecider(actor, reason);
        ValuationFirms.Firm firm = firm(firmOrgId);
        if (decide(bank, firmOrgId, expectedVersion, "ADMITTED", "SUSPENDED", reason, actor) != 1) {
            refuse(bank, firm, expectedVersion, "SUSPENDED");
        }
        return recorded(actor, bank, firm, "SUSPENDED", reason);
    }

    private int decide(long bank, long firmOrgId, int expectedVersion, String from, String to, String reason, Actor actor) {
        return jdbc.sql("""
                        update bank_valuation_firm set status = :to, reason = :reason, decided_by = :user, decided_at = :at,
                            version = version + 1
                        where bank_org_id = :bank and firm_org_id = :firm and status = :from and version = :version""")
                .param("to", to).param("reason", reason.strip()).param("user", actor.username())
                .param("at", Timestamp.from(clock.instant())).param("bank", bank).param("firm", firmOrgId)
                .param("from", from).param("version", expectedVersion).update();
    }

    /** Why a decision did not apply: the firm is already in that status (422), or the caller's version is stale (409). */
    private void refuse(long bank, ValuationFirms.Firm firm, int expectedVersion, String to) {
        record Row(String status, int version) {
        }
        Row row = jdbc.sql("select status, version from bank_valuation_firm where bank_org_id = :bank and firm_org_id = :firm")
                .param("bank", bank).param("firm", firm.id())
                .query((rs, i) -> new Row(rs.getString(1), rs.getInt(2))).optional().orElse(new Row(null, 0));
        if (row.version() != expectedVersion) throw new ConcurrentEditConflict("bank valuation firm", firm.id(), expectedVersion);
        throw ValuationRules.BANK_COOPERATION_STATUS.violation(firm.name(),
                row.status() == null ? new Rule.Words("未准入", "not admitted") : row.status(), to);
    }

    private CooperationFirm recorded(Actor actor, long bank, ValuationFirms.Firm firm, String status, String reason) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("firm", firm.name());
        after.put("status", status);
        after.put("reason", reason.strip());
        events.publishEvent(new LedgerFact(actor, SUBJECT, bank + ":" + firm.id(), status, List.of(bank, firm.id()),
                null, after));
        return list(actor).stream().filter(f -> f.firmOrgId() == firm.id()).findFirst().orElseThrow();
    }

    private ValuationFirms.Firm firm(long firmOrgId) {
        return firms.all().stream().filter(f -> f.id() == firmOrgId).findFirst()
                .orElseThrow(() -> new RecordNotFound("valuation firm", firmOrgId));
    }

    private static long requireBank(Actor actor) {
        if (actor.orgType() != OrgType.BANK) throw new AccessDeniedException("only a bank keeps a list of cooperating firms");
        return actor.orgId();
    }

    private static long requireDecider(Actor actor, String reason) {
        long bank = requireBank(actor);
        if (!actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("only a bank approver admits or suspends a cooperating valuation firm");
        }
        if (reason == null || reason.isBlank()) throw ValuationRules.DECISION_REASON.violation();
        return bank;
    }
}
