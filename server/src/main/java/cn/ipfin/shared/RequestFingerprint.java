package cn.ipfin.shared;

import cn.ipfin.core.digest.Sha256;

import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What an Idempotency-Key is stored with: the SHA-256 of the command and its request (path values and body, as
 * JSON), so that a key sent again with a different request is told apart from a retry and refused with 422, as the
 * IETF Idempotency-Key header draft says — never answered with the first result as if it matched.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static byte[] of(JsonMapper json, String command, Object... request) {
        var digest = Sha256.digest();
        digest.update(command.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(json.writeValueAsBytes(List.of(request)));
        return digest.digest();
    }

    /** The fingerprint of a command whose request is a few plain values. */
    public static byte[] of(String command, String... request) {
        var digest = Sha256.digest();
        digest.update(command.getBytes(StandardCharsets.UTF_8));
        for (String part : request) {
            digest.update((byte) 0);
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
        }
        return digest.digest();
    }

    /** Whether a stored fingerprint allows this request to be answered as a retry; none stored (older rows) does. */
    public static boolean matches(byte[] stored, byte[] request) {
        return stored == null || Arrays.equals(stored, request);
    }

    public static RuleViolation keyReused() {
        return ApiRules.IDEMPOTENCY_KEY_REUSED.violation();
    }
}
