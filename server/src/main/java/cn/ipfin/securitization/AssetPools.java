package cn.ipfin.securitization;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.securitization.admission.AdmissionPolicy;
import cn.ipfin.core.securitization.admission.Candidate;
import cn.ipfin.core.securitization.admission.IpQualityScore;
import cn.ipfin.core.securitization.admission.PoolScreening;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BusinessDates;
import cn.ipfin.shared.Rule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's asset pool (Longnan 二(二)2: "结合知识产权、企业营收、利润等指标确定底层资产企业名单"): the operator states the
 * admission standards and risk-control indicators, the screen draws every enterprise of the district that holds IP in
 * force from the registry's published views (qualifications, last year's revenue and profit, credit lists, IP in
 * force), runs core {@link PoolScreening} and keeps each decision with its reasons; the operator may include or
 * exclude an enterprise with a written reason, then freezes the pool, after which nothing in it changes (it is the
 * list of enterprises reported to the exchange, 二(二)4). Each enterprise asks for the policy's standard amount.
 */
@Service
public class AssetPools {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The admission standards as the operator types them: money in 元, shares in percent. */
    public record Standards(boolean requireSpecialised, int minYears, BigDecimal minRevenue, BigDecimal minProfit,
                            int minIpScore, BigDecimal maxObligorPercent, BigDecimal maxIndustryPercent,
                            BigDecimal maxParkPercent, BigDecimal amountPerEnterprise) {
    }

    public record Reason(String code, String zh, String en) {
    }

    /** @param issueCost the enterprise's share of the issue's cost, from the issue on (null before it) */
    public record Entry(long enterpriseId, String name, BigDecimal amount, int ipScore, boolean screenedIn,
                        List<Reason> reasons, boolean included, String adjustedReason, String adjustedBy,
                        BigDecimal issueCost) {
    }

    public record Pool(Standards standards, boolean screened, LocalDate frozenOn, List<Entry> entries) {

        public List<Entry> included() {
            return entries.stream().filter(Entry::included).toList();
        }

        public BigDecimal size() {
            return included().stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final SecuritizationProjects projects;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BusinessDates dates;

    AssetPools(SecuritizationProjects projects, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
               BusinessDates dates) {
        this.projects = projects;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** Sets the standards and screens the registry again; the operator's earlier adjustments are dropped with it. */
    @Transactional
    public Pool screen(Actor actor, long projectId, int expectedVersion, Standards s) {
        var project = projects.editable(actor, projectId);
        requireOpen(project);
        Rule.check()
                .refuseIf(s.minYears() < 0 || s.minYears() > 100, SecuritizationRules.PROJECT_TERMS_INVALID, "成立年限 / years established")
                .refuseIf(s.minRevenue() == null || s.minRevenue().signum() < 0 || s.minRevenue().scale() > 2, SecuritizationRules.PROJECT_TERMS_INVALID, "营业收入下限 / revenue floor")
                .refuseIf(s.minProfit() == null || s.minProfit().scale() > 2, SecuritizationRules.PROJECT_TERMS_INVALID, "利润下限 / profit floor")
                .refuseIf(s.minIpScore() < 0 || s.minIpScore() > 100, SecuritizationRules.PROJECT_TERMS_INVALID, "知识产权评分下限 0–100 / IP score floor 0–100")
                .refuseIf(!share(s.maxObligorPercent()) || !share(s.maxIndustryPercent()) || !share(s.maxParkPercent()),
                        SecuritizationRules.PROJECT_TERMS_INVALID, "集中度上限 (0,100]% / concentration limits (0,100]%")
                .refuseIf(s.amountPerEnterprise() == null || s.amountPerEnterprise().signum() <= 0 || s.amountPerEnterprise().scale() > 2
                        || s.amountPerEnterprise().compareTo(project.targetSize()) > 0, SecuritizationRules.PROJECT_TERMS_INVALID, "单户金额 / amount per enterprise")
                .orRefuse();
        projects.bump(projectId, expectedVersion);
        jdbc.sql("""
                        update securitization_project set require_specialised = :spec, min_years = :years, min_revenue = :rev,
                            min_profit = :profit, min_ip_score = :score, max_obligor_share = :obligor,
                            max_industry_share = :industry, max_park_share = :park, amount_per_enterprise = :amount,
                            pool_screened_at = :at
                        where id = :id""")
                .param("spec", s.requireSpecialised()).param("years", s.minYears()).param("rev", s.minRevenue())
                .param("profit", s.minProfit()).param("score", s.minIpScore()).param("obligor", s.maxObligorPercent().movePointLeft(2))
                .param("industry", s.maxIndustryPercent().movePointLeft(2)).param("park", s.maxParkPercent().movePointLeft(2))
                .param("amount", s.amountPerEnterprise()).param("at", Timestamp.from(clock.instant())).param("id", projectId).update();
        var policy = new AdmissionPolicy(s.requireSpecialised(), s.minYears(), Money.of(s.minRevenue()), Money.of(s.minProfit()),
                s.minIpScore(), s.maxObligorPercent().movePointLeft(2), s.maxIndustryPercent().movePointLeft(2),
                s.maxParkPercent().movePointLeft(2), Money.of(project.targetSize()));
        PoolScreening.Result result = PoolScreening.screen(policy, candidates(projectId, Money.of(s.amountPerEnterprise())));
        jdbc.sql("delete from securitization_pool_entry where project_id = :p").param("p", projectId).update();
        for (PoolScreening.Decision d : result.decisions()) {
            Candidate c = d.candidate();
            jdbc.sql("""
                            insert into securitization_pool_entry (project_id, enterprise_id, enterprise_name, amount, ip_score,
                                screened_in, reasons, included)
                            values (:p, :e, :name, :amount, :score, :in, cast(:reasons as jsonb), :in)""")
                    .param("p", projectId).param("e", Long.parseLong(c.enterpriseId())).param("name", c.name())
                    .param("amount", c.requested().amount()).param("score", c.ipScore()).param("in", d.included())
                    .param("reasons", JSON.writeValueAsString(d.reasons().stream().map(r -> new Reason(r.code(), r.zh(), r.en())).toList()))
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("standards", s);
        after.put("candidates", result.decisions().size());
        after.put("included", result.included().size());
        after.put("poolSize", result.poolSize().amount());
        events.publishEvent(new LedgerFact(actor, SecuritizationProjects.SUBJECT, Long.toString(projectId), "POOL_SCREENED",
                List.of(project.operatorOrgId()), null, after));
        return pool(actor, projectId);
    }

    /** The operator's hand: include or exclude one screened enterprise, always with a reason. */
    @Transactional
    public void adjust(Actor actor, long projectId, int expectedVersion, long enterpriseId, boolean include, String reason) {
        var project = projects.editable(actor, projectId);
        requireOpen(project);
        if (reason == null || reason.isBlank() || reason.length() > 1000) throw SecuritizationRules.ADJUSTMENT_REASON.violation();
        projects.bump(projectId, expectedVersion);
        int updated = jdbc.sql("""
                        update securitization_pool_entry set included = :include, adjusted_reason = :reason, adjusted_by = :by
                        where project_id = :p and enterprise_id = :e""")
                .param("include", include).param("reason", reason.strip()).param("by", actor.username())
                .param("p", projectId).param("e", enterpriseId).update();
        if (updated == 0) throw new cn.ipfin.shared.RecordNotFound("pool entry", projectId + "/" + enterpriseId);
        events.publishEvent(new LedgerFact(actor, SecuritizationProjects.SUBJECT, Long.toString(projectId),
                include ? "POOL_INCLUDED" : "POOL_EXCLUDED", List.of(project.operatorOrgId()), null,
                Map.of("enterprise", enterpriseId, "reason", reason.strip())));
    }

    /** Freezes the pool: from now on its entries never change. */
    @Transactional
    public void freeze(Actor actor, long projectId, int expectedVersion) {
        var project = projects.editable(actor, projectId);
        requireOpen(project);
        Pool pool = pool(actor, projectId);
        if (pool.included().isEmpty()) throw SecuritizationRules.POOL_EMPTY.violation();
        projects.bump(projectId, expectedVersion);
        LocalDate today = dates.today();
        jdbc.sql("update securitization_project set pool_frozen_on = :on where id = :id").param("on", today)
                .param("id", projectId).update();
        events.publishEvent(new LedgerFact(actor, SecuritizationProjects.SUBJECT, Long.toString(projectId), "POOL_FROZEN",
                List.of(project.operatorOrgId()), null, Map.of("frozenOn", today.toString(),
                "enterprises", pool.included().stream().map(Entry::enterpriseId).toList(), "size", pool.size())));
    }

    @Transactional(readOnly = true)
    public Pool pool(Actor actor, long projectId) {
        var project = projects.find(actor, projectId);
        record Screen(Standards standards, boolean screened) {
        }
        Screen screen = jdbc.sql("""
                        select require_specialised, min_years, min_revenue, min_profit, min_ip_score, max_obligor_share,
                               max_industry_share, max_park_share, amount_per_enterprise, pool_screened_at is not null
                        from securitization_project where id = :id""")
                .param("id", projectId).query((rs, i) -> new Screen(new Standards(rs.getBoolean(1), rs.getInt(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5), percent(rs.getBigDecimal(6)),
                        percent(rs.getBigDecimal(7)), percent(rs.getBigDecimal(8)), rs.getBigDecimal(9)), rs.getBoolean(10)))
                .single();
        List<Entry> entries = jdbc.sql("""
                        select enterprise_id, enterprise_name, amount, ip_score, screened_in, reasons::text, included,
                               adjusted_reason, adjusted_by, issue_cost
                        from securitization_pool_entry where project_id = :p
                        order by included desc, screened_in desc, ip_score desc, enterprise_id""")
                .param("p", projectId).query((rs, i) -> new Entry(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getInt(4), rs.getBoolean(5), JSON.readValue(rs.getString(6), new TypeReference<List<Reason>>() {
                        }), rs.getBoolean(7), rs.getString(8), rs.getString(9), rs.getBigDecimal(10))).list();
        return new Pool(screen.standards(), screen.screened(), project.poolFrozenOn(), entries);
    }

    /**
     * Every enterprise of the project's district with IP in force, as the screen sees it, from the owners' published
     * views only: 专精特新 (incl. 小巨人) or high-tech in force today, whole years since registration, the latest year's
     * revenue and profit before this one (no financials: zero, which the floors then judge), any credit-list entry in
     * force, and the IP score of its rights in force.
     */
    private List<Candidate> candidates(long projectId, Money amount) {
        LocalDate today = dates.today();
        return jdbc.sql("""
                        select e.organisation_id, e.name, e.registered_on, coalesce(e.industry_name, '—'), coalesce(e.park, '—'),
                          exists (select 1 from enterprise_qualification_view q where q.enterprise_id = e.organisation_id
                                  and q.kind in ('SPECIALISED_SME','LITTLE_GIANT') and q.granted_on <= :today
                                  and (q.expires_on is null or q.expires_on >= :today)),
                          exists (select 1 from enterprise_qualification_view q where q.enterprise_id = e.organisation_id
                                  and q.kind = 'HIGH_TECH' and q.granted_on <= :today
                                  and (q.expires_on is null or q.expires_on >= :today)),
                          coalesce(f.revenue, 0), coalesce(f.profit, 0),
                          exists (select 1 from enterprise_credit_fact_view c where c.enterprise_id = e.organisation_id
                                  and c.listed_on <= :today and (c.removed_on is null or c.removed_on > :today)),
                          ip.inventions, ip.others, ip.trademarks, ip.citations
                        from enterprise_view e
                        join securitization_project p on p.id = :p and p.district = e.district
                        join lateral (
                          select count(*) filter (where a.kind = 'INVENTION_PATENT') as inventions,
                                 count(*) filter (where a.kind in ('UTILITY_MODEL','DESIGN_PATENT')) as others,
                                 count(*) filter (where a.kind = 'TRADEMARK') as trademarks,
                                 coalesce(sum(a.cited_by), 0) as citations
                          from ip_asset_owner_view o join ip_asset_view a on a.id = o.asset_id
                          where o.enterprise_id = e.organisation_id and a.status = 'IN_FORCE') ip on ip.inventions + ip.others + ip.trademarks > 0
                        left join lateral (
                          select revenue, profit from enterprise_financials_view
                          where enterprise_id = e.organisation_id and year < :year order by year desc limit 1) f on true
                        order by e.organisation_id""")
                .param("p", projectId).param("today", today).param("year", today.getYear())
                .query((rs, i) -> {
                    LocalDate registered = rs.getObject(3, LocalDate.class);
                    int years = registered == null ? 0 : (int) ChronoUnit.YEARS.between(registered, today);
                    return new Candidate(Long.toString(rs.getLong(1)), rs.getString(2), rs.getBoolean(6), rs.getBoolean(7),
                            years, Money.of(rs.getBigDecimal(8)), Money.of(rs.getBigDecimal(9)),
                            IpQualityScore.of(rs.getInt(11), rs.getInt(12), rs.getInt(13), (int) Math.min(Integer.MAX_VALUE, rs.getLong(14))),
                            rs.getBoolean(10), rs.getString(4), rs.getString(5), amount);
                }).list();
    }

    private static void requireOpen(SecuritizationProjects.Project project) {
        if (project.poolFrozenOn() != null) throw SecuritizationRules.POOL_FROZEN.violation(project.poolFrozenOn());
    }

    private static boolean share(BigDecimal percent) {
        return percent != null && percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0 && percent.scale() <= 2;
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros();
    }
}
