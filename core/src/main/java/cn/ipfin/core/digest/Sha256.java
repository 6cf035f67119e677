package cn.ipfin.core.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the platform's one digest: the ledger's hash chain, the close's chunk digests, a stored file's fingerprint,
 * an API token's stored hash and an Idempotency-Key's request fingerprint.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest to feed in parts. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (java.security.MessageDigest's javadoc)
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    public static byte[] of(byte[] content) {
        return digest().digest(content);
    }

    /** The digest as 64 lower-case hex digits, as files' fingerprints are stored and shown. */
    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(of(content));
    }
}
