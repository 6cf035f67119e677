package cn.ipfin.core.asset;

/** Legal status of an IP right as the registry reports it. Only IN_FORCE rights can be pledged. */
public enum LegalStatus {
    /** filed, not yet granted or registered */
    PENDING,
    /** granted / registered and maintained */
    IN_FORCE,
    /** ended because an annual fee was not paid within the grace period */
    LAPSED,
    /** term ran out */
    EXPIRED,
    INVALIDATED,
    /** in force, but an invalidation request is pending */
    UNDER_INVALIDATION
}
