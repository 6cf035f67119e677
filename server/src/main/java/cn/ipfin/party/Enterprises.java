package cn.ipfin.party;

import cn.ipfin.shared.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Enterprises (用资企业). An enterprise sees itself, the IP office sees all, and an institution sees an
 * enterprise only while the enterprise's authorisation for it stands (seed 004 (十三): 客户授权).
 */
@Service
public class Enterprises {

    private static final String VISIBLE = """
             (:all or e.organisation_id = any(:orgs)
              or exists (select 1 from data_authorisation a where a.enterprise_id = e.organisation_id
                         and a.org_id = any(:orgs) and a.revoked_at is null))""";
    private static final String COLUMNS = """
            e.organisation_id, e.credit_code, e.name, e.legal_representative, e.registered_on, e.registered_capital,
            e.park, e.industry_code, e.industry_name, e.size, e.specialised_sme, e.little_giant, e.high_tech,
            exists (select 1 from enterprise_credit_fact f where f.enterprise_id = e.organisation_id
                    and f.kind in ('ABNORMAL_OPERATION','DISHONEST') and f.listed_on <= :today
                    and (f.removed_on is null or f.removed_on > :today)) as on_credit_list""";
    private static final RowMapper<EnterpriseSummary> ROW = (rs, i) -> new EnterpriseSummary(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11),
            rs.getBoolean(12), rs.getBoolean(13), rs.getBoolean(14));

    private final JdbcClient jdbc;
    private final Clock clock;

    Enterprises(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Enterprises whose name or credit code contains {@code query} (all when blank), newest registration first. */
    @Transactional(readOnly = true)
    public EnterprisePage search(Actor actor, String query, int page, int size) {
        String q = query == null || query.isBlank() ? null : "%" + query.strip() + "%";
        String where = " from enterprise e where" + VISIBLE
                + " and (cast(:q as text) is null or e.name like :q or e.credit_code like upper(:q))";
        long total = jdbc.sql("select count(*)" + where)
                .param("all", actor.seesWholeDistrict()).param("orgs", actor.visibleOrgIdArray()).param("q", q)
                .query(Long.class).single();
        List<EnterpriseSummary> rows = jdbc.sql("select " + COLUMNS + where
                        + " order by e.name limit :size offset :offset")
                .param("all", actor.seesWholeDistrict()).param("orgs", actor.visibleOrgIdArray()).param("q", q)
                .param("today", LocalDate.now(clock)).param("size", size).param("offset", (long) page * size)
                .query(ROW).list();
        return new EnterprisePage(rows, page, size, total);
    }

    @Transactional(readOnly = true)
    public Optional<EnterpriseSummary> find(Actor actor, long id) {
        return jdbc.sql("select " + COLUMNS + " from enterprise e where e.organisation_id = :id and" + VISIBLE)
                .param("id", id).param("all", actor.seesWholeDistrict()).param("orgs", actor.visibleOrgIdArray())
                .param("today", LocalDate.now(clock))
                .query(ROW).optional();
    }

    /** How many enterprises the actor sees, and how many of them carry each policy flag. */
    @Transactional(readOnly = true)
    public EnterpriseFigures figures(Actor actor) {
        return jdbc.sql("select count(*), count(*) filter (where e.specialised_sme), count(*) filter (where e.little_giant),"
                        + " count(*) filter (where e.high_tech) from enterprise e where" + VISIBLE)
                .param("all", actor.seesWholeDistrict()).param("orgs", actor.visibleOrgIdArray())
                .query((rs, i) -> new EnterpriseFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    public record EnterpriseFigures(long enterprises, long specialisedSme, long littleGiant, long highTech) {
    }

    public record EnterprisePage(List<EnterpriseSummary> rows, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
