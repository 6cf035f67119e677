package cn.ipfin.party;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Instant;
import java.util.Collection;

/** A signed-in user: Spring Security's view of an app_user row, carrying the {@link Actor}. */
final class IpfinUserDetails implements UserDetails, ActorHolder, CredentialsContainer {

    private final Actor actor;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final int failedLogins;
    private final Instant now;

    IpfinUserDetails(Actor actor, String displayName, String passwordHash, boolean enabled, Instant lockedUntil,
                     int failedLogins, Instant now) {
        this.actor = actor;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.failedLogins = failedLogins;
        this.now = now;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(now);
    }

    /** Whether the row, as loaded, had a failed-login count or a lock (even an expired one) to reset. */
    boolean hasLoginFailuresToReset() {
        return failedLogins > 0 || lockedUntil != null;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
