package cn.ipfin.bench;

import cn.ipfin.IpfinApplication;
import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import cn.ipfin.supervision.QuarterHistory;
import cn.ipfin.supervision.QuarterlyStatistics;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Issue 20: the supervision dashboard over a district of 1,000,000 IP pledge loans (100,000 enterprises, 20 banks,
 * each loan with a pledged right) and 10 years of quarterly history kept by supervision (40 quarters, the district
 * and 49 others), on the server's own services and a throw-away embedded PostgreSQL. Every chart reads the kept
 * quarter figures, never the loans: the bench times each chart's read (target p95 &lt; 100 ms) and, once, the
 * quarter-end snapshot the close takes over the whole million-loan book.
 *
 * <p>The loans and their positions are made by {@code generate_series} in SQL and the history straight into the
 * figure tables, as fixtures. Arguments (optional): {@code --loans=N --reads=N}.
 */
public final class SupervisionDashboardBench {

    private static final double TARGET_MS = 100;
    private static final String DISTRICT = "监管基准区";
    private static final int BANKS = 20;
    private static final int OTHER_DISTRICTS = 49;
    private static final int HISTORY_QUARTERS = 40;

    private SupervisionDashboardBench() {
    }

    public static void main(String[] args) {
        int loans = option(args, "loans", 1_000_000);
        int reads = option(args, "reads", 500);
        String[] settings = {"--ipfin.embedded-db.data-dir=", "--ipfin.embedded-db.port=0", "--server.port=0",
                "--ipfin.valuation.revaluation-enabled=false", "--spring.main.banner-mode=off",
                "--ipfin.close.scheduled=false"};
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(IpfinApplication.class)
                .web(WebApplicationType.NONE).profiles("bench").run(settings);
        int exit;
        try {
            exit = run(ctx, loans, reads) ? 0 : 1;
        } finally {
            ctx.close();
        }
        System.exit(exit);
    }

    private static boolean run(ConfigurableApplicationContext ctx, int loans, int reads) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        QuarterlyStatistics statistics = ctx.getBean(QuarterlyStatistics.class);
        QuarterHistory history = ctx.getBean(QuarterHistory.class);
        Quarter last = Quarter.of(LocalDate.now(ctx.getBean(Clock.class))).previous();
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = last; quarters.size() < HISTORY_QUARTERS; q = q.previous()) quarters.addFirst(q);

        heading("Load: " + String.format("%,d", loans) + " loans over " + quarters.getFirst() + "–" + last
                + ", " + HISTORY_QUARTERS + " quarters of history for " + (OTHER_DISTRICTS + 1) + " districts");
        long started = System.nanoTime();
        long office = loadDistrict(jdbc, loans, quarters.getFirst().firstDay(), last.lastDay());
        System.out.printf("district and loans (generate_series): %.1f s%n", seconds(System.nanoTime() - started));
        started = System.nanoTime();
        loadHistory(jdbc, quarters);
        jdbc.execute("analyze supervision_quarter_snapshot, supervision_quarter_figure");
        System.out.printf("history: %,d figure rows in %.1f s%n",
                jdbc.queryForObject("select count(*) from supervision_quarter_figure", Long.class),
                seconds(System.nanoTime() - started));

        Actor officer = new Actor(0, "bench-office", office, OrgType.IP_OFFICE, Set.of(Role.IPO_OFFICER), Set.of(office));
        SplittableRandom random = new SplittableRandom(2026);
        Map<String, Supplier<Object>> charts = new LinkedHashMap<>();
        charts.put("trend, 4 quarters", () -> statistics.trend(officer,
                quarters.get(3 + random.nextInt(HISTORY_QUARTERS - 3)), 4));
        charts.put("trend, 40 quarters", () -> statistics.trend(officer, last, HISTORY_QUARTERS));
        charts.put("quarter by dimension", () -> history.figures(DISTRICT, quarters.get(random.nextInt(HISTORY_QUARTERS))));
        charts.put("dashboard statistics", () -> statistics.of(officer, quarters.get(random.nextInt(HISTORY_QUARTERS))));

        heading("Reads: " + reads + " of each after 50 to warm up (the machine is shared: latencies include its load)");
        System.out.println(Latencies.header() + "  target p95 < " + (int) TARGET_MS + " ms");
        boolean ok = true;
        for (var chart : charts.entrySet()) {
            for (int i = 0; i < 50; i++) chart.getValue().get();
            Latencies latencies = new Latencies();
            for (int i = 0; i < reads; i++) {
                long t = System.nanoTime();
                chart.getValue().get();
                latencies.add(System.nanoTime() - t);
            }
            boolean met = latencies.percentileMillis(95) < TARGET_MS;
            ok &= met;
            System.out.println(latencies.row(chart.getKey()) + (met ? "  ok" : "  MISSED"));
        }

        heading("Quarter-end snapshot of " + last + " over the whole book (what the close of its last day takes)");
        started = System.nanoTime();
        var snapshot = history.take(DISTRICT, last, "CLOSE");
        System.out.printf("%,d loans in the quarter's figures, taken in %.1f s%n", snapshot.loans(),
                seconds(System.nanoTime() - started));
        var figures = history.figures(DISTRICT, last);
        System.out.printf("district: balance %s, NPL %s, %d banks, %d kinds, %d parks%n",
                figures.district().balance(), figures.district().nplBalance(), figures.of("BANK").size(),
                figures.of("KIND").size(), figures.of("PARK").size());
        System.out.printf("JVM max heap %,d MB; %d processors; PostgreSQL %s, database %s%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                jdbc.queryForObject("show server_version", String.class),
                jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));
        heading(ok ? "All chart reads under " + (int) TARGET_MS + " ms at p95" : "Some chart read MISSED its target");
        return ok;
    }

    /** The district's office, banks, enterprises, rights, loans (40 % still owed, 3 % of those 次级) and pledges. */
    private static long loadDistrict(JdbcTemplate jdbc, int loans, LocalDate from, LocalDate to) {
        int enterprises = Math.max(10, loans / 10);
        long office = jdbc.queryForObject("""
                insert into organisation (code, type, name, district, status)
                values ('sv-bench-office', 'IP_OFFICE', '监管基准区知识产权局', ?, 'ACTIVE') returning id""", Long.class, DISTRICT);
        jdbc.update("""
                insert into organisation (code, type, name, name_en, district, status)
                select 'sv-bench-bank-' || g, 'BANK', '基准银行' || g, 'Bench bank ' || g, ?, 'ACTIVE'
                from generate_series(1, ?) g""", DISTRICT, BANKS);
        jdbc.execute("create temporary table bench_bank as select row_number() over (order by id) as n, id from organisation"
                + " where code like 'sv-bench-bank-%'");
        jdbc.execute("create temporary table bench_ent as select g as n, nextval('organisation_id_seq') as id"
                + " from generate_series(1, " + enterprises + ") g");
        jdbc.update("""
                insert into organisation (id, code, credit_code, type, name, district)
                select id, 'SVB' || lpad(n::text, 13, '0'), 'SVB' || lpad(n::text, 13, '0'), 'ENTERPRISE',
                       '监管基准企业' || n, ? from bench_ent""", DISTRICT);
        jdbc.update("""
                insert into enterprise (organisation_id, credit_code, name, legal_representative, registered_on,
                    registered_capital, district, park, industry_code, industry_name, size)
                select id, 'SVB' || lpad(n::text, 13, '0'), '监管基准企业' || n, '王五', date '2010-01-01', 5000000, ?,
                       case when n % 11 = 0 then null else '园区' || (n % 11) end, 'C3990', '其他电子设备制造',
                       (array['MICRO', 'SMALL', 'MEDIUM'])[1 + n % 3] from bench_ent""", DISTRICT);
        int days = (int) (to.toEpochDay() - from.toEpochDay());
        jdbc.update("""
                insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on,
                                  disbursed_on, maturity_on, state, repayment_method)
                select 'SVB' || lpad(g::text, 10, '0'), e.id, b.id, (100000 + (abs(hashint4(g)) % 4900) * 1000)::numeric(19,2),
                       0.035, 36, d - 15, d, (d + interval '36 months')::date,
                       case when g % 5 < 2 then 'DISBURSED' else 'REPAID' end, 'EQUAL_INSTALMENTS'
                from generate_series(1, ?) g
                join bench_ent e on e.n = 1 + abs(hashint4(g + 7)) % ?
                join bench_bank b on b.n = 1 + g % ?
                cross join lateral (select (?::date + (abs(hashint4(g + 2)) % ?))::date as d) x""",
                loans, enterprises, BANKS, from, days + 1);
        jdbc.update("""
                insert into loan_servicing (loan_id, bank_org_id, enterprise_id, state, schedule_version, annual_rate,
                    day_count, interest_basis, penalty_uplift, compound_interest, maturity_on, scheduled_balance,
                    period_start, overdue_principal, classification, closed_through)
                select id, bank_org_id, enterprise_id, case when state = 'REPAID' then 'REPAID' else 'ACTIVE' end, 1, 0.035,
                       'ACT_360', 'PERIODIC_RATE', 0.50, true, maturity_on,
                       case when state = 'REPAID' then 0 else round(principal * 0.6, 2) end, disbursed_on, 0,
                       case when state <> 'REPAID' and id % 33 = 0 then 'SUBSTANDARD' else 'NORMAL' end, ?
                from loan where loan_no like 'SVB%'""", to);
        jdbc.update("""
                insert into ip_asset (kind, number, title, filed_on, status, nice_class)
                select (array['INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'TRADEMARK', 'COPYRIGHT'])[1 + id % 5],
                       'SVB' || id, '基准权利', disbursed_on - 400, 'IN_FORCE', case when id % 5 = 3 then 9 end
                from loan where loan_no like 'SVB%'""");
        jdbc.update("""
                insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on, cancelled_on)
                select a.id, 'SVBREG' || l.id, l.enterprise_id, l.bank_org_id, l.id, l.disbursed_on - 3,
                       case when l.state = 'REPAID' then l.maturity_on end
                from loan l join ip_asset a on a.number = 'SVB' || l.id
                where l.loan_no like 'SVB%'""");
        jdbc.execute("analyze organisation, enterprise, loan, loan_servicing, ip_asset, ip_pledge");
        return office;
    }

    /** Ten years of kept quarters: the district, each bank, kind, park and size, for the district and 49 others. */
    private static void loadHistory(JdbcTemplate jdbc, List<Quarter> quarters) {
        List<String> districts = new ArrayList<>(List.of(DISTRICT));
        for (int d = 1; d <= OTHER_DISTRICTS; d++) districts.add("基准他区" + d);
        for (String district : districts) {
            for (Quarter q : quarters) {
                jdbc.update("""
                        insert into supervision_quarter_snapshot (district, year, quarter, as_of, source, taken_at, loans)
                        values (?, ?, ?, ?, 'CLOSE', now(), 25000)""", district, q.year(), q.number(), q.lastDay());
            }
            jdbc.update("""
                    insert into supervision_quarter_figure (district, year, quarter, dimension, member, new_loans, new_amount,
                        balance, customers, pledged_principal, pledged_value, npl_balance)
                    select s.district, s.year, s.quarter, m.dimension, m.member, 600 + h % 200, (600 + h % 200) * 1500000.00,
                           4000000000.00 + h % 1000000, 8000 + h % 500, 600000000.00, 1500000000.00, 60000000.00 + h % 100000
                    from supervision_quarter_snapshot s
                    cross join (select 'DISTRICT' as dimension, '' as member
                                union all select 'BANK', cast(id as text) from bench_bank
                                union all select 'KIND', k from unnest(array['INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT',
                                    'TRADEMARK', 'COPYRIGHT']) k
                                union all select 'PARK', case when p = 0 then '—' else '园区' || p end from generate_series(0, 10) p
                                union all select 'SIZE', z from unnest(array['MICRO', 'SMALL', 'MEDIUM']) z) m
                    cross join lateral (select abs(hashtext(s.district || s.year || s.quarter || m.member)) as h) x
                    where s.district = ?""", district);
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (String a : args) if (a.startsWith("--" + name + "=")) return Integer.parseInt(a.substring(name.length() + 3));
        return fallback;
    }

    private static void heading(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
