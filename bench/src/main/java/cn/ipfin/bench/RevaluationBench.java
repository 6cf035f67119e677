package cn.ipfin.bench;

import cn.ipfin.IpfinApplication;
import cn.ipfin.valuation.CollateralRevaluation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * End-to-end benchmark of the nightly revaluation of pledged collateral (issue 5: 100,000 pledged assets, database
 * included, in under 60 s on 2 cores). The server's own Spring context and {@link CollateralRevaluation} on a
 * throw-away embedded PostgreSQL 17.
 *
 * <p>Loads, with set-based SQL, 20,000 enterprises with two years of financials, 100,000 IP assets (five each:
 * mostly invention and utility-model patents, some trademarks and software copyrights), one disbursed loan per
 * enterprise and 100,000 pledges in force securing them. Then times
 * <ol>
 * <li>the first run: no asset has a value yet, so every pledged asset is valued;</li>
 * <li>a run with nothing changed (every asset examined, none revalued);</li>
 * <li>after the banks lend close to the threshold and ~5 % of the patents lapse or come under invalidation and ~5 %
 * of the owners' revenue falls, the incremental run, which revalues only those and raises the alerts.</li>
 * </ol>
 * Arguments (optional): {@code --assets=N} for a smaller smoke run.
 */
public final class RevaluationBench {

    private static final double TARGET_S = 60;
    private static final int ASSETS_PER_ENTERPRISE = 5;

    private RevaluationBench() {
    }

    public static void main(String[] args) {
        int assets = option(args, "assets", 100_000);
        long started = System.nanoTime();
        // As command-line properties: they must win over application.yml (see RegistryBench).
        String[] settings = {"--ipfin.embedded-db.data-dir=", "--ipfin.embedded-db.port=0", "--server.port=0",
                "--ipfin.valuation.revaluation-enabled=false", "--spring.main.banner-mode=off"};
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(IpfinApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("bench")
                .run(settings);
        int exit;
        try {
            System.out.printf("%nServer context with embedded PostgreSQL started in %.1f s%n", seconds(System.nanoTime() - started));
            exit = run(ctx, assets) ? 0 : 1;
        } finally {
            ctx.close();
        }
        System.exit(exit);
    }

    private static boolean run(ConfigurableApplicationContext ctx, int assetCount) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        CollateralRevaluation revaluation = ctx.getBean(CollateralRevaluation.class);
        int enterprises = Math.max(1, assetCount / ASSETS_PER_ENTERPRISE);

        heading("Load: " + enterprises + " enterprises with financials, " + assetCount + " IP assets, "
                + enterprises + " disbursed loans, " + assetCount + " pledges in force (set-based SQL)");
        long loadStarted = System.nanoTime();
        load(jdbc, enterprises, assetCount);
        System.out.printf("loaded in %.1f s%n", seconds(System.nanoTime() - loadStarted));

        heading("Run 1: every pledged asset valued for the first time");
        Timed first = timed(revaluation);
        first.print();

        heading("Run 2: nothing changed");
        Timed unchanged = timed(revaluation);
        unchanged.print();

        heading("Run 3: banks lend at 95 % of the threshold; ~5 % of patents lapse or are challenged, ~5 % of owners' revenue falls 60 %");
        long changeStarted = System.nanoTime();
        int[] changed = change(jdbc);
        System.out.printf("changed: %,d loans repriced, %,d assets' legal status, %,d enterprises' revenue (%.1f s)%n",
                changed[0], changed[1], changed[2], seconds(System.nanoTime() - changeStarted));
        Timed incremental = timed(revaluation);
        incremental.print();

        long alerts = jdbc.queryForObject("select count(*) from collateral_alert", Long.class);
        long ledger = jdbc.queryForObject("select count(*) from ledger_entry where subject_type = 'COLLATERAL_ALERT'", Long.class);
        System.out.printf("collateral_alert rows %,d; COLLATERAL_ALERT ledger entries %,d%n", alerts, ledger);

        heading("Resources");
        System.out.printf("JVM max heap %,d MB; %d processors; PostgreSQL %s, database %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                jdbc.queryForObject("show server_version", String.class),
                jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));

        boolean ok = first.outcome().revalued() > 0.95 * assetCount && first.seconds() < TARGET_S
                && unchanged.outcome().revalued() == 0 && incremental.seconds() < TARGET_S;
        heading(ok ? "Target met: nightly revaluation of " + assetCount + " pledged assets under " + (int) TARGET_S + " s"
                : "Target MISSED (see above)");
        return ok;
    }

    private record Timed(CollateralRevaluation.Outcome outcome, long nanos) {
        double seconds() {
            return RevaluationBench.seconds(nanos);
        }

        void print() {
            System.out.printf("%.2f s: examined %,d, revalued %,d (%,.0f assets revalued per second, %,.0f examined per second), alerts %,d%n",
                    seconds(), outcome.examined(), outcome.revalued(), outcome.revalued() / seconds(),
                    outcome.examined() / seconds(), outcome.alerts());
            if (outcome.revalued() > 0) {
                double engine = RevaluationBench.seconds(outcome.engineNanos());
                System.out.printf("  of which core engine (value only) %.2f s = %,.0f pre-valuations per second on one core; the rest is SQL, JSON, COPY, ledger%n",
                        engine, outcome.revalued() / engine);
            }
        }
    }

    private static Timed timed(CollateralRevaluation revaluation) {
        long started = System.nanoTime();
        CollateralRevaluation.Outcome outcome = revaluation.revalueAllPledged();
        return new Timed(outcome, System.nanoTime() - started);
    }

    /**
     * The district, generated in the database: deterministic (a hash of the row number, not random()), so every run
     * values the same assets. Patent kinds and dates spread over their whole terms; revenue from 2 to 200 million
     * yuan; loan principal a placeholder until run 3 prices it from the values.
     */
    private static void load(JdbcTemplate jdbc, int enterprises, int assets) {
        jdbc.execute("create temp table bench_ent as select g as n, nextval('organisation_id_seq') as id"
                + " from generate_series(1, " + enterprises + ") g");
        jdbc.update("""
                insert into organisation (id, code, credit_code, type, name, district, status)
                values (nextval('organisation_id_seq'), 'bench-bank', null, 'BANK', '重估基准测试银行', '示范区', 'ACTIVE')""");
        jdbc.update("""
                insert into organisation (id, code, credit_code, type, name, district)
                select id, 'BENCH' || lpad(n::text, 13, '0'), 'BENCH' || lpad(n::text, 13, '0'), 'ENTERPRISE',
                       '重估基准企业' || n || '有限公司', '示范区'
                from bench_ent""");
        jdbc.update("""
                insert into enterprise (organisation_id, credit_code, name, legal_representative, registered_on,
                    registered_capital, district, industry_code, industry_name, size)
                select id, 'BENCH' || lpad(n::text, 13, '0'), '重估基准企业' || n || '有限公司', '张三',
                       date '2010-01-01' + (n % 3000), 5000000, '示范区', 'C3990', '其他电子设备制造',
                       (array['MICRO','SMALL','MEDIUM'])[1 + n % 3]
                from bench_ent""");
        // revenue 2 million to 200 million yuan, the latest year 5 % above the one before
        jdbc.update("""
                insert into enterprise_financials (enterprise_id, year, revenue, profit, rd_spend, employees)
                select e.id, y.year, round((2000000 + (hashint4(e.n::int) & 1023) * 193548.39) * y.f, 2),
                       round((200000 + (hashint4(e.n::int) & 1023) * 19354.84) * y.f, 2),
                       round((100000 + (hashint4(e.n::int) & 1023) * 9677.42) * y.f, 2), 20 + e.n % 300
                from bench_ent e cross join (values (2024, 1.0), (2025, 1.05)) y(year, f)""");
        jdbc.execute("""
                create temp table bench_asset as
                select g as n, nextval('ip_asset_id_seq') as id, (g - 1) / %d + 1 as ent_n,
                       case when g %% 10 < 6 then 'INVENTION_PATENT' when g %% 10 < 8 then 'UTILITY_MODEL'
                            when g %% 10 = 8 then 'TRADEMARK' else 'SOFTWARE_COPYRIGHT' end as kind,
                       abs(hashint4(g)) as h
                from generate_series(1, %d) g""".formatted(ASSETS_PER_ENTERPRISE, assets));
        jdbc.update("""
                insert into ip_asset (id, kind, number, title, filed_on, granted_on, expires_on, status, nice_class, claims,
                                      cited_by, family_size)
                select a.id, a.kind, 'BENCH' || a.n, '重估基准资产' || a.n, d.filed_on,
                       d.filed_on + 400, case a.kind when 'INVENTION_PATENT' then (d.filed_on + interval '20 years')::date - 1
                                              when 'UTILITY_MODEL' then (d.filed_on + interval '10 years')::date - 1
                                              when 'TRADEMARK' then (d.filed_on + 400 + interval '10 years')::date - 1
                                              else (d.filed_on + interval '50 years')::date end,
                       'IN_FORCE', case when a.kind = 'TRADEMARK' then 9 end,
                       case when a.kind in ('INVENTION_PATENT','UTILITY_MODEL') then 1 + a.h % 30 end,
                       a.h % 40, 1 + a.h % 6
                from bench_asset a
                cross join lateral (select current_date - 30 - (a.h % case a.kind when 'INVENTION_PATENT' then 7000
                                        when 'UTILITY_MODEL' then 3400 when 'TRADEMARK' then 3000 else 5000 end)::int as filed_on) d""");
        jdbc.update("""
                insert into ip_asset_owner (asset_id, enterprise_id, share)
                select a.id, e.id, 1 from bench_asset a join bench_ent e on e.n = a.ent_n""");
        jdbc.update("""
                insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on,
                                  disbursed_on, maturity_on, state)
                select 'RB' || lpad(e.n::text, 10, '0'), e.id, b.id, 1.00, 0.035, 12, current_date - 60, current_date - 30,
                       current_date + 335, 'DISBURSED'
                from bench_ent e cross join (select id from organisation where code = 'bench-bank') b""");
        jdbc.update("""
                insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on)
                select a.id, 'ZX-BENCH-' || a.n, e.id, l.bank_org_id, l.id, current_date - 30
                from bench_asset a join bench_ent e on e.n = a.ent_n join loan l on l.enterprise_id = e.id""");
        jdbc.execute("analyze organisation, enterprise, enterprise_financials, ip_asset, ip_asset_owner, loan, ip_pledge");
    }

    /**
     * Between the nights: the banks price each loan at 95 % of the threshold on the values of run 1 (so that a fall in
     * value breaches it), ~5 % of the patents lapse or come under invalidation, ~5 % of the owners' latest revenue
     * falls by 60 %.
     */
    private static int[] change(JdbcTemplate jdbc) {
        int loans = jdbc.update("""
                update loan l set principal = greatest(1.00, round(0.95 * 0.6 * v.total, 2))
                from (select p.loan_id, sum(v.value) as total from ip_pledge p join asset_value v on v.asset_id = p.asset_id
                      where p.cancelled_on is null group by p.loan_id) v
                where v.loan_id = l.id and l.loan_no like 'RB%'""");
        jdbc.execute("create temp table bench_changed as select id, case when id % 2 = 0 then 'LAPSED'"
                + " else 'UNDER_INVALIDATION' end as status from bench_asset"
                + " where kind in ('INVENTION_PATENT','UTILITY_MODEL') and h % 12 = 0");
        jdbc.update("""
                insert into ip_legal_event (asset_id, occurred_on, status, event, source)
                select id, current_date - 1, status, case status when 'LAPSED' then 'ANNUITY_UNPAID'
                                                               else 'INVALIDATION_FILED' end, '国家知识产权局' from bench_changed""");
        int assets = jdbc.update("update ip_asset a set status = c.status from bench_changed c where c.id = a.id");
        int enterprises = jdbc.update("""
                update enterprise_financials f set revenue = round(f.revenue * 0.4, 2)
                from bench_ent e where e.id = f.enterprise_id and f.year = 2025 and hashint4(e.n::int + 7) % 20 = 0""");
        jdbc.execute("analyze ip_asset, enterprise_financials, loan, ip_legal_event");
        return new int[]{loans, assets, enterprises};
    }

    private static void heading(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static int option(String[] args, String name, int otherwise) {
        Map<String, Integer> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                String key = arg.substring(2, arg.indexOf('='));
                if (Set.of(name).contains(key)) {
                    options.put(key, Integer.parseInt(arg.substring(arg.indexOf('=') + 1).replace("_", "")));
                }
            }
        }
        return options.getOrDefault(name, otherwise);
    }
}
