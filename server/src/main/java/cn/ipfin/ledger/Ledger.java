package cn.ipfin.ledger;

import cn.ipfin.core.ledger.LedgerHash;
import cn.ipfin.core.ledger.LedgerRecord;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Visibility;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The append-only, hash-chained ledger of record (台账). Every module's state changes arrive here as
 * {@link LedgerFact}s inside the transaction that made them; readers see only entries of subjects their
 * organisation is party to (the IP office sees the whole district).
 */
@Service
public class Ledger {

    static final RowMapper<LedgerEntry> ENTRY = Ledger::entry;
    static final String COLUMNS = "id, chain_no, seq, occurred_at, actor_user, actor_org_id, subject_type, subject_id,"
            + " action, party_org_ids, before_state, after_state, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final DataSource dataSource;
    /** Facts held back by {@link #appendingLast} on this thread, for the transaction it ran in. */
    private final ThreadLocal<Deferred> deferred = new ThreadLocal<>();

    /** @param transaction the transaction's resource (its connection holder): a nested new transaction is another */
    private record Deferred(Object transaction, List<LedgerFact> facts) {
    }

    Ledger(JdbcClient jdbc, DataSource dataSource, JsonMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records a fact published by any module; it must be inside that module's transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(LedgerFact fact) {
        Deferred later = deferred.get();
        if (later != null && later.transaction() == TransactionSynchronizationManager.getResource(dataSource)) {
            later.facts().add(fact);
        } else {
            append(fact);
        }
    }

    /**
     * Runs {@code work} and appends the facts published during it when it returns, in the order published, inside
     * the caller's transaction. Appending takes the chain head's row lock, which every other writer of that chain
     * waits for until this transaction commits; a command that has statements of its own to run after its change
     * (an idempotent command storing its response) runs them inside {@code work}, so the lock is held only for the
     * transaction's last round trips.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T appendingLast(Supplier<T> work) {
        if (deferred.get() != null) {
            return work.get();
        }
        List<LedgerFact> facts = new ArrayList<>();
        deferred.set(new Deferred(TransactionSynchronizationManager.getResource(dataSource), facts));
        T result;
        try {
            result = work.get();
        } finally {
            deferred.remove();
        }
        facts.forEach(this::append);
        return result;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntry append(LedgerFact fact) {
        int chain = LedgerChains.of(fact.subjectType(), fact.subjectId());
        Actor actor = fact.actor();
        Instant at = clock.instant();
        String before = toJson(fact.before());
        String after = toJson(fact.after());
        // Optimistically after the head as read, which locks it only with the statement that writes the entry; if
        // another writer of this chain moved the head meanwhile, wait for it under the row lock and append after it.
        // The row lock orders the writers of one chain; other chains proceed in parallel.
        Head head = jdbc.sql("select seq, hash from ledger_chain_head where chain_no = :chain")
                .param("chain", chain).query(Ledger::head).single();
        LedgerEntry entry = appendAfter(head, chain, at, actor, fact, before, after);
        if (entry == null) {
            head = jdbc.sql("select seq, hash from ledger_chain_head where chain_no = :chain for update")
                    .param("chain", chain).query(Ledger::head).single();
            entry = appendAfter(head, chain, at, actor, fact, before, after);
            if (entry == null) throw new IllegalStateException("ledger chain " + chain + " moved under its row lock");
        }
        return entry;
    }

    private record Head(long seq, String hash) {
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getLong(1), rs.getString(2));
    }

    /** The entry after {@code head}, with the chain's new head, in one statement; null if the head is no longer it. */
    private LedgerEntry appendAfter(Head head, int chain, Instant at, Actor actor, LedgerFact fact, String before,
                                    String after) {
        long seq = head.seq() + 1;
        var record = new LedgerRecord(chain, seq, at, actor.username(), actor.orgId() == 0 ? null : actor.orgId(),
                fact.subjectType(), fact.subjectId(), fact.action(), List.copyOf(fact.partyOrgIds()), before, after);
        String hash = LedgerHash.of(head.hash(), record);
        // nullable values bound with their type, so that the server-side statement is the same for every entry
        Long id = jdbc.sql("""
                        with moved as (
                            update ledger_chain_head set seq = :seq, hash = :hash
                            where chain_no = :chain and seq = :previousSeq
                            returning chain_no)
                        insert into ledger_entry (chain_no, seq, occurred_at, actor_user, actor_org_id, subject_type,
                            subject_id, action, party_org_ids, before_state, after_state, prev_hash, hash)
                        select chain_no, :seq, cast(:at as timestamptz), :user, :org, :type, :sid, :action, :parties, :before, :after,
                            :prev, :hash
                        from moved
                        returning id""")
                .param("chain", chain)
                .param("seq", seq)
                .param("previousSeq", head.seq())
                .param("at", Timestamp.from(record.occurredAt()))
                .param("user", record.actorUser())
                .param("org", record.actorOrgId(), Types.BIGINT)
                .param("type", record.subjectType())
                .param("sid", record.subjectId())
                .param("action", record.action())
                .param("parties", record.partyOrgIds().toArray(Long[]::new))
                .param("before", record.beforeState(), Types.VARCHAR)
                .param("after", record.afterState(), Types.VARCHAR)
                .param("prev", head.hash())
                .param("hash", hash)
                .query(Long.class).optional().orElse(null);
        if (id == null) return null;
        return new LedgerEntry(id, chain, seq, record.occurredAt(), record.actorUser(), record.actorOrgId(),
                record.subjectType(), record.subjectId(), record.action(), record.partyOrgIds(),
                record.beforeState(), record.afterState(), head.hash(), hash);
    }

    /** The history of one subject, oldest first, if the actor may see it. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> history(Actor actor, String subjectType, String subjectId) {
        return jdbc.sql("select " + COLUMNS + " from ledger_entry where subject_type = :type and subject_id = :sid"
                        + " and (:all or party_org_ids && :orgs) order by seq")
                .param("type", subjectType).param("sid", subjectId)
                .params(Visibility.of(actor))
                .query(ENTRY).list();
    }

    /**
     * The ledger list's filters, all optional: subject type (a capability's ledger, e.g. LOAN), the subject's id (a
     * loan number, a valuation id), and the business dates (inclusive, in the business time zone) it was recorded on.
     */
    public record Filter(String subjectType, String subjectId, LocalDate from, LocalDate to) {

        public static Filter type(String subjectType) {
            return new Filter(subjectType, null, null, null);
        }
    }

    /** The newest entries the actor may see, optionally of one subject type (a capability's ledger view). */
    @Transactional(readOnly = true)
    public LedgerPage search(Actor actor, String subjectType, int page, int size) {
        return search(actor, Filter.type(subjectType), page, size);
    }

    /** The newest entries the actor may see that the filter matches. */
    @Transactional(readOnly = true)
    public LedgerPage search(Actor actor, Filter filter, int page, int size) {
        var where = new StringBuilder(" where (:all or party_org_ids && :orgs)");
        var params = new java.util.HashMap<String, Object>();
        params.putAll(Visibility.of(actor));
        if (filter.subjectType() != null) {
            where.append(" and subject_type = :type");
            params.put("type", filter.subjectType());
        }
        if (filter.subjectId() != null) {
            where.append(" and subject_id = :sid");
            params.put("sid", filter.subjectId());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(zone()).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone()).toInstant()));
        }
        long total = jdbc.sql("select count(*) from ledger_entry" + where).params(params).query(Long.class).single();
        List<LedgerEntry> entries = jdbc.sql("select " + COLUMNS + " from ledger_entry" + where
                        + " order by id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query(ENTRY).list();
        return new LedgerPage(entries, page, size, total);
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String s ? s : json.writeValueAsString(state);
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        Array parties = rs.getArray("party_org_ids");
        List<Long> orgs = Arrays.asList((Long[]) parties.getArray());
        Long actorOrg = rs.getObject("actor_org_id", Long.class);
        return new LedgerEntry(rs.getLong("id"), rs.getInt("chain_no"), rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_user"),
                actorOrg, rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("action"), orgs, rs.getString("before_state"), rs.getString("after_state"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** The business clock: exports say when they were made by it. */
    Clock clock() {
        return clock;
    }

    /** The business time zone, in which the ledger's times are shown. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }
}
