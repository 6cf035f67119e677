package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** IP rights and who owns them. Visible like their owners: to the owner, the IP office and authorised institutions. */
@Service
public class IpAssets {

    private static final String OWNER_VISIBLE = """
             (:all or o.enterprise_id = any(:orgs)
              or exists (select 1 from data_authorisation a where a.enterprise_id = o.enterprise_id
                         and a.org_id = any(:orgs) and a.revoked_at is null))""";

    private final JdbcClient jdbc;

    IpAssets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<IpAssetSummary> ofEnterprise(Actor actor, long enterpriseId) {
        return jdbc.sql("""
                        select a.id, a.kind, a.number, a.title, a.filed_on, a.granted_on, a.expires_on, a.status,
                               a.nice_class
                        from ip_asset a join ip_asset_owner o on o.asset_id = a.id
                        where o.enterprise_id = :ent and""" + OWNER_VISIBLE + " order by a.filed_on desc")
                .param("ent", enterpriseId).param("all", actor.seesWholeDistrict())
                .param("orgs", actor.visibleOrgIdArray())
                .query((rs, i) -> new IpAssetSummary(rs.getLong(1), IpKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), LegalStatus.valueOf(rs.getString(8)),
                        rs.getObject(9, Integer.class)))
                .list();
    }

    /** In-force rights per kind over the assets the actor may see, for the district overview. */
    @Transactional(readOnly = true)
    public Map<IpKind, Long> inForceByKind(Actor actor) {
        var totals = new TreeMap<IpKind, Long>();
        jdbc.sql("select a.kind, count(distinct a.id) from ip_asset a join ip_asset_owner o on o.asset_id = a.id"
                        + " where a.status in ('IN_FORCE','UNDER_INVALIDATION') and" + OWNER_VISIBLE
                        + " group by a.kind")
                .param("all", actor.seesWholeDistrict()).param("orgs", actor.visibleOrgIdArray())
                .query((rs, i) -> totals.put(IpKind.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return totals;
    }
}
