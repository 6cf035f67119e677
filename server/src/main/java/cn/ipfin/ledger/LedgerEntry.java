package cn.ipfin.ledger;

import java.time.Instant;
import java.util.List;

/** One stored entry of the ledger, as readers see it. */
public record LedgerEntry(long id, int chainNo, long seq, Instant occurredAt, String actorUser, Long actorOrgId,
                          String subjectType, String subjectId, String action, List<Long> partyOrgIds,
                          String beforeState, String afterState, String prevHash, String hash) {
}
