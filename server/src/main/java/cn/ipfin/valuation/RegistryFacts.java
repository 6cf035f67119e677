package cn.ipfin.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads, in one set-based statement, the registry facts the engine needs for a set of assets: the patent facts, the
 * dispute history, the licences, the owners, and the royalty base.
 *
 * <p>Royalty base: the registry does not know the revenue of the product that embodies a right, so the automated
 * pre-valuation attributes the owner's latest annual revenue (营业收入) equally to the owner's rights in force, times
 * the owner's share of this right. Splitting rather than giving every right the whole revenue is what keeps the
 * rights of one enterprise from being valued on the same revenue many times over; the valuer replaces the figure
 * with the product's own revenue where it is known.
 */
@Component
class RegistryFacts {

    static final String REVENUE_BASIS = "权利人最近年度营业收入 × 持有份额 ÷ 权利人有效知识产权数量（均摊）"
            + " / owner's latest annual revenue × share ÷ owner's rights in force (equal attribution)";

    private static final String FACTS = """
            with owners as (
                select o.asset_id, o.enterprise_id, o.share from ip_asset_owner_view o where o.asset_id = any(:ids)),
            rights as (
                select o.enterprise_id, count(*) as n from ip_asset_owner_view o join ip_asset_view x on x.id = o.asset_id
                where o.enterprise_id in (select enterprise_id from owners)
                  and x.status in ('IN_FORCE','UNDER_INVALIDATION')
                group by o.enterprise_id),
            latest as (
                select distinct on (f.enterprise_id) f.enterprise_id, f.revenue from enterprise_financials_view f
                where f.enterprise_id in (select enterprise_id from owners) and f.year <= :year
                order by f.enterprise_id, f.year desc),
            base as (
                select ow.asset_id, count(*) as owner_count,
                       sum(round(coalesce(l.revenue, 0) * ow.share / greatest(1, coalesce(r.n, 0)), 2)) as revenue
                from owners ow left join latest l on l.enterprise_id = ow.enterprise_id
                               left join rights r on r.enterprise_id = ow.enterprise_id
                group by ow.asset_id),
            disputes as (
                select e.asset_id, count(*) as n from ip_legal_event_view e
                where e.asset_id = any(:ids) and e.event like 'INVALIDATION%'
                group by e.asset_id),
            licences as (
                select l.licensed_asset_id as asset_id, count(*) as n from licence_contract_view l
                where l.licensed_asset_id = any(:ids)
                group by l.licensed_asset_id)
            select a.id, a.number, a.title, a.kind, a.status,
                   case when a.kind in ('INVENTION_PATENT','UTILITY_MODEL','DESIGN_PATENT','IC_LAYOUT_DESIGN')
                        then a.filed_on else coalesce(a.granted_on, a.filed_on) end as protection_start,
                   coalesce(a.claims, 0), a.family_size, a.cited_by,
                   coalesce(d.n, 0), coalesce(b.owner_count, 1), coalesce(l.n, 0), coalesce(b.revenue, 0)
            from ip_asset_view a left join base b on b.asset_id = a.id
                            left join disputes d on d.asset_id = a.id
                            left join licences l on l.asset_id = a.id
            where a.id = any(:ids)
            order by a.id""";

    private final JdbcClient jdbc;

    RegistryFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ValuationInputs.AssetFacts> of(List<Long> assetIds, LocalDate asOf) {
        return jdbc.sql(FACTS).param("ids", assetIds.toArray(Long[]::new)).param("year", asOf.getYear())
                .query((rs, i) -> new ValuationInputs.AssetFacts(rs.getLong(1), rs.getString(2), rs.getString(3),
                        IpKind.valueOf(rs.getString(4)), LegalStatus.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11), rs.getInt(12), rs.getBigDecimal(13)))
                .list();
    }

    /** Pre-valuation inputs of one asset or a bundle: the royalty base of a bundle is the sum of its members'. */
    ValuationInputs inputs(List<Long> assetIds, LocalDate valuationDate) {
        List<ValuationInputs.AssetFacts> facts = of(assetIds, valuationDate);
        var revenue = facts.stream().map(ValuationInputs.AssetFacts::ownerAnnualRevenue)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return new ValuationInputs(valuationDate, facts, List.of(revenue), REVENUE_BASIS, ValuationInputs.Overrides.NONE);
    }
}
