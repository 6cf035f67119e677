package cn.ipfin.party;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import cn.ipfin.shared.Visibility;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Organisations of the district. Institutions (banks, valuation firms, guarantors, ...) form a public directory;
 * an enterprise is visible only to itself, to the IP office and to institutions it has authorised.
 */
@Service
public class Organisations {

    private static final RowMapper<Organisation> ROW = (rs, i) -> new Organisation(rs.getLong("id"),
            rs.getString("code"), rs.getString("credit_code"), OrgType.valueOf(rs.getString("type")),
            rs.getString("name"), rs.getString("name_en"), rs.getObject("parent_id", Long.class),
            rs.getString("district"), rs.getString("status"), rs.getInt("version"));
    private static final String VISIBLE = """
             (:all or o.type <> 'ENTERPRISE' or o.id = any(:orgs)
              or exists (select 1 from data_authorisation a where a.enterprise_id = o.id
                         and a.org_id = any(:orgs) and a.revoked_at is null))""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Organisations(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(Actor actor, long id) {
        return jdbc.sql("select o.* from organisation o where o.id = :id and" + VISIBLE)
                .param("id", id).params(Visibility.of(actor))
                .query(ROW).optional();
    }

    /** Institutions of one type (or all institutions), for directories and pickers. */
    @Transactional(readOnly = true)
    public List<Organisation> institutions(OrgType type) {
        return jdbc.sql("select o.* from organisation o where o.type <> 'ENTERPRISE'"
                        + " and (cast(:type as varchar) is null or o.type = :type) order by o.type, o.code")
                .param("type", type == null ? null : type.name())
                .query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> byCode(String code) {
        return jdbc.sql("select o.* from organisation o where o.code = :code").param("code", code).query(ROW).optional();
    }

    /**
     * An institution's status moves from {@code from} to {@code to} (valuation admits and suspends valuation firms), in
     * the caller's transaction; false when it is not at {@code from} in version {@code expectedVersion} any more.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean changeStatus(long id, int expectedVersion, String from, String to) {
        return jdbc.sql("update organisation set status = :to, version = version + 1"
                        + " where id = :id and version = :v and status = :from")
                .param("to", to).param("id", id).param("v", expectedVersion).param("from", from).update() == 1;
    }

    /**
     * Renames an organisation. Only its own users (or the IP office) may; the caller states the version it read,
     * and a concurrent change by someone else is refused rather than overwritten.
     */
    @Transactional
    public Organisation rename(Actor actor, long id, int expectedVersion, String name, String nameEn) {
        Organisation before = find(actor, id).orElseThrow(() -> new RecordNotFound("organisation", id));
        if (!actor.has(Role.IPO_OFFICER) && actor.orgId() != id) {
            throw new AccessDeniedException("only the organisation itself or the IP office may change its profile");
        }
        int updated = jdbc.sql("update organisation set name = :name, name_en = :nameEn, version = version + 1"
                        + " where id = :id and version = :version")
                .param("name", name).param("nameEn", nameEn).param("id", id).param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new ConcurrentEditConflict("organisation", id, expectedVersion);
        }
        Organisation after = find(actor, id).orElseThrow();
        events.publishEvent(new LedgerFact(actor, "ORGANISATION", after.code(), "RENAMED", List.of(id),
                Map.of("name", before.name(), "nameEn", String.valueOf(before.nameEn())),
                Map.of("name", after.name(), "nameEn", String.valueOf(after.nameEn()))));
        return after;
    }
}
