package cn.ipfin.valuation;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.BulkCopy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Post-loan revaluation of pledged collateral (贷后质押物价值重估). Every asset under a pledge in force is re-scored
 * when its legal status or its owner's revenue differs from the facts of its last valuation (a patent lapsed, an
 * invalidation was filed, revenue fell); then every outstanding loan secured by a re-scored asset whose coverage
 * (principal outstanding / current collateral value) exceeds the threshold raises a post-loan alert to the lending bank.
 *
 * <p>Set-based: one statement reads the facts of a chunk of assets, the engine values the changed ones in memory
 * (the value only: the sensitivity table is for the valuer's report), one COPY and one merge write their values, one
 * statement raises the alerts of the chunk. {@link #revalue} is the unit a
 * benchmark or a partitioned run calls with its own list of asset ids.
 */
@Service
public class CollateralRevaluation {

    static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final RegistryFacts registry;
    private final ValuationSettings settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final BulkCopy bulk;
    private final TransactionTemplate transactions;

    CollateralRevaluation(JdbcClient jdbc, BulkCopy bulk, PlatformTransactionManager transactions,
                          RegistryFacts registry, ValuationSettings settings, ApplicationEventPublisher events,
                          JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.transactions = new TransactionTemplate(transactions);
        this.registry = registry;
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param engineNanos the time spent in the valuation engine (core), to tell it from the database's share
     */
    public record Outcome(int examined, int revalued, int alerts, long engineNanos) {
        Outcome plus(Outcome o) {
            return new Outcome(examined + o.examined, revalued + o.revalued, alerts + o.alerts, engineNanos + o.engineNanos);
        }
    }

    /** The nightly run over every asset under a pledge in force, a chunk per transaction. */
    public Outcome revalueAllPledged() {
        List<Long> ids = jdbc.sql("select distinct asset_id from ip_pledge_view where cancelled_on is null order by asset_id")
                .query(Long.class).list();
        Outcome total = new Outcome(0, 0, 0, 0);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            total = total.plus(Objects.requireNonNull(transactions.execute(s -> revalue(chunk, LocalDate.now(clock)))));
        }
        return total;
    }

    /** Re-scores the changed assets among {@code assetIds} as of {@code asOf} and raises the alerts they cause. */
    @Transactional
    public Outcome revalue(List<Long> assetIds, LocalDate asOf) {
        if (assetIds.isEmpty()) return new Outcome(0, 0, 0, 0);
        record Last(String status, BigDecimal revenue) {
        }
        Map<Long, Last> last = new java.util.HashMap<>();
        jdbc.sql("select asset_id, legal_status, revenue_base from asset_value where asset_id = any(:ids)")
                .param("ids", assetIds.toArray(Long[]::new))
                .query((rs, i) -> last.put(rs.getLong(1), new Last(rs.getString(2), rs.getBigDecimal(3)))).list();
        List<Object[]> rows = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        long engineNanos = 0;
        for (ValuationInputs.AssetFacts facts : registry.of(assetIds, asOf)) {
            if (facts.kind() == IpKind.LICENCE_REVENUE_RIGHT) continue;   // its contract sets the terms: valuer's work
            Last previous = last.get(facts.assetId());
            if (previous != null && previous.status().equals(facts.status().name())
                    && previous.revenue().compareTo(facts.ownerAnnualRevenue()) == 0) continue;
            ValuationInputs inputs = new ValuationInputs(asOf, List.of(facts), List.of(facts.ownerAnnualRevenue()),
                    RegistryFacts.REVENUE_BASIS, ValuationInputs.Overrides.NONE);
            long started = System.nanoTime();
            BigDecimal value = ValuationEngine.value(inputs).amount();
            engineNanos += System.nanoTime() - started;
            rows.add(new Object[]{facts.assetId(), value, asOf, facts.status().name(), facts.ownerAnnualRevenue(),
                    json.writeValueAsString(inputs)});
            changed.add(facts.assetId());
        }
        if (!rows.isEmpty()) write(rows);
        int alerts = changed.isEmpty() ? 0 : raiseAlerts(changed, asOf);
        return new Outcome(assetIds.size(), changed.size(), alerts, engineNanos);
    }

    /** The chunk's new values: COPY into a temporary table, then one merge into {@code asset_value}. */
    private void write(List<Object[]> rows) {
        bulk.tempTable("revalued", "asset_id bigint, value numeric(19,2), valued_on date, legal_status varchar(30),"
                + " revenue_base numeric(19,2), inputs text");
        bulk.copy("revalued", "asset_id, value, valued_on, legal_status, revenue_base, inputs", rows);
        jdbc.sql("""
                insert into asset_value (asset_id, value, valued_on, source, legal_status, revenue_base, inputs)
                select asset_id, value, valued_on, 'REVALUATION', legal_status, revenue_base, cast(inputs as jsonb)
                from revalued
                on conflict (asset_id) do update set value = excluded.value, valued_on = excluded.valued_on,
                    source = excluded.source, request_id = null, legal_status = excluded.legal_status,
                    revenue_base = excluded.revenue_base, inputs = excluded.inputs""").update();
    }

    private int raiseAlerts(List<Long> changedAssets, LocalDate asOf) {
        record Alert(long id, long loanId, long bank, long enterprise, BigDecimal coverage, BigDecimal value) {
        }
        List<Alert> raised = jdbc.sql("""
                        insert into collateral_alert (loan_id, bank_org_id, enterprise_id, raised_on, principal,
                            collateral_value, coverage, threshold, reason)
                        select l.id, p.pledgee_org_id, l.enterprise_id, :today, o.outstanding, sum(v.value),
                               case when sum(v.value) > 0 then round(o.outstanding / sum(v.value), 4) end, :threshold,
                               case when sum(v.value) = 0 then '质押物重估价值为零 / the collateral is now worth nothing'
                                    else '贷款本金与质押物价值之比超过阈值 / principal to collateral value above the threshold' end
                        from loan_view l
                        left join loan_servicing_view s on s.loan_id = l.id
                        -- the principal still owed once servicing has it; the contract principal before that
                        cross join lateral (select coalesce(s.principal_outstanding, l.principal) as outstanding) o
                        join ip_pledge_view p on p.loan_id = l.id and p.cancelled_on is null
                        join asset_value v on v.asset_id = p.asset_id
                        where l.id in (select x.loan_id from ip_pledge_view x where x.asset_id = any(:ids) and x.cancelled_on is null)
                          and l.state in ('DISBURSED','OVERDUE','DEFAULTED')
                        group by l.id, l.enterprise_id, p.pledgee_org_id, o.outstanding
                        having sum(v.value) = 0 or o.outstanding / sum(v.value) > :threshold
                        on conflict (loan_id, raised_on) do update set collateral_value = excluded.collateral_value,
                            coverage = excluded.coverage, threshold = excluded.threshold, reason = excluded.reason
                        returning id, loan_id, bank_org_id, enterprise_id, coverage, collateral_value""")
                .param("today", asOf).param("threshold", settings.coverageThreshold())
                .param("ids", changedAssets.toArray(Long[]::new))
                .query((rs, i) -> new Alert(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)))
                .list();
        for (Alert a : raised) {
            Map<String, Object> after = new java.util.LinkedHashMap<>();
            after.put("loanId", a.loanId());
            after.put("collateralValue", a.value());
            after.put("coverage", Objects.toString(a.coverage(), "∞"));
            after.put("threshold", settings.coverageThreshold());
            events.publishEvent(new LedgerFact(Actor.system(), "COLLATERAL_ALERT", Long.toString(a.id()), "RAISED",
                    List.of(a.bank(), a.enterprise()), null, after));
        }
        return raised.size();
    }
}
