package cn.ipfin.lending;

import cn.ipfin.ledger.Ledger;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Runs a command at most once per idempotency key and organisation: the key is claimed in the command's own
 * transaction (a unique key, so a concurrent retry waits for the first and then finds its result), and a retry
 * returns the first result instead of transitioning again. A command that failed left no key, so it may be retried.
 */
@Component
class IdempotentCommands {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Ledger ledger;
    private final Clock clock;

    IdempotentCommands(JdbcClient jdbc, JsonMapper json, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    LoanFile run(Actor actor, String key, String command, Supplier<LoanFile> work) {
        if (key == null || key.isBlank()) return work.get();
        if (key.length() > 100) throw new RuleViolation("幂等键过长（最多 100 个字符）", "Idempotency-Key longer than 100 characters");
        int claimed = jdbc.sql("""
                        insert into loan_command (org_id, idempotency_key, command, created_at)
                        values (:org, :key, :command, :at) on conflict do nothing""")
                .param("org", actor.orgId()).param("key", key).param("command", command)
                .param("at", Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            var first = jdbc.sql("select command, response from loan_command where org_id = :org and idempotency_key = :key")
                    .param("org", actor.orgId()).param("key", key)
                    .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2)}).single();
            if (!first[0].equals(command)) {
                throw new RuleViolation("该幂等键已用于另一操作（" + first[0] + "）",
                        "this Idempotency-Key was used for another command (" + first[0] + ")");
            }
            return json.readValue(first[1], LoanFile.class);
        }
        // the response is stored before the ledger entries: they lock their chain until this transaction commits
        return ledger.appendingLast(() -> {
            LoanFile result = work.get();
            jdbc.sql("update loan_command set response = :r, loan_no = :no where org_id = :org and idempotency_key = :key")
                    .param("r", json.writeValueAsString(result)).param("no", result.loanNo())
                    .param("org", actor.orgId()).param("key", key).update();
            return result;
        });
    }
}
