package cn.ipfin.core.ledger;

import cn.ipfin.core.digest.Sha256;

import java.nio.charset.StandardCharsets;

/**
 * SHA-256 hash chain of the ledger: hash(n) = SHA-256(hash(n-1) ‖ canonical(record n)). Changing any field of
 * any entry, or removing or reordering entries, changes every later hash of its chain.
 *
 * <p>Fields are separated by the ASCII unit separator and prefixed by their length, so that no two different
 * records encode to the same bytes ("ab"+"c" vs "a"+"bc").
 */
public final class LedgerHash {

    /** The hash that precedes the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    private LedgerHash() {
    }

    public static String of(String previousHash, LedgerRecord r) {
        var canonical = new StringBuilder(256);
        field(canonical, previousHash);
        field(canonical, Integer.toString(r.chainNo()));
        field(canonical, Long.toString(r.seq()));
        field(canonical, r.occurredAt().toString());
        field(canonical, r.actorUser());
        field(canonical, r.actorOrgId() == null ? null : r.actorOrgId().toString());
        field(canonical, r.subjectType());
        field(canonical, r.subjectId());
        field(canonical, r.action());
        field(canonical, r.partyOrgIds().toString());
        field(canonical, r.beforeState());
        field(canonical, r.afterState());
        return Sha256.hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-1\u001f");
        } else {
            out.append(value.length()).append(':').append(value).append('\u001f');
        }
    }
}
