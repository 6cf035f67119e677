package cn.ipfin.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.LossBasis;
import cn.ipfin.core.riskshare.LossSharing;
import cn.ipfin.core.riskshare.Ratio;
import cn.ipfin.core.riskshare.RecoveryAgreement;
import cn.ipfin.core.riskshare.Recoveries;
import cn.ipfin.core.riskshare.RiskParty;
import cn.ipfin.lending.LoanDisbursed;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.reference.LprRates;
import cn.ipfin.riskshare.LossClaims;
import cn.ipfin.riskshare.RiskFunds;
import cn.ipfin.riskshare.RiskProducts;
import cn.ipfin.servicing.ServicingFixture;
import cn.ipfin.servicing.ServicingHistory;
import cn.ipfin.shared.Actor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Issue 17 in the browser: a guaranteed loan enrolled in the district fund falls 90+ days behind; the IP office's daily
 * close records its default; the bank files a claim; guarantor-1 and the fund (the IP office) approve and pay their
 * shares; the bank lists the pledged patent for sale at its valuation, records two bids and sells to the higher;
 * the pledge is released and the price, below the loss, is split as agreed before the disposal.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskShareBrowserTest {

    /** A business date no other test closes: only this test's loan is behind it. */
    private static final LocalDate CLOSE_DATE = LocalDate.of(2024, 5, 13);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired ServicingHistory history;
    @Autowired LprRates lpr;
    @Autowired TransactionTemplate tx;
    @Autowired cn.ipfin.ledger.Ledger ledger;
    @Autowired RiskFunds funds;
    @Autowired RiskProducts products;
    @Autowired LossClaims claims;
    @Autowired ApplicationEventPublisher events;
    private Chromium chromium;
    private Browser browser;

    @BeforeAll
    void launch() throws Exception {
        chromium = new Chromium(port);
        browser = chromium.browser;
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    @Test
    void a_loan_defaults_in_the_close_the_parties_share_the_loss_and_the_auction_pays_them_back_as_agreed() {
        var fixture = new ServicingFixture(jdbc, users, history, lpr, tx, ledger);
        Actor ipo = fixture.actor("ipo");
        Actor guarantor = fixture.actor("guarantor1");
        String district = jdbc.sql("select district from enterprise where organisation_id = :e")
                .param("e", fixture.actor("enterprise1").orgId()).query(String.class).single();
        RiskFunds.Fund fund = funds.forDistrict(district).orElseGet(() -> {
            long id = tx.execute(s -> funds.open(ipo, new RiskFunds.FundTerms(district, "知识产权质押融资风险补偿资金池",
                    LossBasis.PRINCIPAL, Money.of("300000.00"), Money.of("5000000.00"), Money.of("10000000.00"),
                    new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.3"))));
            tx.executeWithoutResult(s -> funds.payIn(ipo, id, Money.of("1000000.00")));
            return funds.find(id).orElseThrow();
        });
        Money fundBefore = funds.find(fund.id()).orElseThrow().balance();
        long product = tx.execute(s -> products.publish(guarantor, new RiskProducts.ProductTerms(RiskProducts.Kind.GUARANTEE,
                "知识产权质押担保", new BigDecimal("0.012"), new BigDecimal("0.5"), Money.of("2000000.00"), null,
                BigDecimal.ZERO, Money.zero())));
        // 100 days unpaid by the eve of the close; guaranteed, then disbursed: the fund enrols it as pledge + guarantee
        var loan = fixture.loan(RepaymentMethod.EQUAL_INSTALMENTS, "1000000.00", "3.60", 12,
                CLOSE_DATE.minusMonths(8), CLOSE_DATE.minusDays(1), 100);
        tx.executeWithoutResult(s -> {
            products.consent(fixture.actor("bank1"), products.requestCover(guarantor, product, loan.loanNo()), true, null);
            products.attach(guarantor, product, loan.loanNo());
        });
        tx.executeWithoutResult(s -> events.publishEvent(new LoanDisbursed(loan.id(), loan.loanNo(), CLOSE_DATE.minusMonths(8),
                "bank1", fixture.actor("bank1").orgId(), fixture.actor("enterprise1").orgId(), new BigDecimal("1000000.00"),
                new BigDecimal("0.036"), 12, "EQUAL_INSTALMENTS", null, null, null, null, null, null, List.of())));
        awaitUntil(() -> jdbc.sql("select count(*) from risk_fund_loan where loan_id = :l").param("l", loan.id())
                .query(Integer.class).single() == 1);
        jdbc.sql("""
                        insert into asset_value (asset_id, value, valued_on, source, legal_status, revenue_base, inputs)
                        values (:a, 500000.00, :on, 'REVALUATION', 'IN_FORCE', 0, '{}'::jsonb)""")
                .param("a", loan.assetId()).param("on", CLOSE_DATE.minusDays(10)).update();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            context.setDefaultTimeout(60_000);
            Page page = chromium.signIn(context, "ipo");
            page.navigate(chromium.url("/servicing/close"));
            page.fill("#run-close input[name=date]", CLOSE_DATE.toString());
            page.click("#run-close button[type=submit]");
            page.waitForSelector("#run-state[data-state='COMPLETED']");
        }

        long claimId;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            context.setDefaultTimeout(60_000);
            Page page = chromium.signIn(context, "bank1");
            String defaults = chromium.url("/riskshare?loanNo=" + loan.loanNo());
            page.navigate(defaults);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (page.locator("#defaults td:text('" + loan.loanNo() + "')").count() == 0) {
                assertThat(System.nanoTime()).as("the close's default event within 20 s").isLessThan(deadline);
                page.waitForTimeout(300);
                page.navigate(defaults);
            }
            assertThat(page.textContent("#defaults tbody tr")).contains("逾期90天以上").contains(CLOSE_DATE.toString());
            Chromium.screenshot(page, "riskshare-default-bank1");
            page.click("#defaults button[type=submit]");
            page.waitForURL("**/riskshare/claims/*");
            claimId = Long.parseLong(page.url().replaceAll(".*/", ""));
            assertThat(page.textContent("#share-GUARANTOR .state")).isEqualTo("待确认");
            assertThat(page.textContent("#share-FUND .state")).isEqualTo("待确认");
        }
        LossClaims.Claim claim = claims.get(ipo, claimId);
        assertThat(claim.shares().stream().map(LossClaims.Share::amount).reduce(Money.zero(), Money::plus)).isEqualTo(claim.loss());

        for (String user : List.of("guarantor1", "ipo")) {
            String party = user.equals("ipo") ? "FUND" : "GUARANTOR";
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
                context.setDefaultTimeout(60_000);   // two cores shared by several builds
                Page page = chromium.signIn(context, user);
                page.navigate(chromium.url("/riskshare/claims/" + claimId));
                page.click("#share-" + party + " button.approve");
                page.waitForSelector("#share-" + party + " td.state:text('已确认')");
                // the approval reloads the page: its rows are parsed before htmx binds the forms on load, and a click
                // before that submits the pay form natively, which nothing answers in place
                page.waitForLoadState();
                page.click("#share-" + party + " button.pay");
                page.waitForSelector("#share-" + party + " td.state:text('已支付'), #share-" + party + " .alert");
                assertThat(page.locator("#share-" + party + " .alert").count()).as(page.locator("#share-" + party).textContent()).isZero();
                Chromium.screenshot(page, "riskshare-paid-" + user);
            }
        }

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN"))) {
            context.setDefaultTimeout(60_000);
            Page page = chromium.signIn(context, "bank1");
            page.navigate(chromium.url("/riskshare/claims/" + claimId));
            assertThat(page.textContent("#claim-status")).isEqualTo("已结清");
            page.selectOption("#list-form select[name=path]", "LISTED_SALE");
            page.fill("#list-form input[name=valuationFee]", "20000");
            page.click("#list-form button[type=submit]");
            page.waitForSelector(".disposal .disposal-state:text('挂牌中')");
            page.waitForLoadState();
            for (String[] bid : List.of(new String[]{"深圳某科技公司", "520000"}, new String[]{"湖北某投资公司", "540000"})) {
                page.fill(".disposal input[name=bidder]", bid[0]);
                page.fill(".disposal input[name=amount]", bid[1]);
                page.click(".disposal form.filters button[type=submit]");
                page.waitForSelector(".disposal .bids td:text('" + bid[0] + "')");
                page.waitForLoadState();
            }
            page.click(".disposal button.award");
            page.waitForSelector(".disposal .disposal-state:text('已成交')");
            Chromium.screenshot(page, "riskshare-sold-bank1");
        }

        // 540,000 − the valuer's 20,000 (5% = 27,000, capped at its fee) = 520,000 for those who paid a loss of more:
        // split by what each paid, in the agreed order (fund, guarantor, bank) for the fen left over — exactly as the
        // core's Recoveries splits it — and nothing for the pledgor
        Map<String, BigDecimal> recovered = jdbc.sql("""
                        select p.party, p.amount from recovery_part p join recovery_receipt r on r.id = p.receipt_id
                        join disposal d on d.id = r.disposal_id where d.claim_id = :c""")
                .param("c", claimId).query().listOfRows().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("party"), r -> (BigDecimal) r.get("amount")));
        LossClaims.Claim paid = claims.get(ipo, claimId);
        Map<RiskParty, Money> shares = new java.util.EnumMap<>(RiskParty.class);
        paid.shares().forEach(s -> shares.put(s.party(), s.paid()));
        var agreement = RecoveryAgreement.inProportionToPaid(new LossSharing.Allocation(paid.loss(), shares),
                List.of(RiskParty.FUND, RiskParty.GUARANTOR, RiskParty.BANK), new Ratio(new BigDecimal("0.05")),
                Money.of("20000.00"));
        var expected = Recoveries.open(agreement, new LossSharing.Allocation(paid.loss(), shares)).receive(Money.of("540000.00"));
        assertThat(recovered).hasSize(expected.parts().size()).doesNotContainKey(RiskParty.PLEDGOR.name());
        expected.parts().forEach((party, amount) ->
                assertThat(recovered.get(party.name())).as("%s", party).isEqualByComparingTo(amount.amount()));
        for (LossClaims.Share s : paid.shares()) {
            assertThat(recovered.getOrDefault(s.party().name(), BigDecimal.ZERO)).isLessThanOrEqualTo(s.paid().amount());
        }
        assertThat(recovered.get("VALUATION_FIRM")).isEqualByComparingTo("20000.00");
        assertThat(recovered.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("540000.00");
        assertThat(jdbc.sql("select cancelled_on is not null from ip_pledge where loan_id = :l").param("l", loan.id())
                .query(Boolean.class).single()).isTrue();
        // the fund paid its share and took its part of the price back
        assertThat(funds.find(fund.id()).orElseThrow().balance()).isEqualTo(fundBefore
                .minus(paid.share(RiskParty.FUND).orElseThrow().paid()).plus(expected.partOf(RiskParty.FUND)));
    }

    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
