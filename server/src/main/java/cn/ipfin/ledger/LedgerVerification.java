package cn.ipfin.ledger;

import java.time.Instant;

/**
 * The result of recomputing every chain of the ledger.
 *
 * @param firstBroken the earliest entry (by id) whose hash, link or sequence does not hold; null when intact
 */
public record LedgerVerification(boolean intact, long entriesChecked, int chains, BrokenEntry firstBroken,
                                 Instant verifiedAt) {

    /**
     * @param reason in English and Chinese, e.g. "hash does not match content / 哈希与内容不符"
     */
    public record BrokenEntry(Long entryId, int chainNo, long seq, String reason) {
    }
}
