package cn.ipfin.demo;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.datagen.DistrictGenerator;
import cn.ipfin.datagen.DistrictSpec;
import cn.ipfin.datagen.GeneratedLoan;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo district into an empty database on first start (demo profile only), in one transaction:
 * either the whole district is there or nothing is. Prints the demo logins at every start.
 */
@Component
@Profile("demo")
@Order(0)
class DemoDistrictLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrictLoader.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The steps a loan has been through to reach its state, for its demo ledger. */
    private static final List<LoanState> ORIGINATION = List.of(LoanState.APPLIED, LoanState.VALUATION,
            LoanState.DUE_DILIGENCE, LoanState.PLEDGE_REGISTRATION, LoanState.CREDIT_APPROVAL, LoanState.CONTRACT,
            LoanState.DISBURSED);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Ledger ledger;
    private final UserAccounts users;
    private final DemoSettings settings;

    DemoDistrictLoader(JdbcTemplate jdbc, TransactionTemplate transaction, Ledger ledger, UserAccounts users,
                       DemoSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ledger = ledger;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Taken under an advisory lock: two processes starting on one empty database load the district once.
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(20261123)", Object.class);
            Long organisations = jdbc.queryForObject("select count(*) from organisation", Long.class);
            if (organisations != null && organisations == 0) {
                load();
            }
        });
        printLogins();
    }

    private void load() {
        long started = System.nanoTime();
        var spec = new DistrictSpec(settings.seed(), settings.enterprises(), "示范区");
        var generator = new DistrictGenerator(spec);
        var writer = new DistrictWriter(jdbc, spec.districtName());
        writer.institutions(generator.institutions());
        generator.enterprises(writer::enterprise);
        writer.flush();
        writer.legalHistory();
        List<GeneratedLoan> loans = new ArrayList<>();
        generator.loans(loans::add);
        Map<String, Long> orgs = writer.orgIdByKey();
        Long firstBorrower = null;
        for (GeneratedLoan loan : loans) {
            long enterpriseId = writer.enterpriseId(loan.enterpriseSeq());
            long bankId = orgs.get(loan.bankKey());
            long loanId = writer.loan(loan, enterpriseId, bankId, loan.appliedOn().atStartOfDay(CHINA).toInstant());
            writer.pledges(loan, loanId, enterpriseId, bankId);
            recordHistory(loan, enterpriseId, bankId);
            if (firstBorrower == null && loan.bankKey().equals("bank-1")) {
                firstBorrower = enterpriseId;
            }
        }
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            long orgId = user.orgKey().equals("enterprise") ? firstBorrower : orgs.get(user.orgKey());
            users.create(user.username(), settings.password(), user.displayName(), orgId, List.of(user.role()));
        }
        log.info("Demo district loaded: {} enterprises, {} loans in {} ms", spec.enterprises(), loans.size(),
                (System.nanoTime() - started) / 1_000_000);
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
        out.append("  Open http://localhost:8080 — API docs at http://localhost:8080/swagger-ui\n");
        log.info(out.toString());
    }
}
