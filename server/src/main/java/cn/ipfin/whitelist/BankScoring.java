package cn.ipfin.whitelist;

import cn.ipfin.core.whitelist.BankRule;
import cn.ipfin.core.whitelist.QuasiIdentifier;
import cn.ipfin.core.whitelist.ReleasedCandidate;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A bank's own scoring rules run inside the platform (seed 004 (十三) "usable but invisible"): the bank submits a
 * CEL rule over the generalised features ({@link BankRule}), runs it over its release of a period and gets back
 * token → decision or score, nothing more; it may adopt a decision rule's results as its pre-assessment.
 */
@Service
public class BankScoring {

    private final JdbcClient jdbc;
    private final Clock clock;

    BankScoring(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record SubmittedRule(long id, String name, String expression, BankRule.Kind kind, Instant submittedAt) {
    }

    /** One result as the bank sees it: the token of its release and the rule's decision or score. */
    public record Result(String token, Boolean accepted, BigDecimal score) {
    }

    /** Compiles the rule first: one that names anything but the released ranges is refused and nothing is kept. */
    @Transactional
    public SubmittedRule submit(Actor actor, String name, String expression) {
        requireBank(actor);
        BankRule rule = compile(expression);
        String title = name == null || name.isBlank() ? "规则" : name.strip();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into whitelist_bank_rule (bank_org_id, name, expression, kind, submitted_by, submitted_at)
                        values (:b, :n, :x, :k, :by, :at) returning id""")
                .param("b", actor.orgId()).param("n", title.length() > 80 ? title.substring(0, 80) : title)
                .param("x", rule.source()).param("k", rule.kind().name()).param("by", actor.username())
                .param("at", Timestamp.from(now)).query(Long.class).single();
        return new SubmittedRule(id, title, rule.source(), rule.kind(), now);
    }

    /** The bank's own rules; another bank's are never listed. */
    @Transactional(readOnly = true)
    public List<SubmittedRule> rules(Actor actor) {
        requireBank(actor);
        return jdbc.sql("""
                        select id, name, expression, kind, submitted_at from whitelist_bank_rule
                        where bank_org_id = :b order by submitted_at desc, id desc""")
                .param("b", actor.orgId())
                .query((rs, i) -> new SubmittedRule(rs.getLong(1), rs.getString(2), rs.getString(3),
                        BankRule.Kind.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * Runs one of the bank's rules over its release of {@code period} and keeps the results (replacing an earlier
     * run). The rule sees each row's ranges, never its token or the enterprise behind it.
     */
    @Transactional
    public List<Result> run(Actor actor, long ruleId, String period) {
        requireBank(actor);
        BankRule rule = compile(ownRule(actor, ruleId));
        long releaseId = jdbc.sql("""
                        select r.id from whitelist_release r join whitelist_period p on p.id = r.period_id
                        where p.period = :p and r.bank_org_id = :b""")
                .param("p", period).param("b", actor.orgId()).query(Long.class).optional()
                .orElseThrow(() -> new RecordNotFound("whitelist release", period));
        // only the released columns are read: enterprise_id stays in the table
        List<ReleasedCandidate> rows = jdbc.sql("""
                        select token, industry, region, years, revenue, patents, score_band
                        from whitelist_release_row where release_id = :r order by token""")
                .param("r", releaseId)
                .query((rs, i) -> {
                    Map<QuasiIdentifier, String> features = new EnumMap<>(QuasiIdentifier.class);
                    features.put(QuasiIdentifier.INDUSTRY, rs.getString(2));
                    features.put(QuasiIdentifier.REGION, rs.getString(3));
                    features.put(QuasiIdentifier.YEARS_ESTABLISHED, rs.getString(4));
                    features.put(QuasiIdentifier.REVENUE, rs.getString(5));
                    features.put(QuasiIdentifier.PATENTS, rs.getString(6));
                    features.put(QuasiIdentifier.SCORE, rs.getString(7));
                    return new ReleasedCandidate(rs.getString(1), features);
                })
                .list();
        List<BankRule.Outcome> outcomes;
        try {
            outcomes = rule.run(rows);
        } catch (BankRule.InvalidRule e) {
            throw WhitelistRules.BANK_RULE_INVALID.violation(String.join(", ", BankRule.VARIABLES), e.getMessage());
        }
        jdbc.sql("delete from whitelist_rule_result where rule_id = :id and release_id = :r")
                .param("id", ruleId).param("r", releaseId).update();
        Timestamp now = Timestamp.from(clock.instant());
        for (BankRule.Outcome o : outcomes) {
            jdbc.sql("""
                            insert into whitelist_rule_result (rule_id, release_id, token, accepted, score, ran_at)
                            values (:id, :r, :t, :a, :s, :at)""")
                    .param("id", ruleId).param("r", releaseId).param("t", o.token()).param("a", o.accepted())
                    .param("s", o.score()).param("at", now).update();
        }
        return results(actor, ruleId, period);
    }

    /** The kept results of the bank's rule over its release of {@code period}, the best first. */
    @Transactional(readOnly = true)
    public List<Result> results(Actor actor, long ruleId, String period) {
        requireBank(actor);
        ownRule(actor, ruleId);
        return jdbc.sql("""
                        select x.token, x.accepted, x.score from whitelist_rule_result x
                        join whitelist_release r on r.id = x.release_id join whitelist_period p on p.id = r.period_id
                        where x.rule_id = :id and p.period = :p and r.bank_org_id = :b
                        order by x.accepted desc nulls last, x.score desc nulls last, x.token""")
                .param("id", ruleId).param("p", period).param("b", actor.orgId())
                .query((rs, i) -> new Result(rs.getString(1), (Boolean) rs.getObject(2), rs.getBigDecimal(3)))
                .list();
    }

    /**
     * Runs a decision rule afresh and adopts its results as the bank's pre-assessment of its release: accepted tokens
     * become of interest, the others not. Returns how many tokens were marked of interest.

     */
    @Transactional
    public int adopt(Actor actor, long ruleId, String period) {
        requireBank(actor);
        if (compile(ownRule(actor, ruleId)).kind() != BankRule.Kind.DECISION) {
            throw WhitelistRules.BANK_RULE_INVALID.violation(String.join(", ", BankRule.VARIABLES),
                    "only a decision (true/false) can be adopted as the pre-assessment");
        }
        run(actor, ruleId, period);
        jdbc.sql("""
                        update whitelist_release_row w set assessment = case when x.accepted then 'INTERESTED' else 'NOT_INTERESTED' end
                        from whitelist_rule_result x, whitelist_release r, whitelist_period p
                        where x.rule_id = :id and x.release_id = w.release_id and x.token = w.token
                          and r.id = w.release_id and p.id = r.period_id and p.period = :p and r.bank_org_id = :b""")
                .param("id", ruleId).param("p", period).param("b", actor.orgId()).update();
        return (int) results(actor, ruleId, period).stream().filter(r -> Boolean.TRUE.equals(r.accepted())).count();
    }

    private String ownRule(Actor actor, long ruleId) {
        return jdbc.sql("select expression from whitelist_bank_rule where id = :id and bank_org_id = :b")
                .param("id", ruleId).param("b", actor.orgId()).query(String.class).optional()
                .orElseThrow(() -> new RecordNotFound("scoring rule", Long.toString(ruleId)));
    }

    private static BankRule compile(String expression) {
        try {
            return BankRule.compile(expression);
        } catch (BankRule.InvalidRule e) {
            throw WhitelistRules.BANK_RULE_INVALID.violation(String.join(", ", BankRule.VARIABLES), e.getMessage());
        }
    }

    private static void requireBank(Actor actor) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("only a bank runs its own scoring rules");
        }
    }
}
