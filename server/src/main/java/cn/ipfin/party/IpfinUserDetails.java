package cn.ipfin.party;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;

/** A signed-in user: Spring Security's view of an app_user row, carrying the {@link Actor}. */
final class IpfinUserDetails implements UserDetails, ActorHolder, CredentialsContainer {

    private final Actor actor;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;

    IpfinUserDetails(Actor actor, String displayName, String passwordHash, boolean enabled) {
        this.actor = actor;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
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

    /**
     * Never locked by failed sign-ins: a lock per account would let anyone lock a user out by guessing wrong on
     * purpose. Guessing is slowed per client address and per user name instead ({@link LoginThrottle}).
     */
    @Override
    public boolean isAccountNonLocked() {
        return true;
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
