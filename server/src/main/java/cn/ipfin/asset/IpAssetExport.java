package cn.ipfin.asset;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.TrademarkTerm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** IP assets written as rows of the import template ({@link IpAssetImport#TEMPLATE}): exports import back unchanged. */
@Component
class IpAssetExport {

    private final JdbcClient jdbc;

    IpAssetExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assets, newest filing first, one template row each. */
    List<Map<String, String>> export(List<Long> assetIds) {
        if (assetIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.kind, a.number, a.title, a.filed_on, a.granted_on, a.status, a.nice_class,
                               a.goods_services, array_to_string(a.ipc_classes, ';'), array_to_string(a.inventors, ';'),
                               a.claims, a.cited_by, a.family_size, a.annuity_paid_until,
                               (select string_agg(e.credit_code || case when count_owners.n > 1
                                        then ':' || trim(trailing '.' from trim(trailing '0' from o.share::text)) else '' end,
                                        ';' order by o.share desc, e.credit_code)
                                from ip_asset_owner o join enterprise_view e on e.organisation_id = o.enterprise_id,
                                     (select count(*) as n from ip_asset_owner c where c.asset_id = a.id) count_owners
                                where o.asset_id = a.id),
                               a.expires_on
                        from ip_asset a where a.id in (:ids) order by a.filed_on desc, a.id desc""")
                .param("ids", assetIds)
                .query((rs, i) -> {
                    var m = new LinkedHashMap<String, String>();
                    m.put("kind", AssetLabels.KINDS.get(rs.getString(1)));
                    m.put("number", rs.getString(2));
                    m.put("title", rs.getString(3));
                    m.put("filed_on", String.valueOf(rs.getObject(4, LocalDate.class)));
                    m.put("granted_on", text(rs.getObject(5, LocalDate.class)));
                    m.put("status", AssetLabels.STATUSES.get(rs.getString(6)));
                    m.put("owners", rs.getString(15));
                    m.put("nice_class", text(rs.getObject(7, Integer.class)));
                    m.put("goods_services", rs.getString(8));
                    m.put("ipc_classes", blank(rs.getString(9)));
                    m.put("inventors", blank(rs.getString(10)));
                    m.put("claims_count", text(rs.getObject(11, Integer.class)));
                    m.put("cited_by_count", text(rs.getObject(12, Integer.class)));
                    m.put("family_size_count", text(rs.getObject(13, Integer.class)));
                    m.put("annuity_paid_until", text(rs.getObject(14, LocalDate.class)));
                    m.put("renewed_until", renewedUntil(rs.getString(1), rs.getObject(5, LocalDate.class),
                            rs.getObject(16, LocalDate.class)));
                    return (Map<String, String>) m;
                })
                .list();
    }

    private static String renewedUntil(String kind, LocalDate granted, LocalDate expires) {
        boolean renewed = IpKind.TRADEMARK.name().equals(kind) && granted != null && expires != null
                && !expires.equals(TrademarkTerm.lastDayOfFirstTerm(granted));
        return renewed ? expires.toString() : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
