package cn.ipfin.lending;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.Origination;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Rule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way an application changes: a guarded update that checks the caller's version (a stale one is a 409,
 * nothing overwritten) and publishes a {@link LedgerFact} (subject "LOAN", the loan number) in the same transaction.
 */
@Component
class Transitions {

    static final String SUBJECT = "LOAN";

    private final LoanFiles files;
    private final ApplicationEventPublisher events;

    Transitions(LoanFiles files, ApplicationEventPublisher events) {
        this.files = files;
        this.events = events;
    }

    LoanFile read(Actor actor, String loanNo) {
        return files.get(actor, loanNo);
    }

    /** The application, if the actor is a user of its bank with one of the roles. */
    LoanFile asBank(Actor actor, String loanNo, Role... roles) {
        LoanFile file = files.get(actor, loanNo);
        boolean role = false;
        for (Role r : roles) role |= actor.has(r);
        if (!role || !actor.visibleOrgIds().contains(file.loan().bankOrgId())) {
            throw new AccessDeniedException("only the lending bank's " + List.of(roles) + " may do this");
        }
        return file;
    }

    static void require(Decision decision) {
        if (!decision.isAllowed()) throw LendingRules.refusal(decision);
    }

    /** A caller who read an older version gets the conflict before any guard, so a lost race is always a 409. */
    static void requireVersion(LoanFile file, int expectedVersion) {
        if (file.version() != expectedVersion) throw new ConcurrentEditConflict("loan", file.loanNo(), expectedVersion);
    }

    static void requireState(LoanFile file, LoanState... allowed) {
        for (LoanState s : allowed) if (file.state() == s) return;
        throw LendingRules.APPLICATION_STATE.violation(new Rule.Words(Origination.zh(file.state()), String.valueOf(file.state())));
    }

    /** Moves to {@code to} (a step of the state machine), writing the columns, if the version is still current. */
    LoanFile move(Actor actor, LoanFile file, int expectedVersion, LoanState to, Map<String, Object> columns,
                  Map<String, Object> details) {
        require(Origination.move(file.state(), to));
        LoanFile after = update(actor, file, expectedVersion, to, columns);
        record(actor, after, to.name(), Map.of("state", file.state().name(), "version", file.version()), details);
        return after;
    }

    /** A change within a step (a valuation attached, a pledge registered): same version check, same ledger. */
    LoanFile touch(Actor actor, LoanFile file, int expectedVersion, String action, Map<String, Object> columns,
                   Map<String, Object> details) {
        LoanFile after = update(actor, file, expectedVersion, file.state(), columns);
        record(actor, after, action, null, details);
        return after;
    }

    /** The guarded update, and the file as it stands after it (one statement). */
    private LoanFile update(Actor actor, LoanFile file, int expectedVersion, LoanState to, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("update loan set state = :to, version = version + 1");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" where id = :id and version = :version and state = :from");
        Map<String, Object> params = new HashMap<>(columns);
        params.put("to", to.name());
        params.put("id", file.loan().id());
        params.put("version", expectedVersion);
        params.put("from", file.state().name());
        return files.updateAndGet(actor, sql.toString(), params)
                .orElseThrow(() -> new ConcurrentEditConflict("loan", file.loanNo(), expectedVersion));
    }

    void record(Actor actor, LoanFile file, String action, Object before, Map<String, Object> details) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", file.state().name());
        after.put("version", file.version());
        if (details != null) after.put("details", details);
        events.publishEvent(new LedgerFact(actor, SUBJECT, file.loanNo(), action,
                List.of(file.loan().bankOrgId(), file.loan().enterpriseId()), before, after));
    }
}
