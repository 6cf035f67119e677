package cn.ipfin.riskshare;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.money.Money;
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
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guaranteed, re-guaranteed loan enrolled in the district fund defaults; the bank's claim shares the loss to the fen;
 * each party approves and pays, the fund within its balance; the pledged patent is listed with the split agreed, sold
 * to the highest bid, its pledge released, and the price split as agreed. Rolled back with the test.
 */
@IntegrationTest
@Transactional
class LossSharingFlowTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired RiskFunds funds;
    @Autowired Defaults defaults;
    @Autowired LossClaims claims;
    @Autowired Disposals disposals;
    @Autowired Clock clock;

    RiskShareFixture fixture;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = RiskShareFixture.of(context);
        today = LocalDate.now(clock);
    }

    @Test
    void a_defaulted_loan_shares_its_loss_and_its_disposal_pays_back_as_agreed() {
        RiskFunds.Fund fund = fixture.fund();
        Money balanceBefore = fund.balance();
        long product = fixture.guarantee(fixture.reGuarantor());
        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        Defaults.DefaultEvent event = fixture.defaulted(loan, product, today);
        assertThat(event.reason()).isEqualTo("DPD_90");
        assertThat(jdbc.sql("select fee from risk_cover where loan_id = :l").param("l", loan.id()).query(BigDecimal.class)
                .single()).isEqualByComparingTo("12000.00");

        Actor bank = fixture.actor("bank1");
        long claimId = claims.file(bank, loan.loanNo());
        LossClaims.Claim claim = claims.get(bank, claimId);

        // the fund's basis is the principal: loss = principal outstanding; guarantor 50% of which the re-guarantee
        // fund takes 40%; the fund 30% (a guaranteed loan's ratio) up to 300,000; the bank the rest
        Money loss = Money.of(event.principal());
        Money guaranteed = loss.times(new BigDecimal("0.5"), RoundingMode.DOWN);
        Money reGuaranteed = guaranteed.times(new BigDecimal("0.4"), RoundingMode.DOWN);
        Money fundShare = loss.times(new BigDecimal("0.3"), RoundingMode.DOWN).min(Money.of("300000.00"));
        assertThat(claim.loss()).isEqualTo(loss);
        assertThat(amounts(claim)).isEqualTo(Map.of(
                RiskParty.GUARANTOR, guaranteed.minus(reGuaranteed),
                RiskParty.RE_GUARANTOR, reGuaranteed,
                RiskParty.FUND, fundShare,
                RiskParty.BANK, loss.minus(guaranteed).minus(fundShare)));
        assertThat(claim.shares().stream().map(LossClaims.Share::amount).reduce(Money.zero(), Money::plus)).isEqualTo(loss);

        Actor guarantor = fixture.actor("guarantor1");
        Actor ipo = fixture.actor("ipo");
        claims.decide(guarantor, claimId, RiskParty.GUARANTOR, true, null);
        claims.pay(guarantor, claimId, RiskParty.GUARANTOR, guaranteed.minus(reGuaranteed));
        claims.decide(ipo, claimId, RiskParty.FUND, true, "符合补偿条件");
        claims.pay(ipo, claimId, RiskParty.FUND, fundShare);
        long reGuarantorOrg = claim.share(RiskParty.RE_GUARANTOR).orElseThrow().orgId();
        Actor reGuarantor = new Actor(guarantor.userId(), "rg", reGuarantorOrg, guarantor.orgType(), guarantor.roles(),
                java.util.Set.of(reGuarantorOrg));
        claims.decide(reGuarantor, claimId, RiskParty.RE_GUARANTOR, true, null);
        claims.pay(reGuarantor, claimId, RiskParty.RE_GUARANTOR, reGuaranteed);
        assertThat(claims.get(bank, claimId).settled()).isTrue();
        assertThat(funds.find(fund.id()).orElseThrow().balance()).isEqualTo(balanceBefore.minus(fundShare));

        fixture.valued(loan.assetId(), "800000.00", today.minusDays(5));
        long disposalId = disposals.list(bank, claimId, loan.assetId(), Disposals.Path.LISTED_SALE,
                new BigDecimal("0.05"), Money.of("20000.00"), List.of(RiskParty.FUND, RiskParty.GUARANTOR, RiskParty.RE_GUARANTOR, RiskParty.BANK));
        assertThat(disposals.get(bank, disposalId).reservePrice()).isEqualTo(Money.of("800000.00"));
        disposals.bid(bank, disposalId, "深圳某科技公司", Money.of("820000.00"));
        disposals.bid(bank, disposalId, "湖北某投资公司", Money.of("850000.00"));

        Map<RiskParty, Money> split = disposals.award(bank, disposalId);

        assertThat(split.values().stream().reduce(Money.zero(), Money::plus)).isEqualTo(Money.of("850000.00"));
        assertThat(split.get(RiskParty.VALUATION_FIRM)).isEqualTo(Money.of("20000.00")); // 5% = 42,500 capped at the fee
        for (LossClaims.Share s : claims.get(bank, claimId).shares()) {
            assertThat(split.getOrDefault(s.party(), Money.zero())).as("%s", s.party()).isLessThanOrEqualTo(s.paid());
        }
        // 830,000 over a loss of about 668,000: everyone is made whole and the pledgor gets the rest
        assertThat(split.get(RiskParty.FUND)).isEqualTo(fundShare);
        assertThat(split.get(RiskParty.PLEDGOR)).isEqualTo(Money.of("830000.00").minus(loss));
        assertThat(funds.find(fund.id()).orElseThrow().balance()).isEqualTo(balanceBefore);
        assertThat(jdbc.sql("select cancelled_on from ip_pledge where loan_id = :l").param("l", loan.id())
                .query(LocalDate.class).single()).isEqualTo(today);
        assertThat(jdbc.sql("select count(*) from ledger_entry where subject_type in ('LOSS_CLAIM','DISPOSAL','RISK_FUND')"
                        + " and subject_id in (:loan, :disposal, :district)")
                .param("loan", loan.loanNo()).param("disposal", String.valueOf(disposalId)).param("district", fixture.district())
                .query(Integer.class).single()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void a_pure_pledge_loan_shares_with_the_fund_alone_at_its_pledge_ratio_capped_per_loan() {
        fixture.fund();
        ServicingFixture.TestLoan loan = fixture.overdueLoan(today);
        Defaults.DefaultEvent event = fixture.defaulted(loan, null, today);

        LossClaims.Claim claim = claims.get(fixture.actor("bank1"), claims.file(fixture.actor("bank1"), loan.loanNo()));

        Money loss = Money.of(event.principal());
        Money fundShare = loss.times(new BigDecimal("0.5"), RoundingMode.DOWN).min(Money.of("300000.00"));
        assertThat(amounts(claim)).isEqualTo(Map.of(RiskParty.FUND, fundShare, RiskParty.BANK, loss.minus(fundShare)));
    }

    private static Map<RiskParty, Money> amounts(LossClaims.Claim claim) {
        Map<RiskParty, Money> m = new java.util.EnumMap<>(RiskParty.class);
        claim.shares().forEach(s -> m.put(s.party(), s.amount()));
        return m;
    }
}
