package cn.ipfin.lending;

import cn.ipfin.core.lending.Decision;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.Origination;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

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

    private final JdbcClient jdbc;
    private final LoanFiles files;
    private final ApplicationEventPublisher events;

    Transitions(JdbcClient jdbc, LoanFiles files, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
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
        if (!decision.isAllowed()) throw new RuleViolation(decision.zh(), decision.en());
    }

    /** A caller who read an older version gets the conflict before any guard, so a lost race is always a 409. */
    static void requireVersion(LoanFile file, int expectedVersion) {
        if (file.version() != expectedVersion) throw new ConcurrentEditConflict("loan", file.loanNo(), expectedVersion);
    }

    static void requireState(LoanFile file, LoanState... allowed) {
        for (LoanState s : allowed) if (file.state() == s) return;
        throw new RuleViolation("申请当前状态为“" + Origination.zh(file.state()) + "”，不能进行此操作",
                "not allowed while the application is " + file.state());
    }

    /** Moves to {@code to} (a step of the state machine), writing the columns, if the version is still current. */
    LoanFile move(Actor actor, LoanFile file, int expectedVersion, LoanState to, Map<String, Object> columns,
                  Map<String, Object> details) {
        require(Origination.move(file.state(), to));
        update(file, expectedVersion, to, columns);
        LoanFile after = files.get(actor, file.loanNo());
        record(actor, after, to.name(), Map.of("state", file.state().name(), "version", file.version()), details);
        return after;
    }

    /** A change within a step (a valuation attached, a pledge registered): same version check, same ledger. */
    LoanFile touch(Actor actor, LoanFile file, int expectedVersion, String action, Map<String, Object> columns,
                   Map<String, Object> details) {
        update(file, expectedVersion, file.state(), columns);
        LoanFile after = files.get(actor, file.loanNo());
        record(actor, after, action, null, details);
        return after;
    }

    private void update(LoanFile file, int expectedVersion, LoanState to, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("update loan set state = :to, version = version + 1");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" where id = :id and version = :version and state = :from");
        var spec = jdbc.sql(sql.toString()).param("to", to.name()).param("id", file.loan().id())
                .param("version", expectedVersion).param("from", file.state().name());
        for (var e : columns.entrySet()) spec = spec.param(e.getKey(), e.getValue());
        if (spec.update() != 1) throw new ConcurrentEditConflict("loan", file.loanNo(), expectedVersion);
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
