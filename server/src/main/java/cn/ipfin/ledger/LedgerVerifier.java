package cn.ipfin.ledger;

import cn.ipfin.core.ledger.LedgerHash;
import cn.ipfin.core.ledger.LedgerRecord;
import cn.ipfin.ledger.LedgerVerification.BrokenEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Recomputes every hash chain from its genesis and reports the first entry that does not hold: content that no
 * longer matches its hash, a broken link to the previous hash, a gap in the sequence, or a chain head that
 * points past the last entry (entries deleted from the end).
 */
@Service
public class LedgerVerifier {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LedgerVerifier(DataSource dataSource, Clock clock) {
        // Its own template: a large fetch size streams millions of entries through a cursor in constant memory.
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(5_000);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LedgerVerification verify() {
        long checked = 0;
        BrokenEntry first = null;
        for (int chain = 0; chain < LedgerChains.COUNT; chain++) {
            var walk = new ChainWalk(chain);
            jdbc.query("select " + Ledger.COLUMNS + " from ledger_entry where chain_no = ? order by seq",
                    rs -> {
                        walk.accept(Ledger.ENTRY.mapRow(rs, 0));
                    }, chain);
            checked += walk.count;
            BrokenEntry broken = walk.broken != null ? walk.broken : headMismatch(chain, walk).orElse(null);
            if (broken != null && (first == null || earlier(broken, first))) {
                first = broken;
            }
        }
        return new LedgerVerification(first == null, checked, LedgerChains.COUNT, first, clock.instant());
    }

    private Optional<BrokenEntry> headMismatch(int chain, ChainWalk walk) {
        var head = jdbc.queryForMap("select seq, hash from ledger_chain_head where chain_no = ?", chain);
        long headSeq = ((Number) head.get("seq")).longValue();
        String headHash = (String) head.get("hash");
        if (headSeq != walk.lastSeq || !Objects.equals(headHash, walk.lastHash)) {
            return Optional.of(new BrokenEntry(null, chain, walk.lastSeq + 1,
                    "chain head is at seq " + headSeq + " but the last entry is seq " + walk.lastSeq
                            + ": entries missing / 链头与最后一条记录不符：记录缺失"));
        }
        return Optional.empty();
    }

    private static boolean earlier(BrokenEntry a, BrokenEntry b) {
        Comparator<BrokenEntry> byId = Comparator.comparing(BrokenEntry::entryId,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return byId.compare(a, b) < 0;
    }

    /** Walks one chain in sequence order and remembers the first entry that breaks it. */
    private static final class ChainWalk {
        private final int chain;
        private long count;
        private long lastSeq;
        private String lastHash = LedgerHash.GENESIS;
        private BrokenEntry broken;

        ChainWalk(int chain) {
            this.chain = chain;
        }

        void accept(LedgerEntry e) {
            count++;
            if (broken == null) {
                broken = check(e);
            }
            lastSeq = e.seq();
            lastHash = e.hash();
        }

        private BrokenEntry check(LedgerEntry e) {
            if (e.seq() != lastSeq + 1) {
                return new BrokenEntry(e.id(), chain, e.seq(), "sequence jumps from " + lastSeq + " to " + e.seq()
                        + ": entries missing / 序号不连续：记录缺失");
            }
            if (!e.prevHash().equals(lastHash)) {
                return new BrokenEntry(e.id(), chain, e.seq(),
                        "previous-hash link does not match the entry before / 前序哈希与上一条记录不符");
            }
            var record = new LedgerRecord(e.chainNo(), e.seq(), e.occurredAt(), e.actorUser(), e.actorOrgId(),
                    e.subjectType(), e.subjectId(), e.action(), e.partyOrgIds(), e.beforeState(), e.afterState());
            if (!LedgerHash.of(e.prevHash(), record).equals(e.hash())) {
                return new BrokenEntry(e.id(), chain, e.seq(),
                        "content does not match its hash: the entry was altered / 内容与哈希不符：记录被篡改");
            }
            return null;
        }
    }
}
