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

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
        return jdbc.sql(SELECT_USER + " where u.username = :username")
                .param("username", username)
                .query((rs, i) -> details(rs))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /**
     * The user holding an unexpired API token, by the token's SHA-256 hash: one indexed query. Empty for an unknown
     * or expired token. Not in a transaction: one statement is consistent on its own, and every API request pays for
     * this lookup, so it goes without the begin and commit round trips.
     */
    Optional<IpfinUserDetails> loadUserByTokenHash(byte[] tokenHash) {
        return jdbc.sql(SELECT_USER + " join api_token t on t.user_id = u.id"
                        + " where t.token_hash = :hash and t.expires_at > :now")
                .param("hash", tokenHash)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, i) -> details(rs))
                .optional();
    }

    /** The user with the organisations it sees: its own plus its branches (a bank's head office sees theirs). */
    private static final String SELECT_USER = """
            select u.id, u.username, u.display_name, u.password_hash, u.organisation_id, o.type,
                   u.roles, u.enabled, u.locked_until, u.failed_logins,
                   array(select v.id from organisation v where v.id = u.organisation_id
                                                             or v.parent_id = u.organisation_id)
            from app_user u join organisation o on o.id = u.organisation_id""";

    private IpfinUserDetails details(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) rs.getArray(7).getArray()).map(Role::valueOf).forEach(roles::add);
        Set<Long> visible = new HashSet<>();
        for (Long id : (Long[]) rs.getArray(11).getArray()) {
            visible.add(id);
        }
        var actor = new Actor(rs.getLong(1), rs.getString(2), rs.getLong(5), OrgType.valueOf(rs.getString(6)), roles,
                visible);
        return new IpfinUserDetails(actor, rs.getString(3), rs.getString(4), rs.getBoolean(8));
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
}
