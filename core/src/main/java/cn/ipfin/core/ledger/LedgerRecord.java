package cn.ipfin.core.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The content of one ledger entry that its hash covers. occurredAt is kept to the microsecond, the precision
 * PostgreSQL stores, so that a hash computed before the insert equals the one recomputed from the row.
 */
public record LedgerRecord(int chainNo, long seq, Instant occurredAt, String actorUser, Long actorOrgId,
                           String subjectType, String subjectId, String action, List<Long> partyOrgIds,
                           String beforeState, String afterState) {

    public LedgerRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actorUser, "actorUser");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(action, "action");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        partyOrgIds = partyOrgIds.stream().sorted().distinct().toList();
    }
}
