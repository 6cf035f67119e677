package cn.ipfin.servicing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.Instalment;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.InterestConvention;
import cn.ipfin.core.schedule.RepaymentSchedule;
import cn.ipfin.lending.Product;
import cn.ipfin.lending.Products;
import cn.ipfin.reference.LprRates;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The product's 计息方式 reaches the schedule made at disbursement and the close that accrues it (issue 12): a loan
 * without a product, or under a product that keeps the default, is split at the annual rate ÷ 12 as the banks'
 * calculators split it; a product that charges by actual days gets a level payment by days. Either way the schedule
 * has no balloon, and the nights the close accrued add up to the interest of the instalments that fell due.
 */
@IntegrationTest
class InterestBasisServicingTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ServicingHistory history;
    @Autowired LprRates lpr;
    @Autowired TransactionTemplate tx;
    @Autowired cn.ipfin.ledger.Ledger ledger;
    @Autowired ScheduleBook book;
    @Autowired Products products;
    @Autowired Clock clock;

    private Product product(InterestConvention interest) {
        var bank = ((ActorHolder) users.loadUserByUsername("bank1")).actor();
        return products.publish(bank, new Products.ProductDraft("JX-" + System.nanoTime() % 1_000_000_000L, "计息方式测试",
                null, Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50")), new BigDecimal("100000"),
                new BigDecimal("5000000"), 6, 360, 50, 150, Set.of(RepaymentMethod.EQUAL_INSTALMENTS), Requirement.OPTIONAL,
                Requirement.OPTIONAL, TargetGroup.ANY, Set.of(), interest, null));
    }

    private RepaymentSchedule firstSchedule(long loanId) {
        return book.load(loanId, 1).schedule();
    }

    @Test
    void a_30_year_loan_without_a_product_pays_what_the_bank_calculators_show() {
        LocalDate today = LocalDate.now(clock);
        var loan = new ServicingFixture(jdbc, users, history, lpr, tx, ledger).loan(RepaymentMethod.EQUAL_INSTALMENTS,
                "1000000.00", "4.90", 360, today.minusMonths(3), today.minusDays(1), 0);
        RepaymentSchedule schedule = firstSchedule(loan.id());

        // 100万、30年、4.9%、等额本息: 5,307.27 a month (every bank calculator); the last line 5,305.19 takes the rounding.
        // Before issue 12 the lines were split by ACT/360 days and the last was a 41,150.50 balloon.
        assertThat(schedule.terms().interestBasis()).isEqualTo(InterestBasis.PERIODIC_RATE);
        assertThat(schedule.instalments().subList(0, 359)).extracting(Instalment::payment).containsOnly(Money.of("5307.27"));
        assertThat(schedule.last().payment()).isEqualTo(Money.of("5305.19"));
        assertThat(schedule.first().interest()).isEqualTo(Money.of("4083.33"));
        assertAccrualsMatchTheInstalmentsDue(loan.id(), schedule, today);
    }

    @Test
    void a_product_by_actual_days_gets_a_level_payment_by_days() {
        Product byDays = product(InterestConvention.DAILY_ACT_365F);
        assertThat(products.get(byDays.id()).interest()).isEqualTo(InterestConvention.DAILY_ACT_365F);
        LocalDate today = LocalDate.now(clock);
        var loan = new ServicingFixture(jdbc, users, history, lpr, tx, ledger).loan(byDays.id(),
                RepaymentMethod.EQUAL_INSTALMENTS, "1000000.00", "4.90", 360, today.minusMonths(3), today.minusDays(1), 0);
        RepaymentSchedule schedule = firstSchedule(loan.id());

        assertThat(schedule.terms().interestBasis()).isEqualTo(InterestBasis.DAY_COUNT);
        assertThat(schedule.terms().dayCount()).isEqualTo(DayCount.ACT_365F);
        Money regular = schedule.first().payment();
        assertThat(schedule.instalments().subList(0, 359)).extracting(Instalment::payment).containsOnly(regular);
        // within one day's interest (1,000,000 × 4.9% ÷ 365 = 134.25) of the others: no balloon
        assertThat(schedule.last().payment().minus(regular).amount().abs()).isLessThanOrEqualTo(new BigDecimal("134.25"));
        assertAccrualsMatchTheInstalmentsDue(loan.id(), schedule, today);
    }

    @Test
    void a_product_keeps_the_monthly_basis_unless_it_says_otherwise() {
        Product monthly = product(null);
        assertThat(monthly.interest()).isEqualTo(InterestConvention.MONTHLY);
    }

    /**
     * Every night's accrual posted so far is the interest of the instalments that fell due plus what the current period
     * has accrued: nothing lost or added at a due date, whichever the basis.
     */
    private void assertAccrualsMatchTheInstalmentsDue(long loanId, RepaymentSchedule schedule, LocalDate today) {
        BigDecimal posted = jdbc.sql("select coalesce(sum(amount), 0) from servicing_posting where loan_id = :id and kind = 'ACCRUAL'")
                .param("id", loanId).query(BigDecimal.class).single();
        BigDecimal current = jdbc.sql("select accrued_interest from loan_servicing where loan_id = :id")
                .param("id", loanId).query(BigDecimal.class).single();
        Money due = schedule.instalments().stream().filter(i -> i.dueDate().isBefore(today)).map(Instalment::interest)
                .reduce(Money.zero(), Money::plus);
        assertThat(due.isPositive()).isTrue();
        assertThat(Money.of(posted)).isEqualTo(due.plus(Money.of(current)));
    }
}
