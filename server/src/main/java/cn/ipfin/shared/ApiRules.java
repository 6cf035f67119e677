package cn.ipfin.shared;

/** Rules every command API keeps: the Idempotency-Key header (IETF draft, as README's API section says). */
public final class ApiRules {

    private static final String IDEMPOTENCY_DRAFT = "IETF draft-ietf-httpapi-idempotency-key-header";

    public static final Rule IDEMPOTENCY_KEY_REUSED = Rule.of("api.idempotency-key-reused", IDEMPOTENCY_DRAFT,
            "该幂等键（Idempotency-Key）已用于内容不同的请求；新的请求请使用新的幂等键",
            "this Idempotency-Key was already used with a different request; send a new key for a new request");

    public static final Rule IDEMPOTENCY_KEY_OTHER_COMMAND = Rule.of("api.idempotency-key-other-command", IDEMPOTENCY_DRAFT,
            "该幂等键已用于另一操作（{command}）", "this Idempotency-Key was used for another command ({command})", "command");

    public static final Rule IDEMPOTENCY_KEY_TOO_LONG = Rule.of("api.idempotency-key-too-long", Rule.PLATFORM,
            "幂等键过长（最多 100 个字符）", "Idempotency-Key longer than 100 characters");

    private ApiRules() {
    }
}
