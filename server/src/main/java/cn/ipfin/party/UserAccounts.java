package cn.ipfin.party;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Users of the platform: each belongs to one organisation and holds roles of that organisation's type. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        record Row(long id, String username, String displayName, String hash, long orgId, String orgType,
                   String[] roles, boolean enabled, Timestamp lockedUntil) {
        }
        Row row = jdbc.sql("""
                        select u.id, u.username, u.display_name, u.password_hash, u.organisation_id, o.type,
                               u.roles, u.enabled, u.locked_until
                        from app_user u join organisation o on o.id = u.organisation_id
                        where u.username = :username""")
                .param("username", username)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), (String[]) rs.getArray(7).getArray(), rs.getBoolean(8),
                        rs.getTimestamp(9)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(row.roles()).map(Role::valueOf).forEach(roles::add);
        var actor = new Actor(row.id(), row.username(), row.orgId(), OrgType.valueOf(row.orgType()), roles,
                visibleOrgIds(row.orgId()));
        return new IpfinUserDetails(actor, row.displayName(), row.hash(), row.enabled(),
                row.lockedUntil() == null ? null : row.lockedUntil().toInstant(), clock.instant());
    }

    /** Own organisation plus its branches: a bank's head office sees what its branches do. */
    private Set<Long> visibleOrgIds(long orgId) {
        return new HashSet<>(jdbc.sql("select id from organisation where id = :id or parent_id = :id")
                .param("id", orgId).query(Long.class).list());
    }

    /**
     * Creates a user; the roles must belong to the organisation's type.
     *
     * @return the new user's id
     */
    @Transactional
    public long create(String username, String rawPassword, String displayName, long orgId, List<Role> roles) {
        String orgType = jdbc.sql("select type from organisation where id = :id").param("id", orgId)
                .query(String.class).single();
        for (Role role : roles) {
            if (!role.orgType().name().equals(orgType)) {
                throw new IllegalArgumentException("role " + role + " does not belong to a " + orgType);
            }
        }
        return jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, organisation_id, roles)
                        values (:username, :hash, :name, :org, :roles) returning id""")
                .param("username", username)
                .param("hash", passwords.encode(rawPassword))
                .param("name", displayName)
                .param("org", orgId)
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    /** Counts a failed sign-in; the account locks for {@code lock} once {@code max} failures are reached. */
    @Transactional
    void recordFailure(String username, int max, Duration lock) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update app_user set failed_logins = failed_logins + 1,
                            locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                        where username = :username""")
                .param("max", max)
                .param("until", Timestamp.from(now.plus(lock)))
                .param("username", username)
                .update();
    }

    @Transactional
    void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = :username"
                        + " and (failed_logins > 0 or locked_until is not null)")
                .param("username", username).update();
    }
}
