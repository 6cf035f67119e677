package cn.ipfin.party;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Slows password guessing: after {@code maxFailedLogins} wrong passwords in a row an account is locked for
 * {@code lockMinutes}, for the pages and the API alike. A successful sign-in resets the count.
 */
@Component
class LoginThrottle {

    private final UserAccounts accounts;
    private final Settings settings;

    LoginThrottle(UserAccounts accounts, Settings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(event.getAuthentication().getName(), settings.maxFailedLogins(),
                Duration.ofMinutes(settings.lockMinutes()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        // the user details were loaded for this very sign-in: nothing to reset means no database round trip
        if (event.getAuthentication().getPrincipal() instanceof IpfinUserDetails user
                && !user.hasLoginFailuresToReset()) {
            return;
        }
        accounts.recordSuccess(event.getAuthentication().getName());
    }

    @ConfigurationProperties("ipfin.security")
    record Settings(int maxFailedLogins, int lockMinutes) {
        Settings {
            if (maxFailedLogins < 1 || lockMinutes < 1) {
                throw new IllegalArgumentException("ipfin.security.max-failed-logins and lock-minutes must be >= 1");
            }
        }
    }
}
