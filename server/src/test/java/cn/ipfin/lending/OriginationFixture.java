package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.PatentTerm;
import cn.ipfin.core.asset.TrademarkTerm;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Demo users as actors, fresh IP assets of enterprise1, a product of bank-1, and applications walked to a step. */
record OriginationFixture(JdbcClient jdbc, UserAccounts users, Products products, LoanApplications applications,
                          DueDiligence diligence, PledgeRegistration pledges, LoanApproval approval,
                          java.time.Clock clock) {

    static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);
    static final byte[] PDF = "%PDF-1.7\n% due diligence\n".getBytes();

    Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    long orgId(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }

    long enterprise1() {
        return actor("enterprise1").orgId();
    }

    /** A real-looking number: patents carry a valid check digit, as the registry requires of every patent. */
    static String number(IpKind kind, long serial) {
        int digit = switch (kind) {
            case INVENTION_PATENT -> 1;
            case UTILITY_MODEL -> 2;
            case DESIGN_PATENT -> 3;
            default -> 0;
        };
        return digit == 0 ? Long.toString(70_000_000L + serial % 10_000_000L)
                : cn.ipfin.core.identifier.PatentApplicationNumber.of(2020, digit, (int) (serial % 10_000_000L)).value();
    }

    /** A new right of the given kind, status and expiry, owned by the given enterprises (the first one: enterprise1). */
    long asset(IpKind kind, String status, LocalDate expiresOn, long... coOwners) {
        LocalDate filed = filedFor(kind, expiresOn);
        LocalDate granted = kind == IpKind.TRADEMARK ? expiresOn.plusDays(1).minusYears(TrademarkTerm.YEARS)
                : earliest(filed.plusYears(1), LocalDate.now(clock));
        long id = jdbc.sql("""
                        insert into ip_asset (kind, number, title, filed_on, granted_on, expires_on, status, nice_class)
                        values (:k, :n, '测试权利', :filed, :granted, :exp, :s, :nice) returning id""")
                .param("k", kind.name()).param("n", number(kind, SERIAL.incrementAndGet())).param("exp", expiresOn)
                .param("filed", filed).param("granted", granted)
                .param("s", status).param("nice", kind == IpKind.TRADEMARK ? 9 : null).query(Long.class).single();
        jdbc.sql("insert into ip_asset_owner (asset_id, enterprise_id, share) values (:a, :e, :s)")
                .param("a", id).param("e", enterprise1()).param("s", coOwners.length == 0 ? BigDecimal.ONE : new BigDecimal("0.5")).update();
        for (long owner : coOwners) {
            jdbc.sql("insert into ip_asset_owner (asset_id, enterprise_id, share) values (:a, :e, 0.5)")
                    .param("a", id).param("e", owner).update();
        }
        return id;
    }

    /**
     * The filing date whose statutory term ends on expiresOn, so that the committed right is one the registry's import
     * would write the same way (an exported list imports back unchanged, whatever other tests left in the database).
     */
    private static LocalDate filedFor(IpKind kind, LocalDate expiresOn) {
        if (kind == IpKind.TRADEMARK) {
            return expiresOn.plusDays(1).minusYears(TrademarkTerm.YEARS + 1);
        }
        if (kind.isPatent()) {
            for (int years : new int[]{20, 15, 10}) {
                LocalDate filed = expiresOn.plusDays(1).minusYears(years);
                if (PatentTerm.lastDayInForce(kind, filed).equals(expiresOn)) {
                    return filed;
                }
            }
        }
        return LocalDate.of(2020, 1, 1);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    long patent() {
        return asset(IpKind.INVENTION_PATENT, "IN_FORCE", LocalDate.now(clock).plusYears(10));
    }

    long trademark() {
        return asset(IpKind.TRADEMARK, "IN_FORCE", LocalDate.now(clock).plusYears(8));
    }

    /** bank-1's product: invention patents at 50 %, trademarks at 30 %, 100,000–5,000,000 yuan, 6–36 months, LPR + 50–150 bp. */
    Product product(Requirement guarantor) {
        return products.publish(actor("bank1"), new Products.ProductDraft("ZSCD-" + SERIAL.incrementAndGet(), "知识产权质押贷",
                "专利+商标组合", Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50"), IpKind.TRADEMARK, new BigDecimal("0.30")),
                new BigDecimal("100000"), new BigDecimal("5000000"), 6, 36, 50, 150,
                Set.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, RepaymentMethod.EQUAL_PRINCIPAL),
                guarantor, Requirement.OPTIONAL, TargetGroup.ANY, Set.of()));
    }

    LoanFile applied(Product product, String amount, long... assets) {
        return applications.apply(actor("enterprise1"), new LoanApplications.Apply(product.id(), new BigDecimal(amount), 12,
                "研发投入", RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, java.util.Arrays.stream(assets).boxed().toList(), null));
    }

    long valuationRequest(long assetId, long loanId) {
        return jdbc.sql("""
                        insert into valuation_request (requester_org_id, owner_id, asset_id, loan_id, firm_org_id, purpose,
                            state, requested_by, requested_at)
                        values (:b, :o, :a, :l, :f, '质押贷款评估', 'REQUESTED', 'bank1', now()) returning id""")
                .param("b", orgId("bank-1")).param("o", enterprise1()).param("a", assetId).param("l", loanId)
                .param("f", orgId("valuer-1")).query(Long.class).single();
    }

    /** Applied and valued: each asset gets the appraised value given, in order. */
    LoanFile valued(LoanFile file, String... values) {
        Actor bank1 = actor("bank1");
        file = applications.startValuation(bank1, file.loanNo(), file.version(), "内部备注：客户经营稳定");
        int i = 0;
        for (LoanFile.Collateral c : file.collateral()) {
            long v = valuationRequest(c.assetId(), file.loan().id());
            file = applications.attachValuation(bank1, file.loanNo(), file.version(),
                    new LoanApplications.AttachValuation(c.assetId(), v, new BigDecimal(values[i++])));
        }
        return file;
    }

    LoanFile diligent(LoanFile file) {
        Actor bank1 = actor("bank1");
        file = applications.startDueDiligence(bank1, file.loanNo(), file.version());
        for (String item : LoanApplications.CHECKLIST) {
            var doc = diligence.upload(bank1, file.loanNo(), item, item + ".pdf", "application/pdf", PDF);
            file = diligence.complete(bank1, file.loanNo(), file.version(), item, doc.id(), null);
        }
        return pledges.start(bank1, file.loanNo(), file.version());
    }

    LoanFile registered(LoanFile file) {
        Actor bank1 = actor("bank1");
        for (LoanFile.Collateral c : file.collateral()) {
            file = pledges.register(bank1, file.loanNo(), file.version(), c.assetId());
        }
        return file;
    }

    LoanFile awaitingApproval(LoanFile file) {
        return pledges.submitForApproval(actor("bank1"), file.loanNo(), file.version());
    }

    List<String> ledgerActions(String loanNo) {
        return jdbc.sql("select action from ledger_entry where subject_type = 'LOAN' and subject_id = :no order by id")
                .param("no", loanNo).query(String.class).list();
    }
}
