package cn.ipfin.servicing;

import cn.ipfin.reference.LprRates;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.ipfin.ledger.Ledger;
import cn.ipfin.ledger.LedgerFact;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loans of enterprise1 at bank-1 made for one test: inserted as disbursed, with one pledged invention patent, and
 * serviced from disbursement through a date by the same replay the demo uses (paying on time until a chosen point).
 */
public record ServicingFixture(JdbcClient jdbc, UserAccounts users, ServicingHistory history, LprRates lpr,
                               TransactionTemplate tx, Ledger ledger) {

    /** The fixture on the test's Spring context. */
    public static ServicingFixture of(ApplicationContext context) {
        return new ServicingFixture(context.getBean(JdbcClient.class), context.getBean(UserAccounts.class),
                context.getBean(ServicingHistory.class), context.getBean(LprRates.class),
                context.getBean(TransactionTemplate.class), context.getBean(Ledger.class));
    }

    static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

    public Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    public record TestLoan(long id, String loanNo, long assetId) {
    }

    /**
     * A loan disbursed on {@code disbursedOn}, closed through {@code through}; it stops paying so as to be about
     * {@code overdueDays} past due then (0: it always paid).
     */
    public TestLoan loan(RepaymentMethod method, String principal, String ratePercent, int months, LocalDate disbursedOn,
                  LocalDate through, int overdueDays) {
        return loan(null, method, principal, ratePercent, months, disbursedOn, through, overdueDays);
    }

    /** The same, made under {@code productId} (null: without a product, as the demo district's loans). */
    public TestLoan loan(Long productId, RepaymentMethod method, String principal, String ratePercent, int months,
                         LocalDate disbursedOn, LocalDate through, int overdueDays) {
        long serial = SERIAL.incrementAndGet();
        String loanNo = "TS" + String.format("%010d", serial);
        long bank = actor("bank1").orgId();
        long enterprise = actor("enterprise1").orgId();
        return tx.execute(status -> {
            long id = jdbc.sql("""
                            insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on,
                                disbursed_on, maturity_on, state, repayment_method, spread_bp, product_id)
                            values (:no, :e, :b, :p, :r, :m, :applied, :d, :mat, 'DISBURSED', :method, null, :product)
                            returning id""")
                    .param("no", loanNo).param("e", enterprise).param("b", bank).param("p", new BigDecimal(principal))
                    .param("r", new BigDecimal(ratePercent).movePointLeft(2)).param("m", months)
                    .param("applied", disbursedOn.minusDays(20)).param("d", disbursedOn)
                    .param("mat", disbursedOn.plusMonths(months)).param("method", method.name())
                    .param("product", productId)
                    .query(Long.class).single();
            long asset = jdbc.sql("""
                            insert into ip_asset (kind, number, title, filed_on, granted_on, expires_on, status)
                            values ('INVENTION_PATENT', :n, '测试专利', date '2018-01-01', date '2020-01-01', date '2037-12-31', 'IN_FORCE')
                            returning id""")
                    .param("n", cn.ipfin.core.identifier.PatentApplicationNumber.of(2018, 1, (int) (serial % 10_000_000L)).value())
                    .query(Long.class).single();
            jdbc.sql("insert into ip_asset_owner (asset_id, enterprise_id, share) values (:a, :e, 1)")
                    .param("a", asset).param("e", enterprise).update();
            jdbc.sql("""
                            insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on)
                            values (:a, :reg, :e, :b, :l, :on)""")
                    .param("a", asset).param("reg", "YT" + serial).param("e", enterprise).param("b", bank).param("l", id)
                    .param("on", disbursedOn.minusDays(3)).update();
            jdbc.sql("insert into loan_collateral (loan_id, asset_id) values (:l, :a)").param("l", id).param("a", asset).update();
            if (method == RepaymentMethod.CUSTOM) {
                // a seasonal plan: nothing the first months, then the principal in equal parts over the last three
                BigDecimal total = new BigDecimal(principal);
                int paying = Math.min(3, months);
                BigDecimal share = total.divide(BigDecimal.valueOf(paying), 2, java.math.RoundingMode.DOWN);
                for (int n = 1; n <= months; n++) {
                    BigDecimal part = n <= months - paying ? BigDecimal.ZERO
                            : n < months ? share : total.subtract(share.multiply(BigDecimal.valueOf(paying - 1)));
                    jdbc.sql("insert into loan_repayment_plan (loan_id, number, principal) values (:l, :n, :p)")
                            .param("l", id).param("n", n).param("p", part).update();
                }
            }
            // as disbursement would have recorded it
            ledger.append(new LedgerFact(Actor.system(), "LOAN", loanNo, "DISBURSED", List.of(bank, enterprise), null,
                    Map.of("state", "DISBURSED")));
            history.replay(Actor.system(), id, loanNo, disbursedOn, through, overdueDays, lpr.table());
            return new TestLoan(id, loanNo, asset);
        });
    }
}
