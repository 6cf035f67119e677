package cn.ipfin.party;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused before its password was checked: too many failed sign-ins from this address or for this name. */
class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, for the Retry-After header. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
