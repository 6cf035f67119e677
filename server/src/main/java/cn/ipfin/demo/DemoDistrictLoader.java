package cn.ipfin.demo;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.CreditEnhancement;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.securitization.project.Phase;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.datagen.DistrictGenerator;
import cn.ipfin.datagen.DistrictSpec;
import cn.ipfin.datagen.GeneratedLoan;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.lending.Demands;
import cn.ipfin.reference.LprRates;
import cn.ipfin.servicing.ServicingHistory;
import cn.ipfin.core.money.LprTable;
import cn.ipfin.lending.Products;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.securitization.AssetPools;
import cn.ipfin.securitization.SecuritizationProjects;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demo district into an empty database on first start (demo profile only), in one transaction:
 * either the whole district is there or nothing is. It runs before the web server opens its port (a lifecycle phase
 * just below the web server's), so the login page never shows before the demo users exist. Prints the demo logins
 * and the URL the server really listens on at every start.
 */
@Component
@Profile("demo")
class DemoDistrictLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictLoader.class);
    /** The steps a loan has been through to reach its state, for its demo ledger. */
    private static final List<LoanState> ORIGINATION = List.of(LoanState.APPLIED, LoanState.VALUATION,
            LoanState.DUE_DILIGENCE, LoanState.PLEDGE_REGISTRATION, LoanState.CREDIT_APPROVAL, LoanState.CONTRACT,
            LoanState.DISBURSED);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final UserAccounts users;
    private final DemoSettings settings;
    private final Products products;
    private final Demands demands;
    private final ServicingHistory servicingHistory;
    private final LprRates lprRates;
    private final Clock clock;
    private final SecuritizationProjects projects;
    private final AssetPools pools;

    DemoDistrictLoader(JdbcTemplate jdbc, TransactionTemplate transaction, Ledger ledger, UserAccounts users,
                       DemoSettings settings, Products products, Demands demands, ServicingHistory servicingHistory,
                       LprRates lprRates, Clock clock, SecuritizationProjects projects, AssetPools pools) {
        this.projects = projects;
        this.pools = pools;
        this.servicingHistory = servicingHistory;
        this.lprRates = lprRates;
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ledger = ledger;
        this.users = users;
        this.settings = settings;
        this.products = products;
        this.demands = demands;
    }

    private volatile boolean started;
    private volatile String url;
    private volatile boolean usersReadyWhenPortOpened;

    @Override
    public void start() {
        loadIfEmpty();
        started = true;
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Just before the web server starts listening. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    void loadIfEmpty() {
        // Taken under an advisory lock: two processes starting on one empty database load the district once.
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(20261123)", Object.class);
            Long organisations = jdbc.queryForObject("select count(*) from organisation", Long.class);
            if (organisations != null && organisations == 0) {
                load();
            }
        });
    }

    /** The web server listens: the banner names its real port (server.port=0 or a taken 8080 never lie). */
    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() != null) return; // a management child context has its own port
        var env = event.getApplicationContext().getEnvironment();
        boolean tls = env.getProperty("server.ssl.enabled", Boolean.class, false)
                || env.getProperty("server.ssl.bundle") != null || env.getProperty("server.ssl.key-store") != null;
        url = (tls ? "https" : "http") + "://localhost:" + event.getWebServer().getPort()
                + env.getProperty("server.servlet.context-path", "");
        usersReadyWhenPortOpened = users.exists(DemoUsers.ALL.getFirst().username());
        printLogins();
    }

    /** The URL the banner printed; null before the web server started. */
    String url() {
        return url;
    }

    /** Whether the demo users could sign in at the moment the port opened. */
    boolean usersReadyWhenPortOpened() {
        return usersReadyWhenPortOpened;
    }

    private void load() {
        long started = System.nanoTime();
        var spec = new DistrictSpec(settings.seed(), settings.enterprises(), "示范区");
        // the district as it stands today (the business date): in-force assets have not expired, disbursed loans not matured
        var generator = new DistrictGenerator(spec, LocalDate.now(clock));
        var writer = new DistrictWriter(jdbc, spec.districtName(), generator.asOf());
        writer.institutions(generator.institutions());
        writer.bankValuationFirms();
        generator.enterprises(writer::enterprise);
        writer.flush();
        writer.legalHistory();
        List<GeneratedLoan> loans = new ArrayList<>();
        generator.loans(loans::add);
        Map<String, Long> orgs = writer.orgIdByKey();
        Long firstBorrower = null;
        List<Object[]> outstanding = new ArrayList<>();
        for (GeneratedLoan loan : loans) {
            long enterpriseId = writer.enterpriseId(loan.enterpriseSeq());
            long bankId = orgs.get(loan.bankKey());
            long loanId = writer.loan(loan, enterpriseId, bankId, loan.appliedOn().atStartOfDay(clock.getZone()).toInstant());
            writer.pledges(loan, loanId, enterpriseId, bankId);
            recordHistory(loan, enterpriseId, bankId);
            if (loan.state().isOutstanding()) outstanding.add(new Object[]{loan, loanId});
            if (firstBorrower == null && loan.bankKey().equals("bank-1")) {
                firstBorrower = enterpriseId;
            }
        }
        serviceOutstanding(outstanding);
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            long orgId = user.orgKey().equals("enterprise") ? firstBorrower : orgs.get(user.orgKey());
            users.create(user.username(), settings.password(), user.displayName(), orgId, List.of(user.role()));
        }
        catalogue();
        // every loan in origination gets what its state requires, so the right demo user can take its next step
        Map<Long, String> officers = new LinkedHashMap<>();
        Map<Long, String> approvers = new LinkedHashMap<>();
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            if (user.role() == cn.ipfin.shared.Role.BANK_OFFICER) officers.put(orgs.get(user.orgKey()), user.username());
            if (user.role() == cn.ipfin.shared.Role.BANK_APPROVER) approvers.put(orgs.get(user.orgKey()), user.username());
        }
        new PipelineLoans(jdbc, products.catalogue(), lprRates.table(), LocalDate.now(clock)).prepare(officers, approvers);
        demand(firstBorrower);
        securitizationProject();
        log.info("Demo district loaded: {} enterprises, {} loans in {} ms", spec.enterprises(), loans.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The banks' product handbooks (seed 004 (十四)), published through the products' own command so that each is a
     * versioned product with its ledger entry: pledge rates by kind as banks in the seeds' cities quote them
     * (invention patents 50 %, utility models 35 %, trademarks and software copyrights 30 %), LPR + 50–150 bp.
     */
    private void catalogue() {
        Actor bank1 = actor("bank1");
        Actor bank2 = actor("bank2");
        Set<RepaymentMethod> usual = EnumSet.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL,
                RepaymentMethod.EQUAL_PRINCIPAL, RepaymentMethod.EQUAL_INSTALMENTS);
        products.publish(bank1, new Products.ProductDraft("ZSCD-01", "知识产权质押贷", "专利、商标、软件著作权单独或组合质押",
                rates(IpKind.INVENTION_PATENT, "0.50", IpKind.UTILITY_MODEL, "0.35", IpKind.DESIGN_PATENT, "0.30",
                        IpKind.TRADEMARK, "0.30", IpKind.SOFTWARE_COPYRIGHT, "0.30"),
                new BigDecimal("100000"), new BigDecimal("5000000"), 6, 36, 50, 150, usual,
                Requirement.OPTIONAL, Requirement.OPTIONAL, TargetGroup.ANY, Set.of(),
                // 质押+担保 (seed 003 §五): a guarantor's covered share raises the limit beyond the pledge's
                null, new CreditEnhancement.Terms(new CreditEnhancement.Addition(new BigDecimal("0.80"), Money.of("1000000")),
                        null, null)));
        products.publish(bank1, new Products.ProductDraft("ZJTX-01", "专精特新知识产权贷", "专精特新企业专享，专利质押，利率优惠",
                rates(IpKind.INVENTION_PATENT, "0.50", IpKind.UTILITY_MODEL, "0.35"),
                new BigDecimal("500000"), new BigDecimal("5000000"), 12, 36, 50, 100, usual,
                Requirement.OPTIONAL, Requirement.OPTIONAL, TargetGroup.SPECIALISED_SME, Set.of(),
                // 专利+信用 (seed 003 §二): a credit portion for an enterprise with a clean credit record
                null, new CreditEnhancement.Terms(null, null, new CreditEnhancement.Addition(new BigDecimal("0.10"), Money.of("200000")))));
        products.publish(bank2, new Products.ProductDraft("KCD-01", "科创知识产权贷", "专利、商标质押，可叠加贷款保证保险",
                rates(IpKind.INVENTION_PATENT, "0.45", IpKind.UTILITY_MODEL, "0.35", IpKind.DESIGN_PATENT, "0.30",
                        IpKind.TRADEMARK, "0.30", IpKind.SOFTWARE_COPYRIGHT, "0.30"),
                new BigDecimal("100000"), new BigDecimal("3000000"), 6, 24, 80, 150,
                EnumSet.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, RepaymentMethod.BULLET),
                Requirement.OPTIONAL, Requirement.OPTIONAL, TargetGroup.ANY, Set.of(),
                // 贷款保证保险 (seed 004 (八)): the insured share adds to the limit
                null, new CreditEnhancement.Terms(null, new CreditEnhancement.Addition(new BigDecimal("0.80"), Money.of("500000")), null)));
        // the other banks of the district have their handbook too, so that each bank's applications have a product
        for (String bank : List.of("bank3", "bank4")) {
            products.publish(actor(bank), new Products.ProductDraft("ZSCD-01", "知识产权质押贷", "专利、商标、软件著作权单独或组合质押",
                    rates(IpKind.INVENTION_PATENT, "0.50", IpKind.UTILITY_MODEL, "0.35", IpKind.DESIGN_PATENT, "0.30",
                            IpKind.TRADEMARK, "0.30", IpKind.SOFTWARE_COPYRIGHT, "0.30"),
                    new BigDecimal("100000"), new BigDecimal("5000000"), 6, 36, 50, 150, usual,
                    Requirement.OPTIONAL, Requirement.OPTIONAL, TargetGroup.ANY, Set.of()));
        }
        products.publish(bank2, new Products.ProductDraft("SBD-01", "商标专用权质押贷", "小微企业商标质押，一年期",
                rates(IpKind.TRADEMARK, "0.30"),
                new BigDecimal("100000"), new BigDecimal("1000000"), 6, 12, 100, 150,
                EnumSet.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, RepaymentMethod.BULLET),
                Requirement.NOT_ACCEPTED, Requirement.OPTIONAL, TargetGroup.ANY, Set.of()));
    }

    /** An open demand of the demo enterprise, offering the rights it holds in force and unpledged. */
    private void demand(long enterpriseId) {
        List<Map<String, Object>> free = jdbc.queryForList("""
                select a.id, a.kind from ip_asset a join ip_asset_owner o on o.asset_id = a.id
                where o.enterprise_id = ? and a.status = 'IN_FORCE'
                  and not exists (select 1 from ip_pledge p where p.asset_id = a.id and p.cancelled_on is null)
                order by a.expires_on desc nulls last, a.id limit 2""", enterpriseId);
        Set<IpKind> kinds = EnumSet.noneOf(IpKind.class);
        free.forEach(row -> kinds.add(IpKind.valueOf((String) row.get("kind"))));
        if (kinds.isEmpty()) kinds.add(IpKind.INVENTION_PATENT);
        demands.post(actor("enterprise1"), new Demands.DemandDraft(new BigDecimal("1000000"), 12, "研发投入及流动资金周转",
                kinds, free.stream().map(row -> ((Number) row.get("id")).longValue()).toList()));
    }

    /**
     * A securitization project in its implementation phase (Longnan 二(二)): opened four months ago for the tendered
     * operator, its preparation tasks done, and its candidate pool screened under the operator's standards but not yet
     * frozen, so that the operator can adjust, freeze, issue and lend from the pages.
     */
    private void securitizationProject() {
        Actor ipo = actor("ipo");
        Actor operator = actor("operator1");
        LocalDate today = LocalDate.now(clock);
        Map<SecuritizationProjects.InstitutionRole, String> firms = new EnumMap<>(SecuritizationProjects.InstitutionRole.class);
        firms.put(SecuritizationProjects.InstitutionRole.ORIGINATOR, "示范区科技融资租赁有限公司");
        firms.put(SecuritizationProjects.InstitutionRole.SECURITIES_MANAGER, "示范证券资产管理有限公司");
        firms.put(SecuritizationProjects.InstitutionRole.RATING_AGENCY, "示范信用评级有限公司");
        firms.put(SecuritizationProjects.InstitutionRole.LAW_FIRM, "示范律师事务所");
        firms.put(SecuritizationProjects.InstitutionRole.VALUATION_FIRM, "示范资产评估有限公司");
        firms.put(SecuritizationProjects.InstitutionRole.ACCOUNTING_FIRM, "示范会计师事务所");
        firms.put(SecuritizationProjects.InstitutionRole.GUARANTOR, "示范融资担保有限公司");
        long id = projects.open(ipo, new SecuritizationProjects.NewProject("示范区知识产权证券化一期", operator.orgId(),
                "ZB-" + today.getYear() + "-007", new BigDecimal("50000000.00"), 12, YearMonth.from(today).minusMonths(4), firms));
        for (var task : projects.find(ipo, id).tasks()) {
            if (task.phase() != Phase.PREPARATION) continue;
            LocalDate done = task.due().minusDays(10).isAfter(today) ? today : task.due().minusDays(10);
            projects.completeTask(operator, id, projects.find(ipo, id).version(), task.seq(), done,
                    "SFQ-ZQH-" + today.getYear() + "-" + task.seq());
        }
        pools.screen(operator, id, projects.find(ipo, id).version(), new AssetPools.Standards(false, 2,
                new BigDecimal("5000000"), BigDecimal.ZERO, 20, BigDecimal.TEN, BigDecimal.valueOf(40),
                BigDecimal.valueOf(50), new BigDecimal("5000000")));
    }

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    private static Map<IpKind, BigDecimal> rates(Object... kindAndRate) {
        Map<IpKind, BigDecimal> rates = new LinkedHashMap<>();
        for (int i = 0; i < kindAndRate.length; i += 2) {
            rates.put((IpKind) kindAndRate[i], new BigDecimal((String) kindAndRate[i + 1]));
        }
        return rates;
    }

    /**
     * The outstanding loans' servicing from disbursement to yesterday, by the daily close's own code: repayment
     * methods and LPR spreads as banks set them (most IP pledge loans 先息后本 or 等额本息, priced LPR + spread and
     * repriced yearly), overdue loans stopping payment at varied points so that every classification appears.
     */
    private void serviceOutstanding(List<Object[]> outstanding) {
        Actor demo = Actor.system();
        LocalDate through = LocalDate.now(clock).minusDays(1);
        LprTable table = lprRates.table();
        for (Object[] o : outstanding) {
            GeneratedLoan loan = (GeneratedLoan) o[0];
            long loanId = (long) o[1];
            if (loan.disbursedOn().isAfter(through)) continue;
            int h = Math.floorMod(loan.loanNo().hashCode(), 20);
            RepaymentMethod method = h < 10 ? RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL
                    : h < 17 ? RepaymentMethod.EQUAL_INSTALMENTS : RepaymentMethod.EQUAL_PRINCIPAL;
            BigDecimal rate = loan.annualRatePercent().movePointLeft(2);
            int spread = rate.subtract(table.oneYearOn(loan.disbursedOn()).annualFraction()).movePointRight(4).intValue();
            jdbc.update("update loan set repayment_method = ?, spread_bp = ?, lpr = ? where id = ?", method.name(),
                    spread >= 0 ? spread : null, table.oneYearOn(loan.disbursedOn()).annualFraction(), loanId);
            int overdueDays = switch (loan.state()) {
                case OVERDUE -> new int[]{10, 40, 75, 100, 150, 200}[h % 6];
                case DEFAULTED -> new int[]{200, 300, 400}[h % 3];
                default -> 0;
            };
            servicingHistory.replay(demo, loanId, loan.loanNo(), loan.disbursedOn(), through, overdueDays, table);
        }
    }

    /** Writes the steps the loan went through into the ledger, as the bank would have recorded them. */
    private void recordHistory(GeneratedLoan loan, long enterpriseId, long bankId) {
        List<LoanState> path = new ArrayList<>();
        switch (loan.state()) {
            case WITHDRAWN -> path.addAll(List.of(LoanState.APPLIED, LoanState.WITHDRAWN));
            case REJECTED -> path.addAll(List.of(LoanState.APPLIED, LoanState.VALUATION, LoanState.DUE_DILIGENCE,
                    LoanState.REJECTED));
            case OVERDUE -> { path.addAll(ORIGINATION); path.add(LoanState.OVERDUE); }
            case DEFAULTED -> { path.addAll(ORIGINATION); path.addAll(List.of(LoanState.OVERDUE, LoanState.DEFAULTED)); }
            case REPAID -> { path.addAll(ORIGINATION); path.add(LoanState.REPAID); }
            default -> path.addAll(ORIGINATION.subList(0, ORIGINATION.indexOf(loan.state()) + 1));
        }
        Actor demo = Actor.system();
        LoanState before = null;
        for (LoanState state : path) {
            ledger.append(new LedgerFact(demo, "LOAN", loan.loanNo(), state.name(), List.of(bankId, enterpriseId),
                    before == null ? null : Map.of("state", before.name()),
                    Map.of("state", state.name(), "principal", loan.principal().toPlainString())));
            before = state;
        }
    }

    private void printLogins() {
        var out = new StringBuilder("\n================ IPFin demo logins (password for all: ")
                .append(settings.password()).append(") ================\n");
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            out.append(String.format("  %-16s %-20s %s%n", user.username(), user.role(), user.displayName()));
        }
        out.append("  Open ").append(url).append(" — API docs at ").append(url).append("/swagger-ui\n");
        log.info(out.toString());
    }
}
