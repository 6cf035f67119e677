package cn.ipfin.core.whitelist;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The name a bank sees instead of an enterprise's (seed 004 (十三) "可用不可见"): HMAC-SHA256 under the platform's
 * secret over (bank, period, enterprise). The same enterprise has a different token for every bank and every
 * period, so two banks cannot link their releases, nor one bank two periods, and without the secret a token
 * cannot be recomputed from a guessed enterprise. Only the platform, holding the secret, maps tokens back.
 */
public final class PseudonymousTokens {

    private static final int MINIMUM_SECRET_BYTES = 32;
    private static final int TOKEN_BYTES = 16;

    /** Initialised once; each token clones it (a Mac is not thread-safe, and looking one up costs more than a clone). */
    private final Mac prototype;

    public PseudonymousTokens(byte[] platformSecret) {
        if (platformSecret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the platform secret needs at least 32 bytes");
        }
        try {
            this.prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(platformSecret.clone(), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public String tokenFor(String bankId, String period, String enterpriseId) {
        try {
            Mac mac = (Mac) prototype.clone();
            // lengths first, so ("ab","c") and ("a","bc") never collide
            String message = "ipfin-whitelist-token:" + bankId.length() + ":" + bankId + ":" + period.length() + ":"
                    + period + ":" + enterpriseId;
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            byte[] truncated = new byte[TOKEN_BYTES];
            System.arraycopy(digest, 0, truncated, 0, TOKEN_BYTES);
            return "T" + HexFormat.of().withUpperCase().formatHex(truncated);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be cloned", e);
        }
    }
}
