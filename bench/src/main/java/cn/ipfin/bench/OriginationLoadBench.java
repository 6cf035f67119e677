package cn.ipfin.bench;

import cn.ipfin.IpfinApplication;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.ledger.LedgerVerification;
import cn.ipfin.ledger.LedgerVerifier;
import cn.ipfin.lending.Product;
import cn.ipfin.lending.Products;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load benchmark of loan origination through the HTTP API (issue 6: ≥ 300 application state transitions per second
 * under 32 concurrent clients, p99 under 200 ms, every transition in the ledger, none lost or doubled under retries;
 * the server's memory reported). The server's own Spring context (demo profile off) on a throw-away embedded
 * PostgreSQL 17, listening on a real loopback port; 32 client threads of {@link HttpClient} on the same box.
 *
 * <p>Setup: a bank with an officer and an approver, a valuation firm, 32 enterprises with one finance user each
 * (users created through {@link UserAccounts#create}), IN_FORCE unpledged invention patents for each enterprise with
 * a valuation request each, and one product. Each client walks its own applications through every step:
 * apply → valuation → valuation attached → due diligence → 5 × (document upload + checklist item) → pledge
 * registration → pledge registered → credit approval → approval (the approver: four eyes) → contract signed →
 * disbursed. Every command carries {@code expectedVersion} and (except the multipart upload, which takes none) an
 * {@code Idempotency-Key}; ~5 % of keyed commands are retried with the same key — half after the first answer, half
 * sent twice at once — and must answer the first result.
 *
 * <p>API authentication: by default each user obtains one bearer token ({@code POST /api/v1/tokens} with Basic) and
 * sends it on every request; {@code --auth=basic} sends HTTP Basic on every request instead, so every request pays one
 * bcrypt check. At the platform default
 * (cost 10, ~50–100 ms of CPU) that alone caps two cores far below the target; the bench users' hashes are therefore
 * re-written at {@code --bcrypt-cost} (default 4) — only for the bench users, the platform's encoder is unchanged.
 * {@code --bcrypt-cost=10} measures the platform default.
 *
 * <p>Arguments (optional): {@code --seconds=60 --warmup=15 --clients=32 --retry-percent=5 --bcrypt-cost=4
 * --auth=bearer|basic}; any
 * {@code --spring.*} or {@code --server.*} property is passed to the server (for experiments, e.g.
 * {@code --spring.datasource.hikari.connection-init-sql=select\ 1} to measure without forced custom plans).
 */
public final class OriginationLoadBench {

    private static final double TARGET_TPS = 300;
    private static final double TARGET_P99_MS = 200;
    private static final String PASSWORD = "Bench@2026";
    private static final List<String> CHECKLIST = List.of("BUSINESS_LICENCE", "FINANCIAL_STATEMENTS", "IP_CERTIFICATES",
            "CREDIT_REPORT", "SITE_VISIT");
    private static final byte[] PDF = "%PDF-1.7\n% bench due-diligence document\n".getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The API commands of one loan, with the ledger action each writes (one LOAN entry per successful command). */
    enum Step {
        APPLY("APPLIED", true, true),
        START_VALUATION("VALUATION", true, true),
        ATTACH_VALUATION("VALUATION_ATTACHED", true, false),
        START_DUE_DILIGENCE("DUE_DILIGENCE", true, true),
        UPLOAD("DOCUMENT_UPLOADED", false, false),
        CHECKLIST("CHECKLIST_DONE", true, false),
        START_REGISTRATION("PLEDGE_REGISTRATION", true, true),
        REGISTER_PLEDGE("PLEDGE_REGISTERED", true, false),
        SUBMIT("CREDIT_APPROVAL", true, true),
        APPROVE("CONTRACT", true, true),
        SIGN_CONTRACT("CONTRACT_SIGNED", true, false),
        DISBURSE("DISBURSED", true, true);

        final String ledgerAction;
        /** takes an Idempotency-Key and moves the application's version */
        final boolean keyed;
        /** a move between states of the state machine (the others are changes within a step) */
        final boolean stateMove;

        Step(String ledgerAction, boolean keyed, boolean stateMove) {
            this.ledgerAction = ledgerAction;
            this.keyed = keyed;
            this.stateMove = stateMove;
        }
    }

    private OriginationLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = option(args, "seconds", 60);
        int warmup = option(args, "warmup", 15);
        int clients = option(args, "clients", 32);
        int retryPercent = option(args, "retry-percent", 5);
        int bcryptCost = option(args, "bcrypt-cost", 4);
        boolean bearer = switch (stringOption(args, "auth", "bearer")) {
            case "bearer" -> true;
            case "basic" -> false;
            default -> throw new IllegalArgumentException("--auth must be bearer or basic");
        };
        long started = System.nanoTime();
        // As command-line properties: they must win over application.yml (see RegistryBench). Demo profile off.
        List<String> settings = new ArrayList<>(List.of("--ipfin.embedded-db.data-dir=", "--ipfin.embedded-db.port=0",
                "--server.port=0", "--ipfin.valuation.revaluation-enabled=false", "--spring.main.banner-mode=off"));
        // experiments: any --spring.* / --server.* property is passed on (e.g. the pool's connection-init-sql)
        for (String arg : args) {
            if (arg.startsWith("--spring.") || arg.startsWith("--server.")) {
                settings.add(arg);
                System.out.println("server setting for this run: " + arg);
            }
        }
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(IpfinApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("bench")
                .run(settings.toArray(String[]::new));
        int exit;
        try {
            System.out.printf("%nServer context with embedded PostgreSQL started in %.1f s (profiles %s)%n",
                    seconds(System.nanoTime() - started), List.of(ctx.getEnvironment().getActiveProfiles()));
            exit = new OriginationLoadBench.Run(ctx, clients, retryPercent, bcryptCost, bearer).run(warmup, seconds) ? 0 : 1;
        } finally {
            ctx.close();
        }
        System.exit(exit);
    }

    private static final class Run {
        final ConfigurableApplicationContext ctx;
        final JdbcTemplate jdbc;
        final int clients;
        final int retryPercent;
        final int bcryptCost;
        final boolean bearer;
        final String base;
        final HttpClient http;
        long productId;
        String officerAuth;
        String approverAuth;
        final List<Client> clientList = new ArrayList<>();

        // totals over warm-up and measurement, for the ledger check
        final Map<Step, LongAdder> succeeded = new ConcurrentHashMap<>();
        final LongAdder retries = new LongAdder();
        final LongAdder retriesConcurrent = new LongAdder();
        final LongAdder retriesSame = new LongAdder();
        final LongAdder retriesIdentical = new LongAdder();
        final List<String> retryMismatches = java.util.Collections.synchronizedList(new ArrayList<>());
        final LongAdder errors = new LongAdder();
        final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        final LongAdder loansDisbursed = new LongAdder();
        final LongAdder keysSent = new LongAdder();

        Run(ConfigurableApplicationContext ctx, int clients, int retryPercent, int bcryptCost, boolean bearer) {
            this.bearer = bearer;
            this.ctx = ctx;
            this.jdbc = ctx.getBean(JdbcTemplate.class);
            this.clients = clients;
            this.retryPercent = retryPercent;
            this.bcryptCost = bcryptCost;
            this.base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port") + "/api/v1/applications";
            this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (Step s : Step.values()) succeeded.put(s, new LongAdder());
        }

        boolean run(int warmupSeconds, int measureSeconds) throws Exception {
            heading("Setup: a bank (officer, approver), a valuation firm, " + clients + " enterprises with a user each,"
                    + " IN_FORCE patents with valuation requests, a product");
            long setupStarted = System.nanoTime();
            int assetsPerClient = 50 + 2 * (measureSeconds + warmupSeconds);
            setup(assetsPerClient);
            System.out.printf("set up in %.1f s: %,d patents (%d per enterprise); bench users' bcrypt cost %d%s%n",
                    seconds(System.nanoTime() - setupStarted), assetsPerClient * clients, assetsPerClient, bcryptCost,
                    bcryptCost == 10 ? " (the platform default)" : " (platform default 10 unchanged for everyone else)");
            heading(bearer ? "bcrypt: one Basic-auth check per user to obtain its bearer token (--auth=bearer)"
                    : "bcrypt: one Basic-auth check per API request (--auth=basic)");
            bcryptCost(10);
            if (bcryptCost != 10) bcryptCost(bcryptCost);

            heading("Warm-up: " + warmupSeconds + " s with " + clients + " clients");
            Phase warm = phase(warmupSeconds);
            warm.print();

            heading("Measured: " + measureSeconds + " s with " + clients + " clients, ~" + retryPercent
                    + " % of keyed commands retried with the same Idempotency-Key");
            Sampler sampler = new Sampler(jdbc);
            sampler.start();
            Cpu cpuBefore = Cpu.now(jdbc);
            Phase measured = phase(measureSeconds);
            Cpu cpuAfter = Cpu.now(jdbc);
            sampler.stop();
            measured.print();
            heading("Where the time goes (measured phase)");
            Cpu.print(cpuBefore, cpuAfter, measured.nanos);
            sampler.print();

            heading("Ledger and retries (warm-up + measured)");
            boolean ledgerOk = verify();

            heading("Memory");
            memory();

            double tps = measured.count(Step.values()) / seconds(measured.nanos);
            double p99 = measured.all.percentileMillis(99);
            boolean ok = ledgerOk && tps >= TARGET_TPS && p99 < TARGET_P99_MS && errors.sum() == 0;
            heading((ok ? "Target met" : "Target MISSED") + String.format(": %.0f transitions/s (target ≥ %.0f), p99 %.1f ms"
                    + " (target < %.0f), ledger %s, %d errors", tps, TARGET_TPS, p99, TARGET_P99_MS,
                    ledgerOk ? "complete and intact" : "NOT consistent", errors.sum()));
            return ok;
        }

        // ---------------------------------------------------------------------------------------------- setup

        void setup(int assetsPerClient) {
            UserAccounts users = ctx.getBean(UserAccounts.class);
            long bank = jdbc.queryForObject("""
                    insert into organisation (code, type, name, district) values ('bench-bank', 'BANK', '负载基准测试银行', '示范区')
                    returning id""", Long.class);
            long valuer = jdbc.queryForObject("""
                    insert into organisation (code, type, name, district)
                    values ('bench-valuer', 'VALUATION_FIRM', '负载基准评估公司', '示范区') returning id""", Long.class);
            users.create("bench-officer", PASSWORD, "基准客户经理", bank, List.of(Role.BANK_OFFICER));
            users.create("bench-approver", PASSWORD, "基准审批人", bank, List.of(Role.BANK_APPROVER));
            long[] enterprises = new long[clients];
            for (int i = 0; i < clients; i++) {
                String code = "BENCHLOAD" + String.format("%09d", i + 1);
                enterprises[i] = jdbc.queryForObject("""
                        insert into organisation (code, credit_code, type, name, district)
                        values (?, ?, 'ENTERPRISE', ?, '示范区') returning id""", Long.class, code, code,
                        "负载基准企业" + (i + 1) + "有限公司");
                jdbc.update("""
                        insert into enterprise (organisation_id, credit_code, name, legal_representative, registered_on,
                            registered_capital, district, industry_code, industry_name, size)
                        values (?, ?, ?, '张三', date '2015-01-01', 5000000, '示范区', 'C3990', '其他电子设备制造', 'SMALL')""",
                        enterprises[i], code, "负载基准企业" + (i + 1) + "有限公司");
                users.create("bench-ent" + (i + 1), PASSWORD, "基准企业财务" + (i + 1), enterprises[i],
                        List.of(Role.ENTERPRISE_FINANCE));
            }
            if (bcryptCost != 10) {
                // Only the bench users: a cheaper hash of the same password (BCrypt verifies at the cost in the hash).
                String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(bcryptCost));
                jdbc.update("update app_user set password_hash = ? where username like 'bench-%'", hash);
            }
            // IN_FORCE unpledged invention patents, each with a valuation request of the bank (for "attach valuation")
            LocalDate expires = LocalDate.now().plusYears(12);
            List<Object[]> assetRows = new ArrayList<>();
            int serial = 0;
            for (int c = 0; c < clients; c++) {
                for (int a = 0; a < assetsPerClient; a++) {
                    assetRows.add(new Object[]{PatentApplicationNumber.of(2019, 1, ++serial).value(),
                            "负载基准专利" + serial, java.sql.Date.valueOf(expires), c});
                }
            }
            jdbc.execute("create temp table bench_load_asset (number varchar(40), title text, expires_on date, client int)");
            jdbc.batchUpdate("insert into bench_load_asset values (?, ?, ?, ?)", assetRows);
            jdbc.execute("create temp table bench_load_ent (client int, id bigint)");
            List<Object[]> entRows = new ArrayList<>();
            for (int c = 0; c < clients; c++) entRows.add(new Object[]{c, enterprises[c]});
            jdbc.batchUpdate("insert into bench_load_ent values (?, ?)", entRows);
            jdbc.update("""
                    insert into ip_asset (kind, number, title, filed_on, granted_on, expires_on, status, claims)
                    select 'INVENTION_PATENT', number, title, date '2019-03-01', date '2021-06-01', expires_on, 'IN_FORCE', 10
                    from bench_load_asset""");
            jdbc.update("""
                    insert into ip_asset_owner (asset_id, enterprise_id, share)
                    select a.id, e.id, 1 from bench_load_asset b join ip_asset a on a.kind = 'INVENTION_PATENT' and a.number = b.number
                    join bench_load_ent e on e.client = b.client""");
            jdbc.update("""
                    insert into valuation_request (requester_org_id, owner_id, asset_id, firm_org_id, purpose, state,
                        requested_by, requested_at)
                    select ?, o.enterprise_id, o.asset_id, ?, '质押贷款评估', 'REQUESTED', 'bench-officer', now()
                    from ip_asset_owner o join bench_load_ent e on e.id = o.enterprise_id""", bank, valuer);
            jdbc.execute("analyze organisation, enterprise, app_user, ip_asset, ip_asset_owner, valuation_request");

            var officer = ((ActorHolder) users.loadUserByUsername("bench-officer")).actor();
            Product product = ctx.getBean(Products.class).publish(officer, new Products.ProductDraft("BENCH-LOAD", "知识产权质押贷",
                    "负载基准产品", Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50"), IpKind.TRADEMARK, new BigDecimal("0.30")),
                    new BigDecimal("100000"), new BigDecimal("5000000"), 6, 36, 50, 150,
                    Set.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, RepaymentMethod.EQUAL_PRINCIPAL),
                    Requirement.OPTIONAL, Requirement.OPTIONAL, TargetGroup.ANY, Set.of()));
            productId = product.id();
            officerAuth = auth("bench-officer");
            approverAuth = auth("bench-approver");
            for (int c = 0; c < clients; c++) {
                List<long[]> work = jdbc.query("""
                                select o.asset_id, v.id from ip_asset_owner o join valuation_request v on v.asset_id = o.asset_id
                                where o.enterprise_id = ? order by o.asset_id""",
                        (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}, enterprises[c]);
                clientList.add(new Client(c, auth("bench-ent" + (c + 1)), work));
            }
        }

        void bcryptCost(int cost) {
            String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(cost));
            for (int i = 0; i < 3; i++) BCrypt.checkpw(PASSWORD, hash);
            int n = cost >= 10 ? 10 : 200;
            long t = System.nanoTime();
            for (int i = 0; i < n; i++) BCrypt.checkpw(PASSWORD, hash);
            double ms = (System.nanoTime() - t) / 1e6 / n;
            System.out.printf("bcrypt cost %2d: %.2f ms of CPU per check → at most %,.0f authenticated requests/s on %d cores%n",
                    cost, ms, Runtime.getRuntime().availableProcessors() * 1000 / ms, Runtime.getRuntime().availableProcessors());
        }

        // ---------------------------------------------------------------------------------------------- load

        Phase phase(int seconds) throws InterruptedException {
            Phase phase = new Phase();
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            long started = System.nanoTime();
            for (Client c : clientList) {
                Thread t = Thread.ofPlatform().name("bench-client-" + c.index).start(() -> c.loop(this, phase, deadline, stop));
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join(Duration.ofSeconds(seconds + 120));
                if (t.isAlive()) {
                    stop.set(true);
                    System.out.println("client " + t.getName() + " did not finish in time; stopping");
                }
            }
            phase.nanos = System.nanoTime() - started;
            return phase;
        }

        /** One HTTP command; the response body as JSON, or null after an error (counted). */
        JsonNode send(Phase phase, Step step, HttpRequest request, String key, boolean mayRetry) {
            boolean retry = key != null && mayRetry && ThreadLocalRandom.current().nextInt(100) < retryPercent;
            boolean concurrentRetry = retry && ThreadLocalRandom.current().nextBoolean();
            if (key != null) keysSent.increment();
            long t0 = System.nanoTime();
            HttpResponse<String> first;
            HttpResponse<String> second = null;
            try {
                if (concurrentRetry) {
                    // the client timed out and resent while the first was still in flight
                    CompletableFuture<HttpResponse<String>> a = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
                    CompletableFuture<HttpResponse<String>> b = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
                    first = a.join();
                    second = b.join();
                } else {
                    first = http.send(request, HttpResponse.BodyHandlers.ofString());
                }
            } catch (Exception e) {
                error(phase, step, "I/O " + e.getClass().getSimpleName());
                return null;
            }
            long elapsed = System.nanoTime() - t0;
            if (!concurrentRetry) {
                phase.record(step, elapsed);
            }
            if (first.statusCode() != 200) {
                error(phase, step, "HTTP " + first.statusCode() + " " + abbreviate(first.body()));
                return null;
            }
            JsonNode body = JSON.readTree(first.body());
            if (retry) {
                try {
                    if (!concurrentRetry) {
                        long t1 = System.nanoTime();
                        second = http.send(request, HttpResponse.BodyHandlers.ofString());
                        phase.retryLatency.add(System.nanoTime() - t1);
                    } else {
                        phase.retryLatency.add(elapsed);
                    }
                } catch (Exception e) {
                    error(phase, step, "retry I/O " + e.getClass().getSimpleName());
                    return body;
                }
                retries.increment();
                if (concurrentRetry) retriesConcurrent.increment();
                if (second.statusCode() != 200) {
                    retryMismatches.add(step + " retry answered HTTP " + second.statusCode() + " " + abbreviate(second.body()));
                } else {
                    JsonNode again = JSON.readTree(second.body());
                    boolean same = fingerprint(body).equals(fingerprint(again));
                    if (same) retriesSame.increment();
                    else retryMismatches.add(step + " retry answered " + fingerprint(again) + " instead of " + fingerprint(body));
                    if (again.equals(body)) retriesIdentical.increment();
                }
            }
            succeeded.get(step).increment();
            return body;
        }

        void error(Phase phase, Step step, String kind) {
            errors.increment();
            phase.errors.increment();
            errorKinds.computeIfAbsent(step + ": " + kind, k -> new LongAdder()).increment();
        }

        HttpRequest json(String path, String auth, String key, String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (key != null) b.header("Idempotency-Key", key);
            return b.build();
        }

        HttpRequest upload(String loanNo, String item) {
            String boundary = "----ipfinbench" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + item
                    + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(PDF);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return HttpRequest.newBuilder(URI.create(base + "/" + loanNo + "/documents?item=" + item))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", officerAuth)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build();
        }

        // ---------------------------------------------------------------------------------------------- checks

        boolean verify() {
            Map<String, Long> ledger = new TreeMap<>();
            jdbc.query("select action, count(*) from ledger_entry where subject_type = 'LOAN' group by action",
                    rs -> {
                        ledger.put(rs.getString(1), rs.getLong(2));
                    });
            boolean ok = true;
            long commands = 0;
            long entries = 0;
            System.out.printf("%-22s %10s %14s%n", "ledger action", "API 200s", "LOAN entries");
            for (Step s : Step.values()) {
                long sent = succeeded.get(s).sum();
                long recorded = ledger.getOrDefault(s.ledgerAction, 0L);
                commands += sent;
                entries += recorded;
                ok &= sent == recorded;
                System.out.printf("%-22s %,10d %,14d%s%n", s.ledgerAction, sent, recorded, sent == recorded ? "" : "   <-- MISMATCH");
            }
            for (var e : ledger.entrySet()) {
                boolean known = java.util.Arrays.stream(Step.values()).anyMatch(s -> s.ledgerAction.equals(e.getKey()));
                if (!known) {
                    ok = false;
                    System.out.printf("%-22s %10s %,14d   <-- unexpected%n", e.getKey(), "-", e.getValue());
                }
            }
            System.out.printf("total: %,d successful commands, %,d LOAN ledger entries → %s%n", commands, entries,
                    commands == entries ? "none lost, none doubled" : "MISMATCH");
            // each version of each loan is in the ledger exactly once
            long doubled = jdbc.queryForObject("""
                    select count(*) from (select subject_id, after_state::jsonb ->> 'version' v, count(*) from ledger_entry
                    where subject_type = 'LOAN' and action <> 'DOCUMENT_UPLOADED' group by 1, 2 having count(*) > 1) d""", Long.class);
            long versionGaps = jdbc.queryForObject("""
                    select count(*) from loan l where l.product_id is not null and l.version + 1 <> (select count(*) from ledger_entry e
                    where e.subject_type = 'LOAN' and e.subject_id = l.loan_no and e.action <> 'DOCUMENT_UPLOADED')""", Long.class);
            long keys = jdbc.queryForObject("select count(*) from loan_command", Long.class);
            long unanswered = jdbc.queryForObject("select count(*) from loan_command where response is null", Long.class);
            System.out.printf("loan versions recorded twice: %d; loans whose version ≠ its ledger entries − 1: %d%n", doubled, versionGaps);
            System.out.printf("idempotency keys: %,d sent, %,d stored (%,d without response)%n", keysSent.sum(), keys, unanswered);
            System.out.printf("retries: %,d (%,d of them concurrent with the first); %,d answered the first result"
                            + " (%,d byte-for-byte the same JSON); %d mismatches%n", retries.sum(), retriesConcurrent.sum(),
                    retriesSame.sum(), retriesIdentical.sum(), retryMismatches.size());
            retryMismatches.stream().limit(5).forEach(m -> System.out.println("  " + m));
            ok &= doubled == 0 && versionGaps == 0 && keys == keysSent.sum() && unanswered == 0
                    && retryMismatches.isEmpty() && retriesSame.sum() == retries.sum();
            if (!errorKinds.isEmpty()) {
                System.out.println("errors:");
                errorKinds.forEach((k, v) -> System.out.printf("  %,6d  %s%n", v.sum(), k));
            }
            long started = System.nanoTime();
            LedgerVerification v = ctx.getBean(LedgerVerifier.class).verify();
            System.out.printf("LedgerVerifier: intact=%s, %,d entries on %d chains checked in %.2f s%s%n", v.intact(),
                    v.entriesChecked(), v.chains(), seconds(System.nanoTime() - started),
                    v.intact() ? "" : "; first broken " + v.firstBroken());
            System.out.printf("loans disbursed: %,d; loans by state: %s%n", loansDisbursed.sum(),
                    jdbc.queryForList("select state || ' ' || count(*) from loan group by state order by 1", String.class));
            return ok && v.intact();
        }

        void memory() {
            Runtime rt = Runtime.getRuntime();
            long usedBefore = rt.totalMemory() - rt.freeMemory();
            System.gc();
            long usedAfter = rt.totalMemory() - rt.freeMemory();
            System.out.printf("server JVM (in-process with the load generator): heap used %,d MB (%,d MB after a full GC),"
                            + " committed %,d MB, max %,d MB%n", usedBefore >> 20, usedAfter >> 20, rt.totalMemory() >> 20,
                    rt.maxMemory() >> 20);
            var nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
            System.out.printf("  non-heap used %,d MB; live threads %d%n", nonHeap.getUsed() >> 20,
                    ManagementFactory.getThreadMXBean().getThreadCount());
            Map<String, String> status = procStatus("self");
            System.out.printf("  VmRSS %s, VmHWM (peak RSS) %s%n", status.get("VmRSS"), status.get("VmHWM"));
            List<Long> pg = Cpu.postgresPids(jdbc);
            long rss = 0;
            long pss = 0;
            for (long pid : pg) {
                rss += kb(procStatus(Long.toString(pid)).get("VmRSS"));
                pss += smapsPss(pid);
            }
            System.out.printf("PostgreSQL: %d processes, RSS sum %,d MB (counts shared buffers once per process), PSS sum %,d MB;"
                            + " shared_buffers %s; database %s%n", pg.size(), rss >> 10, pss >> 10,
                    jdbc.queryForObject("show shared_buffers", String.class),
                    jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class));
        }

        /** The fields a retry must repeat: the loan, its state and version (and the collateral's registration). */
        static String fingerprint(JsonNode file) {
            JsonNode loan = file.path("loan");
            return loan.path("loanNo").asString("") + "/" + loan.path("state").asString("") + "/v" + loan.path("version").asString("");
        }

        /** The Authorization header of a user: a bearer token obtained once with Basic, or Basic on every request. */
        String auth(String user) {
            if (!bearer) return basic(user);
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base.replace("/applications", "/tokens")))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", basic(user))
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) throw new IllegalStateException("token for " + user + ": HTTP " + r.statusCode() + " " + r.body());
                return "Bearer " + JSON.readTree(r.body()).get("token").asString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static String basic(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One client: an enterprise's user walking its own applications; the bank's officer and approver act on them. */
    private record Client(int index, String enterpriseAuth, List<long[]> work) {

        void loop(Run run, Phase phase, long deadline, AtomicBoolean stop) {
            // each client takes its assets in order; a loan that could not finish leaves its asset used
            while (System.nanoTime() < deadline && !stop.get()) {
                int next = (int) NEXT[index].getAndIncrement();
                if (next >= work.size()) {
                    System.out.println("client " + index + " ran out of assets");
                    return;
                }
                long[] asset = work.get(next);
                if (!walk(run, phase, asset[0], asset[1], deadline)) {
                    // after an error (or the deadline) this loan is abandoned; the next one starts fresh
                    if (System.nanoTime() >= deadline) return;
                }
            }
        }

        static final AtomicLong[] NEXT = new AtomicLong[1024];

        static {
            for (int i = 0; i < NEXT.length; i++) NEXT[i] = new AtomicLong();
        }

        private static String key() {
            return java.util.UUID.randomUUID().toString();
        }

        /** One loan from apply to disbursement; false if a step failed or the deadline passed. */
        boolean walk(Run run, Phase phase, long assetId, long valuationId, long deadline) {
            String officer = run.officerAuth;
            JsonNode file = run.send(phase, Step.APPLY, run.json("", enterpriseAuth, nextKey(), """
                    {"productId": %d, "amount": 500000, "termMonths": 12, "purpose": "研发投入",
                     "repaymentMethod": "INTEREST_ONLY_THEN_PRINCIPAL", "assetIds": [%d]}""".formatted(run.productId, assetId)), LAST_KEY.get(), true);
            if (file == null) return false;
            String no = file.path("loan").path("loanNo").asString();
            String p = "/" + no;
            int[] v = {version(file)};
            record Cmd(Step step, String path, String auth, String body) {
            }
            List<Cmd> before = List.of(
                    new Cmd(Step.START_VALUATION, p + "/valuation", officer, "{\"expectedVersion\": %d, \"note\": \"基准\"}"),
                    new Cmd(Step.ATTACH_VALUATION, p + "/valuations", officer, "{\"expectedVersion\": %d, \"assetId\": " + assetId
                            + ", \"valuationId\": " + valuationId + ", \"appraisedValue\": 2000000}"),
                    new Cmd(Step.START_DUE_DILIGENCE, p + "/due-diligence", officer, "{\"expectedVersion\": %d}"));
            for (Cmd c : before) {
                if (System.nanoTime() >= deadline) return false;
                file = run.send(phase, c.step(), run.json(c.path(), c.auth(), nextKey(), c.body().formatted(v[0])), LAST_KEY.get(), true);
                if (file == null) return false;
                v[0] = version(file);
            }
            for (String item : CHECKLIST) {
                if (System.nanoTime() >= deadline) return false;
                JsonNode doc = run.send(phase, Step.UPLOAD, run.upload(no, item), null, false);
                if (doc == null) return false;
                file = run.send(phase, Step.CHECKLIST, run.json(p + "/checklist/" + item, officer, nextKey(),
                        "{\"expectedVersion\": %d, \"documentId\": %d}".formatted(v[0], doc.path("id").asLong())), LAST_KEY.get(), true);
                if (file == null) return false;
                v[0] = version(file);
            }
            List<Cmd> after = List.of(
                    new Cmd(Step.START_REGISTRATION, p + "/pledge-registration", officer, "{\"expectedVersion\": %d}"),
                    new Cmd(Step.REGISTER_PLEDGE, p + "/collateral/" + assetId + "/pledge", officer, "{\"expectedVersion\": %d}"),
                    new Cmd(Step.SUBMIT, p + "/credit-approval", officer, "{\"expectedVersion\": %d}"),
                    new Cmd(Step.APPROVE, p + "/approval", run.approverAuth, "{\"expectedVersion\": %d, \"amount\": 500000, \"spreadBp\": 80}"),
                    new Cmd(Step.SIGN_CONTRACT, p + "/contract", officer, "{\"expectedVersion\": %d, \"contractNo\": \"HT-" + no + "\"}"),
                    new Cmd(Step.DISBURSE, p + "/disbursement", officer, "{\"expectedVersion\": %d}"));
            for (Cmd c : after) {
                if (System.nanoTime() >= deadline) return false;
                file = run.send(phase, c.step(), run.json(c.path(), c.auth(), nextKey(), c.body().formatted(v[0])), LAST_KEY.get(), true);
                if (file == null) return false;
                v[0] = version(file);
            }
            if (!"DISBURSED".equals(file.path("loan").path("state").asString())) return false;
            run.loansDisbursed.increment();
            return true;
        }

        static final ThreadLocal<String> LAST_KEY = new ThreadLocal<>();

        static String nextKey() {
            String k = key();
            LAST_KEY.set(k);
            return k;
        }

        static int version(JsonNode file) {
            return file.path("loan").path("version").asInt();
        }
    }

    /** Latencies and counts of one phase. */
    private static final class Phase {
        final Map<Step, Latencies> bySteps = new ConcurrentHashMap<>();
        final Latencies all = new Latencies();
        final Latencies retryLatency = new Latencies();
        final LongAdder errors = new LongAdder();
        long nanos;

        Phase() {
            for (Step s : Step.values()) bySteps.put(s, new Latencies());
        }

        void record(Step step, long nanos) {
            Latencies l = bySteps.get(step);
            synchronized (l) {
                l.add(nanos);
            }
            synchronized (all) {
                all.add(nanos);
            }
        }

        long count(Step... steps) {
            long n = 0;
            for (Step s : steps) n += bySteps.get(s).count();
            return n;
        }

        void print() {
            double s = seconds(nanos);
            long moves = java.util.Arrays.stream(Step.values()).filter(x -> x.stateMove).mapToLong(x -> bySteps.get(x).count()).sum();
            long keyed = java.util.Arrays.stream(Step.values()).filter(x -> x.keyed).mapToLong(x -> bySteps.get(x).count()).sum();
            System.out.println(Latencies.header().replace("query type", "command (ledger action)"));
            for (Step step : Step.values()) System.out.println(bySteps.get(step).row(step.ledgerAction));
            System.out.println(all.row("ALL COMMANDS"));
            if (retryLatency.count() > 0) System.out.println(retryLatency.row("retries (same key)"));
            System.out.printf("%.1f s: %,d ledger-recorded commands = %,.0f per second (of them %,.0f/s version-moving"
                            + " commands with Idempotency-Key, %,.0f/s moves between states, %,.0f/s uploads); %,d errors;"
                            + " %,.1f loans disbursed per second%n",
                    s, all.count(), all.count() / s, keyed / s, moves / s, bySteps.get(Step.UPLOAD).count() / s, errors.sum(),
                    bySteps.get(Step.DISBURSE).count() / s);
        }
    }

    /** Samples PostgreSQL's active backends: what they wait on (a lock on a ledger chain head shows here). */
    private static final class Sampler {
        final JdbcTemplate jdbc;
        final Map<String, Long> waits = new TreeMap<>();
        long samples;
        volatile boolean running = true;
        Thread thread;

        Sampler(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        void start() {
            thread = Thread.ofPlatform().daemon().name("bench-sampler").start(() -> {
                while (running) {
                    try {
                        List<String> rows = jdbc.queryForList("""
                                select coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' | '
                                       || case when query ilike '%ledger_chain_head%' then 'ledger chain head'
                                               when query ilike '%ledger_entry%' then 'ledger insert'
                                               when query ilike '%loan_command%' then 'idempotency key'
                                               when query ilike 'commit%' then 'commit'
                                               when query ilike 'update loan %' then 'loan update'
                                               else 'other' end
                                from pg_stat_activity
                                where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'""", String.class);
                        synchronized (waits) {
                            samples++;
                            for (String r : rows) waits.merge(r, 1L, Long::sum);
                        }
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // the pool may be busy; skip the sample
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        void print() {
            synchronized (waits) {
                System.out.printf("PostgreSQL active backends, sampled every 20 ms (%,d samples): mean active per sample, by wait | statement%n", samples);
                waits.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(12)
                        .forEach(e -> System.out.printf("  %6.2f  %s%n", e.getValue() / (double) samples, e.getKey()));
            }
        }
    }

    /** CPU time of the JVM (server + load generator) and of the PostgreSQL processes. */
    private record Cpu(long jvmNanos, long clientNanos, long pgTicks, long machineBusyTicks, long wall) {

        static Cpu now(JdbcTemplate jdbc) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long ticks = 0;
            for (long pid : postgresPids(jdbc)) ticks += procTicks(pid);
            var threads = ManagementFactory.getThreadMXBean();
            long client = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("bench-client-") || t.getName().startsWith("HttpClient")) {
                    long c = threads.getThreadCpuTime(t.threadId());
                    if (c > 0) client += c;
                }
            }
            return new Cpu(os.getProcessCpuTime(), client, ticks, readMachineBusyTicks(), System.nanoTime());
        }

        static void print(Cpu a, Cpu b, long nanos) {
            double wall = seconds(b.wall - a.wall);
            double jvm = seconds(b.jvmNanos - a.jvmNanos);
            double pg = (b.pgTicks - a.pgTicks) / 100.0;   // USER_HZ
            double client = seconds(b.clientNanos - a.clientNanos);
            double machine = (b.machineBusyTicks - a.machineBusyTicks) / 100.0;
            System.out.printf("CPU over %.1f s on %d cores (%.1f core-seconds available): JVM %.1f core-s (of which load generator"
                            + " threads ≥ %.1f), PostgreSQL %.1f core-s; total %.0f %% of the machine%n", wall,
                    Runtime.getRuntime().availableProcessors(), wall * Runtime.getRuntime().availableProcessors(), jvm,
                    client, pg, 100 * (jvm + pg) / (wall * Runtime.getRuntime().availableProcessors()));
            System.out.printf("machine busy %.1f core-s (%.0f %%), of which other processes (not this bench) %.1f core-s;"
                            + " load average now %s%n", machine, 100 * machine / (wall * Runtime.getRuntime().availableProcessors()),
                    Math.max(0, machine - jvm - pg), loadAverage());
        }

        static long readMachineBusyTicks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                // cpu user nice system idle iowait irq softirq steal
                return Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                        + Long.parseLong(f[7]) + Long.parseLong(f[8]);
            } catch (Exception e) {
                return 0;
            }
        }

        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).strip();
            } catch (Exception e) {
                return "?";
            }
        }

        static List<Long> postgresPids(JdbcTemplate jdbc) {
            long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
            long postmaster = ppid(backend);
            List<Long> pids = new ArrayList<>();
            pids.add(postmaster);
            try (var dirs = Files.list(Path.of("/proc"))) {
                dirs.map(d -> d.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                        .map(Long::parseLong).filter(pid -> ppid(pid) == postmaster).forEach(pids::add);
            } catch (Exception e) {
                // best effort
            }
            return pids;
        }

        static long ppid(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[1]);
            } catch (Exception e) {
                return -1;
            }
        }

        static long procTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception e) {
                return 0;
            }
        }
    }

    static Map<String, String> procStatus(String pid) {
        Map<String, String> m = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                int i = line.indexOf(':');
                if (i > 0) m.put(line.substring(0, i), line.substring(i + 1).strip());
            }
        } catch (Exception e) {
            // best effort
        }
        return m;
    }

    static long kb(String value) {
        if (value == null) return 0;
        return Long.parseLong(value.replace("kB", "").strip());
    }

    static long smapsPss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith("Pss:")) return kb(line.substring(4));
            }
        } catch (Exception e) {
            // best effort
        }
        return 0;
    }

    static String abbreviate(String s) {
        if (s == null) return "";
        s = s.replaceAll("\\s+", " ").replaceAll("\"timestamp\":\"[^\"]*\",?", "").replaceAll("LA\\d+", "LA…");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    private static void heading(String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String stringOption(String[] args, String name, String otherwise) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return otherwise;
    }

    private static int option(String[] args, String name, int otherwise) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3).replace("_", ""));
            }
        }
        return otherwise;
    }
}
