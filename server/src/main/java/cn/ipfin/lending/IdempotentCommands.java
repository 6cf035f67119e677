package cn.ipfin.lending;

import cn.ipfin.ledger.Ledger;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ApiRules;
import cn.ipfin.shared.KeyedCommand;
import cn.ipfin.shared.RequestFingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Runs {@code work} for the caller's command, once per key. What identifies the request besides the command is
     * the path's values and the body: a key sent again with another request is refused (422) instead of answered
     * with the first result.
     */
    @Transactional
    LoanFile run(KeyedCommand call, String command, Object body, Supplier<LoanFile> work) {
        if (!call.keyed()) return work.get();
        Actor actor = call.actor();
        String key = call.key();
        List<Object> request = new ArrayList<>(call.pathValues());
        request.add(body);
        if (key.length() > 100) throw ApiRules.IDEMPOTENCY_KEY_TOO_LONG.violation();
        byte[] fingerprint = RequestFingerprint.of(json, command, request.toArray());
        int claimed = jdbc.sql("""
                        insert into loan_command (org_id, idempotency_key, command, request_hash, created_at)
                        values (:org, :key, :command, :hash, :at) on conflict do nothing""")
                .param("org", actor.orgId()).param("key", key).param("command", command).param("hash", fingerprint)
                .param("at", Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            record First(String command, String response, byte[] hash) {
            }
            var first = jdbc.sql("select command, response, request_hash from loan_command where org_id = :org and idempotency_key = :key")
                    .param("org", actor.orgId()).param("key", key)
                    .query((rs, i) -> new First(rs.getString(1), rs.getString(2), rs.getBytes(3))).single();
            if (!first.command().equals(command)) {
                throw ApiRules.IDEMPOTENCY_KEY_OTHER_COMMAND.violation(first.command());
            }
            if (!RequestFingerprint.matches(first.hash(), fingerprint)) throw RequestFingerprint.keyReused();
            return json.readValue(first.response(), LoanFile.class);
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
