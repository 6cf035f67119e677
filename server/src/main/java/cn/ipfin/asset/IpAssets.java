package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.SearchPlans;
import cn.ipfin.shared.Visibility;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * IP rights, their owners and their history. An asset is visible like its owners: to the owner, the IP office, and
 * institutions the owner has authorised.
 */
@Service
public class IpAssets {

    private static final String OWNER_VISIBLE = " (:all or" + Visibility.ownOrAuthorised("o.enterprise_id") + ")";
    /** One row per asset: its first owner by share stands for it in lists. */
    private static final String FROM = """
             from ip_asset a
             join lateral (select ao.enterprise_id from ip_asset_owner ao where ao.asset_id = a.id
                           order by ao.share desc, ao.enterprise_id limit 1) o on true
             join enterprise_view e on e.organisation_id = o.enterprise_id
            """;
    private static final String COLUMNS = """
            select a.id, a.kind, a.number, a.title, a.filed_on, a.granted_on, a.expires_on, a.status, a.nice_class,
                   e.organisation_id, e.name, e.credit_code,
                   exists (select 1 from ip_pledge p where p.asset_id = a.id and p.registered_on <= :today
                           and (p.cancelled_on is null or p.cancelled_on > :today)) as pledged
            """;
    private static final RowMapper<IpAssetSummary> ROW = (rs, i) -> new IpAssetSummary(rs.getLong(1),
            IpKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), LegalStatus.valueOf(rs.getString(8)),
            rs.getObject(9, Integer.class), rs.getLong(10), rs.getString(11), rs.getString(12), rs.getBoolean(13));
    static final int COUNT_CAP = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    IpAssets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AssetPage search(Actor actor, AssetQuery query, int page, int size) {
        SearchPlans.planEachExecution(jdbc);
        String text = query.text() == null || query.text().isBlank() ? null
                : "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        StringBuilder where = new StringBuilder(" where").append(OWNER_VISIBLE);
        if (text != null) where.append(" and (a.title like :text or a.number like upper(:text))");
        if (query.kind() != null) where.append(" and a.kind = :kind");
        if (query.status() != null) where.append(" and a.status = :status");
        if (query.expiresFrom() != null) where.append(" and a.expires_on >= :from");
        if (query.expiresTo() != null) where.append(" and a.expires_on <= :to");
        if (query.ownerId() != null) where.append(" and exists (select 1 from ip_asset_owner x where x.asset_id = a.id"
                + " and x.enterprise_id = :owner)");
        LocalDate today = LocalDate.now(clock);
        long total = bind(jdbc.sql("select count(*) from (select 1" + FROM + where + " limit " + (COUNT_CAP + 1) + ") t"),
                actor, query, text, today).query(Long.class).single();
        List<IpAssetSummary> rows = bind(jdbc.sql(COLUMNS + FROM + where
                        + " order by a.filed_on desc, a.id desc limit :size offset :offset"), actor, query, text, today)
                .param("size", size).param("offset", (long) page * size)
                .query(ROW).list();
        return new AssetPage(rows, page, size, Math.min(total, COUNT_CAP), total > COUNT_CAP);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor actor, AssetQuery q,
                                                 String text, LocalDate today) {
        spec = spec.params(Visibility.of(actor))
                .param("today", today);
        if (text != null) spec = spec.param("text", text);
        if (q.kind() != null) spec = spec.param("kind", q.kind().name());
        if (q.status() != null) spec = spec.param("status", q.status().name());
        if (q.expiresFrom() != null) spec = spec.param("from", q.expiresFrom());
        if (q.expiresTo() != null) spec = spec.param("to", q.expiresTo());
        if (q.ownerId() != null) spec = spec.param("owner", q.ownerId());
        return spec;
    }

    @Transactional(readOnly = true)
    public List<IpAssetSummary> ofEnterprise(Actor actor, long enterpriseId) {
        return search(actor, new AssetQuery(null, null, null, null, null, enterpriseId), 0, 1000).rows();
    }

    @Transactional(readOnly = true)
    public Optional<IpAssetDetail> detail(Actor actor, long assetId) {
        LocalDate today = LocalDate.now(clock);
        Optional<IpAssetSummary> summary = jdbc.sql(COLUMNS + FROM + " where a.id = :id and" + OWNER_VISIBLE)
                .param("id", assetId).params(Visibility.of(actor))
                .param("today", today).query(ROW).optional();
        return summary.map(s -> jdbc.sql("""
                        select ipc_classes, inventors, coalesce(claims, 0), cited_by, family_size, annuity_paid_until,
                               goods_services from ip_asset where id = :id""")
                .param("id", assetId)
                .query((rs, i) -> new IpAssetDetail(s, Arrays.asList((String[]) rs.getArray(1).getArray()),
                        Arrays.asList((String[]) rs.getArray(2).getArray()), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), owners(assetId), timeline(assetId),
                        pledges(assetId)))
                .single());
    }

    private List<IpAssetDetail.Owner> owners(long assetId) {
        return jdbc.sql("select e.organisation_id, e.name, e.credit_code, o.share from ip_asset_owner o"
                        + " join enterprise_view e on e.organisation_id = o.enterprise_id where o.asset_id = :id"
                        + " order by o.share desc")
                .param("id", assetId)
                .query((rs, i) -> new IpAssetDetail.Owner(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4)))
                .list();
    }

    private List<IpAssetDetail.LegalEvent> timeline(long assetId) {
        return jdbc.sql("select occurred_on, status, event, note, source from ip_legal_event where asset_id = :id"
                        + " order by occurred_on, id")
                .param("id", assetId)
                .query((rs, i) -> new IpAssetDetail.LegalEvent(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private List<IpAssetDetail.Pledge> pledges(long assetId) {
        return jdbc.sql("select p.registration_no, o.name, p.registered_on, p.cancelled_on from ip_pledge p"
                        + " join organisation_view o on o.id = p.pledgee_org_id where p.asset_id = :id"
                        + " order by p.registered_on")
                .param("id", assetId)
                .query((rs, i) -> new IpAssetDetail.Pledge(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** In-force rights per kind over the assets the actor may see, for the district overview. */
    @Transactional(readOnly = true)
    public Map<IpKind, Long> inForceByKind(Actor actor) {
        var totals = new TreeMap<IpKind, Long>();
        jdbc.sql("select a.kind, count(distinct a.id) from ip_asset a join ip_asset_owner o on o.asset_id = a.id"
                        + " where a.status in ('IN_FORCE','UNDER_INVALIDATION') and" + OWNER_VISIBLE
                        + " group by a.kind")
                .params(Visibility.of(actor))
                .query((rs, i) -> totals.put(IpKind.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return totals;
    }

    public record AssetPage(List<IpAssetSummary> rows, int page, int size, long total, boolean more) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
