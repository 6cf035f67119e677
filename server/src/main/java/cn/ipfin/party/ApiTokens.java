package cn.ipfin.party;

import cn.ipfin.core.digest.Sha256;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque bearer tokens for API clients: 32 random bytes (base64url), issued after a password sign-in and valid for
 * {@code ipfin.security.api-token-validity} (8 hours by default). Only the token's SHA-256 hash is stored, so a
 * copy of the database does not hand out sessions; checking a token is one indexed query instead of a bcrypt check.
 */
@Service
class ApiTokens {

    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Clock clock;
    private final Settings settings;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, UserAccounts accounts, Clock clock, Settings settings) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.settings = settings;
    }

    record Issued(String token, Instant expiresAt) {
    }

    @Transactional
    Issued issue(long userId) {
        byte[] raw = new byte[TOKEN_BYTES];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expires = now.plus(settings.apiTokenValidity());
        // expired tokens of this user are of no further use
        jdbc.sql("delete from api_token where user_id = :user and expires_at <= :now")
                .param("user", userId).param("now", Timestamp.from(now)).update();
        jdbc.sql("insert into api_token (token_hash, user_id, issued_at, expires_at) values (:hash, :user, :now, :exp)")
                .param("hash", hash(token))
                .param("user", userId)
                .param("now", Timestamp.from(now))
                .param("exp", Timestamp.from(expires))
                .update();
        return new Issued(token, expires);
    }

    /** The holder of an unexpired token; empty for an unknown, expired or revoked one. */
    Optional<IpfinUserDetails> authenticate(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.loadUserByTokenHash(hash(token));
    }

    /** @return whether the token existed (and belonged to the user) */
    @Transactional
    boolean revoke(String token, long userId) {
        return jdbc.sql("delete from api_token where token_hash = :hash and user_id = :user")
                .param("hash", hash(token)).param("user", userId).update() > 0;
    }

    static byte[] hash(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.US_ASCII));
    }

    @ConfigurationProperties("ipfin.security")
    record Settings(@DefaultValue("8h") Duration apiTokenValidity) {
        Settings {
            if (apiTokenValidity.isNegative() || apiTokenValidity.isZero()) {
                throw new IllegalArgumentException("ipfin.security.api-token-validity must be positive");
            }
        }
    }
}
