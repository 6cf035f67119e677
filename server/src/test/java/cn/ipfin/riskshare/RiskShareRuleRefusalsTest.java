package cn.ipfin.riskshare;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.LossBasis;
import cn.ipfin.core.riskshare.RiskParty;
import cn.ipfin.servicing.ServicingFixture;
import cn.ipfin.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each risk-sharing refusal triggered, naming its rule; rolled back with the test. */
@IntegrationTest
@Transactional
class RiskShareRuleRefusalsTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired RiskFunds funds;
    @Autowired RiskProducts products;
    @Autowired Defaults defaults;
    @Autowired LossClaims claims;
    @Autowired Disposals disposals;
    @Autowired Clock clock;

    RiskShareFixture fixture;
    LocalDate today;
    Actor ipo;
    Actor bank;
    Actor guarantor;

    @BeforeEach
    void setUp() {
        fixture = RiskShareFixture.of(context);
        today = LocalDate.now(clock);
        ipo = fixture.actor("ipo");
        bank = fixture.actor("bank1");
        guarantor = fixture.actor("guarantor1");
    }

    private RiskFunds.FundTerms terms(String district, String ratio) {
        return new RiskFunds.FundTerms(district, "资金池", LossBasis.PRINCIPAL, Money.of("1.00"), Money.of("1.00"),
                Money.of("1.00"), new BigDecimal(ratio), new BigDecimal("0.3"), new BigDecimal("0.3"));
    }

    @Test
    void an_amount_typed_on_a_page_is_exact_to_the_fen() {
        assertThatThrownBy(() -> RiskShareController.money(new BigDecimal("1.005"))).satisfies(refusedBy("riskshare.amount-decimals"));
        assertThat(RiskShareController.money(new BigDecimal("1.5"))).isEqualTo(Money.of("1.50"));
    }

    @Test
    void the_fund_refuses_a_second_pool_bad_terms_no_capital_and_paying_beyond_its_balance() {
        fixture.fund();
        assertThatThrownBy(() -> funds.open(ipo, terms(fixture.district(), "0.5"))).satisfies(refusedBy("riskshare.fund-exists"));
        assertThatThrownBy(() -> funds.open(ipo, terms("另一区", "1.5"))).satisfies(refusedBy("riskshare.fund-terms"));
        long small = funds.open(ipo, terms("另一区", "0.5"));
        assertThatThrownBy(() -> funds.payIn(ipo, small, Money.zero())).satisfies(refusedBy("riskshare.capital-positive"));
        funds.payIn(ipo, small, Money.of("1.00"));
        assertThatThrownBy(() -> funds.post(ipo, funds.lock(small), "COMPENSATION", Money.of("2.00"), null, null))
                .satisfies(refusedBy("riskshare.fund-balance"));
    }

    @Test
    void products_refuse_bad_terms_a_second_cover_of_a_kind_and_cover_beyond_the_whole_loss() {
        assertThatThrownBy(() -> products.publish(guarantor, new RiskProducts.ProductTerms(RiskProducts.Kind.GUARANTEE, "零保障",
                new BigDecimal("0.01"), BigDecimal.ZERO, Money.of("1.00"), null, null, null)))
                .satisfies(refusedBy("riskshare.product-terms"));
        long guarantee = fixture.guarantee(null);
        long insurance = products.publish(fixture.actor("insurer1"), new RiskProducts.ProductTerms(RiskProducts.Kind.INSURANCE,
                "质押贷款保证保险", new BigDecimal("0.01"), new BigDecimal("0.6"), Money.of("1000000.00"), null, null, null));
        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        fixture.covered(guarantor, guarantee, loan.loanNo());
        assertThatThrownBy(() -> products.attach(guarantor, guarantee, loan.loanNo())).satisfies(refusedBy("riskshare.cover-exists"));
        products.consent(bank, products.requestCover(fixture.actor("insurer1"), insurance, loan.loanNo()), true, null);
        assertThatThrownBy(() -> products.attach(fixture.actor("insurer1"), insurance, loan.loanNo()))
                .satisfies(refusedBy("riskshare.cover-ratios"));
    }

    @Test
    void cover_is_attached_only_once_the_lending_bank_consents() {
        long guarantee = fixture.guarantee(null);
        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        assertThatThrownBy(() -> products.attach(guarantor, guarantee, loan.loanNo())).satisfies(refusedBy("riskshare.cover-consent"));
        long request = products.requestCover(guarantor, guarantee, loan.loanNo());
        assertThatThrownBy(() -> products.requestCover(guarantor, guarantee, loan.loanNo()))
                .satisfies(refusedBy("riskshare.cover-requested"));
        assertThatThrownBy(() -> products.attach(guarantor, guarantee, loan.loanNo())).satisfies(refusedBy("riskshare.cover-consent"));
        // only the lending bank answers, and a refusal says why
        assertThatThrownBy(() -> products.consent(fixture.actor("bank2"), request, true, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> products.consent(guarantor, request, true, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> products.consent(bank, request, false, " ")).satisfies(refusedBy("riskshare.cover-decline-reason"));
        products.consent(bank, request, false, "本行不接受该担保机构");
        assertThatThrownBy(() -> products.consent(bank, request, true, null)).satisfies(refusedBy("riskshare.cover-request-decided"));
        assertThatThrownBy(() -> products.attach(guarantor, guarantee, loan.loanNo())).satisfies(refusedBy("riskshare.cover-consent"));
        assertThat(products.requests(guarantor)).filteredOn(r -> r.id() == request).extracting(RiskProducts.CoverRequest::state)
                .containsExactly("DECLINED");

        long another = fixture.guarantee(null);
        fixture.covered(guarantor, another, loan.loanNo());
        assertThat(products.requests(bank)).filteredOn(r -> r.productId() == another)
                .extracting(RiskProducts.CoverRequest::attached).containsExactly(true);
    }

    @Test
    void a_claim_needs_a_default_a_loss_and_only_one_claim() {
        fixture.fund();
        ServicingFixture.TestLoan current = fixture.servicing().loan(cn.ipfin.core.lending.RepaymentMethod.EQUAL_INSTALMENTS,
                "500000.00", "3.60", 12, today.minusMonths(3), today.minusDays(1), 0);
        assertThatThrownBy(() -> claims.file(bank, current.loanNo())).satisfies(refusedBy("riskshare.not-in-default"));

        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        fixture.defaulted(loan, null, today);
        assertThatThrownBy(() -> defaults.accelerate(bank, loan.loanNo())).satisfies(refusedBy("riskshare.already-in-default"));
        claims.file(bank, loan.loanNo());
        assertThatThrownBy(() -> claims.file(bank, loan.loanNo())).satisfies(refusedBy("riskshare.claim-filed"));

        defaults.accelerate(bank, current.loanNo());
        jdbc.sql("update loan_default set principal_outstanding = 0 where loan_id = :l").param("l", current.id()).update();
        assertThatThrownBy(() -> claims.file(bank, current.loanNo())).satisfies(refusedBy("riskshare.no-loss"));
    }

    @Test
    void a_share_is_decided_once_disputed_with_a_reason_and_paid_only_when_approved_and_within_it() {
        long product = fixture.guarantee(null);
        fixture.fund();
        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        fixture.defaulted(loan, product, today);
        long claimId = claims.file(bank, loan.loanNo());
        Money share = claims.get(bank, claimId).share(RiskParty.GUARANTOR).orElseThrow().amount();

        assertThatThrownBy(() -> claims.pay(guarantor, claimId, RiskParty.GUARANTOR, share)).satisfies(refusedBy("riskshare.pay-approved"));
        assertThatThrownBy(() -> claims.decide(ipo, claimId, RiskParty.FUND, false, " ")).satisfies(refusedBy("riskshare.dispute-reason"));
        claims.decide(ipo, claimId, RiskParty.FUND, false, "贷款不符合入池条件");
        assertThat(claims.get(bank, claimId).share(RiskParty.FUND).orElseThrow().state()).isEqualTo("DISPUTED");
        claims.decide(guarantor, claimId, RiskParty.GUARANTOR, true, null);
        assertThatThrownBy(() -> claims.decide(guarantor, claimId, RiskParty.GUARANTOR, true, null))
                .satisfies(refusedBy("riskshare.share-decided"));
        assertThatThrownBy(() -> claims.pay(guarantor, claimId, RiskParty.GUARANTOR, Money.zero()))
                .satisfies(refusedBy("riskshare.payment-positive"));
        assertThatThrownBy(() -> claims.pay(guarantor, claimId, RiskParty.GUARANTOR, share.plus(Money.ofFen(1))))
                .satisfies(refusedBy("riskshare.paid-within-approved"));
        claims.pay(guarantor, claimId, RiskParty.GUARANTOR, Money.of("1000.00"));
        claims.pay(guarantor, claimId, RiskParty.GUARANTOR, share.minus(Money.of("1000.00")));
        assertThat(claims.get(bank, claimId).share(RiskParty.GUARANTOR).orElseThrow().state()).isEqualTo("PAID");
    }

    @Test
    void a_disposal_needs_the_split_settled_a_pledged_valued_right_and_bids_at_the_reserve() {
        fixture.fund();
        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        fixture.defaulted(loan, null, today);
        long claimId = claims.file(bank, loan.loanNo());
        List<RiskParty> order = List.of(RiskParty.FUND, RiskParty.BANK);
        BigDecimal fivePercent = new BigDecimal("0.05");
        Money fee = Money.of("10000.00");

        assertThatThrownBy(() -> disposals.list(bank, claimId, loan.assetId(), Disposals.Path.LISTED_SALE, fivePercent, fee, order))
                .satisfies(refusedBy("riskshare.split-before-disposal"));
        Money fundShare = claims.get(bank, claimId).share(RiskParty.FUND).orElseThrow().amount();
        claims.decide(ipo, claimId, RiskParty.FUND, true, null);
        claims.pay(ipo, claimId, RiskParty.FUND, fundShare);

        assertThatThrownBy(() -> disposals.list(bank, claimId, loan.assetId(), null, fivePercent, fee, order))
                .satisfies(refusedBy("riskshare.disposal-path"));
        assertThatThrownBy(() -> disposals.list(bank, claimId, -1, Disposals.Path.LISTED_SALE, fivePercent, fee, order))
                .satisfies(refusedBy("riskshare.not-collateral"));
        assertThatThrownBy(() -> disposals.list(bank, claimId, loan.assetId(), Disposals.Path.LISTED_SALE, fivePercent, fee, order))
                .satisfies(refusedBy("riskshare.no-valuation"));
        fixture.valued(loan.assetId(), "300000.00", today);
        long id = disposals.list(bank, claimId, loan.assetId(), Disposals.Path.REVERSE_LICENCE, fivePercent, fee, order);

        assertThatThrownBy(() -> disposals.award(bank, id)).satisfies(refusedBy("riskshare.no-bids"));
        assertThatThrownBy(() -> disposals.bid(bank, id, "某公司", Money.of("299999.99"))).satisfies(refusedBy("riskshare.bid-below-reserve"));
        disposals.bid(bank, id, "某公司", Money.of("300000.00"));
        disposals.award(bank, id);
        assertThatThrownBy(() -> disposals.bid(bank, id, "另一公司", Money.of("400000.00"))).satisfies(refusedBy("riskshare.disposal-closed"));
        assertThatThrownBy(() -> disposals.receive(bank, id, Money.zero())).satisfies(refusedBy("riskshare.receipt-positive"));

        // a later licence fee is split the same way: the valuer's 5% until its fee is paid, the rest 1:1-ish by what each paid
        var parts = disposals.receive(bank, id, Money.of("100000.00"));
        assertThat(parts.values().stream().reduce(Money.zero(), Money::plus)).isEqualTo(Money.of("100000.00"));
        assertThat(disposals.get(bank, id).recovered().get(RiskParty.VALUATION_FIRM)).isEqualTo(fee);
    }
}
