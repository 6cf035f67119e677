package cn.ipfin.whitelist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the card and the release need of each enterprise, read from the other modules' published views only
 * (registry, assets, valuations, loans, servicing) and from this module's own inputs.
 */
@Component
class EnterpriseFacts {

    private static final String SELECT = """
            select e.organisation_id, e.credit_code, e.name, e.industry_code, e.district, e.park, e.registered_on,
                   (select count(*) from ip_asset_owner_view o join ip_asset_view a on a.id = o.asset_id
                     where o.enterprise_id = e.organisation_id and a.status = 'IN_FORCE'
                       and a.kind in ('INVENTION_PATENT','UTILITY_MODEL','DESIGN_PATENT')) as patents,
                   (select count(*) from ip_asset_owner_view o join ip_asset_view a on a.id = o.asset_id
                     where o.enterprise_id = e.organisation_id and a.status = 'IN_FORCE' and a.kind = 'TRADEMARK') as trademarks,
                   (select coalesce(sum(v.value * o.share), 0) from ip_asset_owner_view o
                      join asset_value_view v on v.asset_id = o.asset_id
                     where o.enterprise_id = e.organisation_id) as ip_value,
                   f1.revenue, f1.rd_spend, f0.revenue as previous_revenue,
                   (select count(distinct q.kind) from enterprise_qualification_view q
                     where q.enterprise_id = e.organisation_id and q.granted_on <= :today
                       and (q.expires_on is null or q.expires_on > :today))
                   + (select count(*) from whitelist_input i
                       where i.enterprise_id = e.organisation_id and i.kind <> 'BANK_BORROWER' and i.granted_on <= :today)
                     as qualifications,
                   (exists (select 1 from whitelist_input i where i.enterprise_id = e.organisation_id and i.kind = 'BANK_BORROWER')
                    or exists (select 1 from loan_view l where l.enterprise_id = e.organisation_id and l.disbursed_on is not null))
                     as borrowed,
                   (select coalesce(max(s.dpd), 0) from loan_servicing_view s where s.enterprise_id = e.organisation_id) as max_dpd,
                   exists (select 1 from loan_servicing_view s where s.enterprise_id = e.organisation_id) as has_loan,
                   exists (select 1 from loan_servicing_view s where s.enterprise_id = e.organisation_id
                            and (s.dpd > 90 or s.classification in ('SUBSTANDARD','DOUBTFUL','LOSS'))) as went_bad
            from enterprise_view e
            left join lateral (select revenue, rd_spend, year from enterprise_financials_view f
                                where f.enterprise_id = e.organisation_id order by year desc limit 1) f1 on true
            left join lateral (select revenue from enterprise_financials_view f
                                where f.enterprise_id = e.organisation_id and f.year = f1.year - 1) f0 on true
            """;

    private final JdbcClient jdbc;

    EnterpriseFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One enterprise's facts as of {@code today}. */
    record Facts(long enterpriseId, String creditCode, String name, String industryCode, String district, String park,
                 int yearsEstablished, int patents, int trademarks, BigDecimal ipValue, BigDecimal revenue,
                 BigDecimal rdSpend, BigDecimal previousRevenue, int qualifications, boolean borrowed, int maxDpd,
                 boolean hasLoan, boolean wentBad) {

        /** The card's inputs, as text, by feature name. */
        Map<String, String> features() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put(IpCreditCard.PATENTS, Integer.toString(patents));
            f.put(IpCreditCard.TRADEMARKS, Integer.toString(trademarks));
            f.put(IpCreditCard.IP_VALUE_WAN, ipValue.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString());
            f.put(IpCreditCard.RD_INTENSITY, percent(rdSpend, revenue));
            f.put(IpCreditCard.YEARS, Integer.toString(yearsEstablished));
            f.put(IpCreditCard.REVENUE_GROWTH, previousRevenue == null || revenue == null ? "0"
                    : percent(revenue.subtract(previousRevenue), previousRevenue));
            f.put(IpCreditCard.QUALIFICATIONS, Integer.toString(qualifications));
            f.put(IpCreditCard.MAX_DPD, Integer.toString(maxDpd));
            return f;
        }

        /** Where it is, coarse to fine, for the release: district, then park. */
        String region() {
            return park == null || park.isBlank() ? district : district + "/" + park;
        }

        private static String percent(BigDecimal part, BigDecimal whole) {
            if (part == null || whole == null || whole.signum() <= 0) return "0";
            return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    List<Facts> all(LocalDate today) {
        return jdbc.sql(SELECT + " order by e.organisation_id").param("today", today)
                .query((rs, i) -> facts(rs, today)).list();
    }

    java.util.Optional<Facts> of(long enterpriseId, LocalDate today) {
        return jdbc.sql(SELECT + " where e.organisation_id = :id").param("today", today).param("id", enterpriseId)
                .query((rs, i) -> facts(rs, today)).optional();
    }

    private static Facts facts(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate registered = rs.getObject("registered_on", LocalDate.class);
        return new Facts(rs.getLong("organisation_id"), rs.getString("credit_code"), rs.getString("name"),
                rs.getString("industry_code"), rs.getString("district"), rs.getString("park"),
                (int) ChronoUnit.YEARS.between(registered, today), rs.getInt("patents"), rs.getInt("trademarks"),
                rs.getBigDecimal("ip_value"), rs.getBigDecimal("revenue"), rs.getBigDecimal("rd_spend"),
                rs.getBigDecimal("previous_revenue"), rs.getInt("qualifications"), rs.getBoolean("borrowed"),
                rs.getInt("max_dpd"), rs.getBoolean("has_loan"), rs.getBoolean("went_bad"));
    }
}
