package cn.ipfin.party;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * An enterprise's authorisation of an institution to see its records (seed 004 (十三)), granted when it applies for a
 * loan at a bank. Party owns {@code data_authorisation}; the others grant through here and read
 * {@code data_authorisation_view} in their visibility predicates.
 */
@Component
public class DataAuthorisations {

    private final JdbcClient jdbc;

    DataAuthorisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Grants (or grants again, after a revocation) in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grant(long enterpriseId, long orgId, Instant at, String purpose) {
        jdbc.sql("""
                        insert into data_authorisation (enterprise_id, org_id, granted_at, purpose)
                        values (:e, :b, :at, :purpose)
                        on conflict (enterprise_id, org_id) do update set revoked_at = null""")
                .param("e", enterpriseId).param("b", orgId).param("at", Timestamp.from(at)).param("purpose", purpose)
                .update();
    }
}
