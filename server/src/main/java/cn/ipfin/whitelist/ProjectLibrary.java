package cn.ipfin.whitelist;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BusinessDates;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The project library (项目库, seed 003 §七) of strong patents suitable for financing, published with each whitelist
 * period, and the pre-IPO enterprises' IP database (seed 004 (十二)). Both read the registry and valuations only
 * through their published views.
 */
@Service
public class ProjectLibrary {

    /** Years of life a patent must have left: a loan of up to three years must not outlive its collateral. */
    static final int MIN_REMAINING_YEARS = 3;
    /** Technical weight: at least this many claims, or cited by another patent, or filed in more than one country. */
    static final int MIN_CLAIMS = 5;

    public record Project(long assetId, String number, String title, long enterpriseId, String enterprise,
                          int remainingYears, int claims, int citedBy, int familySize, BigDecimal value) {
    }

    /** @param ipValue the enterprise's share of its assets' latest appraised values, in 元 */
    public record PreIpoEnterprise(long enterpriseId, String name, String industry, LocalDate listedOn,
                                   int inventionPatents, int otherPatents, int trademarks, int pledged, BigDecimal ipValue) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final BusinessDates dates;

    ProjectLibrary(JdbcClient jdbc, Clock clock, BusinessDates dates) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dates = dates;
    }

    /**
     * Publishes the period's library: invention patents in force with {@link #MIN_REMAINING_YEARS} years left, of
     * technical weight, not pledged now, owned by an enterprise on the period's whitelist that consented (the library
     * names it to every bank). Returns how many patents it holds.
     */
    @Transactional
    public int publish(Actor actor, String period) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("only the IP office publishes the project library");
        long periodId = jdbc.sql("select id from whitelist_period where period = :p").param("p", period)
                .query(Long.class).optional().orElseThrow(() -> new RecordNotFound("whitelist period", period));
        long libraryId = jdbc.sql("""
                        insert into whitelist_project_library (period_id, published_by, published_at)
                        values (:p, :by, :at) on conflict (period_id) do nothing returning id""")
                .param("p", periodId).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).optional().orElseThrow(() -> WhitelistRules.LIBRARY_PUBLISHED.violation(period));
        LocalDate today = dates.today();
        return jdbc.sql("""
                        insert into whitelist_project (library_id, asset_id, enterprise_id, remaining_years, claims, cited_by,
                                                       family_size, value)
                        select :lib, a.id, o.enterprise_id, extract(year from age(a.expires_on, :today))::int,
                               coalesce(a.claims, 0), coalesce(a.cited_by, 0), coalesce(a.family_size, 1),
                               (select v.value from asset_value_view v where v.asset_id = a.id
                                 order by v.valued_on desc limit 1)
                        from whitelist_entry e
                        join whitelist_consent c on c.enterprise_id = e.enterprise_id and c.withdrawn_at is null
                        join ip_asset_owner_view o on o.enterprise_id = e.enterprise_id
                        join ip_asset_view a on a.id = o.asset_id
                        where e.period_id = :p and a.kind = 'INVENTION_PATENT' and a.status = 'IN_FORCE'
                          and a.expires_on >= :today + make_interval(years => :years)
                          and (coalesce(a.claims, 0) >= :claims or coalesce(a.cited_by, 0) > 0 or coalesce(a.family_size, 1) > 1)
                          and not exists (select 1 from ip_pledge_view g where g.asset_id = a.id and g.cancelled_on is null)""")
                .param("lib", libraryId).param("p", periodId).param("today", today).param("years", MIN_REMAINING_YEARS)
                .param("claims", MIN_CLAIMS).update();
    }

    /** The periods whose library is published, the newest first. */
    @Transactional(readOnly = true)
    public List<String> published() {
        return jdbc.sql("""
                        select p.period from whitelist_project_library l join whitelist_period p on p.id = l.period_id
                        order by p.period desc""").query(String.class).list();
    }

    /** The library of a period, for the IP office and the banks: the strongest (most claims, longest life) first. */
    @Transactional(readOnly = true)
    public List<Project> projects(Actor actor, String period) {
        if (!actor.has(Role.IPO_OFFICER) && !actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("the project library is published to the banks");
        }
        return jdbc.sql("""
                        select w.asset_id, a.number, a.title, w.enterprise_id, ev.name, w.remaining_years, w.claims,
                               w.cited_by, w.family_size, w.value
                        from whitelist_project w join whitelist_project_library l on l.id = w.library_id
                        join whitelist_period p on p.id = l.period_id
                        join ip_asset_view a on a.id = w.asset_id
                        join enterprise_view ev on ev.organisation_id = w.enterprise_id
                        where p.period = :p order by w.claims desc, w.remaining_years desc, a.number""")
                .param("p", period)
                .query((rs, i) -> new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBigDecimal(10)))
                .list();
    }

    /** The pre-IPO enterprises (qualified today) and their IP, for the IP office (seed 004 (十二)). */
    @Transactional(readOnly = true)
    public List<PreIpoEnterprise> preIpo(Actor actor) {
        if (!actor.has(Role.IPO_OFFICER)) throw new AccessDeniedException("the pre-IPO IP database is the IP office's");
        LocalDate today = dates.today();
        return jdbc.sql("""
                        select e.organisation_id, e.name, e.industry_name, q.granted_on,
                               count(a.id) filter (where a.kind = 'INVENTION_PATENT' and a.status = 'IN_FORCE'),
                               count(a.id) filter (where a.kind in ('UTILITY_MODEL','DESIGN_PATENT') and a.status = 'IN_FORCE'),
                               count(a.id) filter (where a.kind = 'TRADEMARK' and a.status = 'IN_FORCE'),
                               count(a.id) filter (where exists (select 1 from ip_pledge_view g where g.asset_id = a.id
                                                                  and g.cancelled_on is null)),
                               coalesce(sum(o.share * (select v.value from asset_value_view v where v.asset_id = a.id
                                                        order by v.valued_on desc limit 1)), 0)
                        from enterprise_view e
                        join lateral (select min(granted_on) as granted_on from enterprise_qualification_view q
                                       where q.enterprise_id = e.organisation_id and q.kind = 'PRE_IPO'
                                         and q.granted_on <= :today and (q.expires_on is null or q.expires_on > :today)) q
                          on q.granted_on is not null
                        left join ip_asset_owner_view o on o.enterprise_id = e.organisation_id
                        left join ip_asset_view a on a.id = o.asset_id
                        group by e.organisation_id, e.name, e.industry_name, q.granted_on
                        order by 5 desc, e.name""")
                .param("today", today)
                .query((rs, i) -> new PreIpoEnterprise(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        rs.getBigDecimal(9).setScale(2, java.math.RoundingMode.HALF_UP)))
                .list();
    }
}
