package cn.ipfin.riskshare;

import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.riskshare.LossBasis;
import cn.ipfin.servicing.ServicingFixture;
import cn.ipfin.shared.Actor;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A defaulted loan of enterprise1 at bank-1 and the parties that share its loss: the enterprise's district fund (50% of
 * a pure pledge loan's principal loss, 30% of a guaranteed one's, at most 300,000 a loan), guarantor-1's product
 * (50% of the loss, fee 1.2%), an optional re-guarantee fund taking 40% of the guarantor's part.
 */
record RiskShareFixture(JdbcClient jdbc, ServicingFixture servicing, RiskFunds funds, RiskProducts products,
                        FundEnrolment enrolment, Defaults defaults) {

    /** The fixture on the test's Spring context. */
    static RiskShareFixture of(ApplicationContext context) {
        return new RiskShareFixture(context.getBean(JdbcClient.class), ServicingFixture.of(context),
                context.getBean(RiskFunds.class), context.getBean(RiskProducts.class), context.getBean(FundEnrolment.class),
                context.getBean(Defaults.class));
    }

    Actor actor(String username) {
        return servicing.actor(username);
    }

    String district() {
        return jdbc.sql("select district from enterprise where organisation_id = :e")
                .param("e", actor("enterprise1").orgId()).query(String.class).single();
    }

    /** The district's fund, opened with 1,000,000 of capital unless it exists (a browser test commits it). */
    RiskFunds.Fund fund() {
        Actor ipo = actor("ipo");
        return funds.forDistrict(district()).orElseGet(() -> {
            long id = funds.open(ipo, new RiskFunds.FundTerms(district(), "知识产权质押融资风险补偿资金池",
                    LossBasis.PRINCIPAL, Money.of("300000.00"), Money.of("5000000.00"), Money.of("10000000.00"),
                    new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.3")));
            funds.payIn(ipo, id, Money.of("1000000.00"));
            return funds.find(id).orElseThrow();
        });
    }

    /** A re-guarantee fund (再担保) as an organisation of the district. */
    long reGuarantor() {
        return jdbc.sql("""
                        insert into organisation (code, type, name, district, reguarantor)
                        values (:code, 'GUARANTOR', '省再担保基金', :d, true) returning id""")
                .param("code", "rg-" + System.nanoTime()).param("d", district()).query(Long.class).single();
    }

    long guarantee(Long reGuarantorOrgId) {
        return products.publish(actor("guarantor1"), new RiskProducts.ProductTerms(RiskProducts.Kind.GUARANTEE,
                "知识产权质押担保", new BigDecimal("0.012"), new BigDecimal("0.5"), Money.of("2000000.00"),
                reGuarantorOrgId, reGuarantorOrgId == null ? BigDecimal.ZERO : new BigDecimal("0.4"), Money.zero()));
    }

    /** A 1,000,000 loan made 8 months ago, unpaid for about 120 days, closed through yesterday. */
    ServicingFixture.TestLoan overdueLoan(LocalDate today) {
        return servicing.loan(RepaymentMethod.EQUAL_INSTALMENTS, "1000000.00", "3.60", 12, today.minusMonths(8),
                today.minusDays(1), 120);
    }

    /** The provider's cover on the loan: requested, consented by the lending bank (bank-1), attached. */
    void covered(Actor provider, long product, String loanNo) {
        products.consent(actor("bank1"), products.requestCover(provider, product, loanNo), true, null);
        products.attach(provider, product, loanNo);
    }

    /** The loan guaranteed (if a product is given), enrolled in the fund, and in default after yesterday's close. */
    Defaults.DefaultEvent defaulted(ServicingFixture.TestLoan loan, Long guaranteeProduct, LocalDate today) {
        if (guaranteeProduct != null) covered(actor("guarantor1"), guaranteeProduct, loan.loanNo());
        enrolment.enrol(loan.id(), loan.loanNo(), actor("bank1").orgId(), actor("enterprise1").orgId(),
                Money.of("1000000.00"), today.minusMonths(8));
        defaults.detect(today.minusDays(1));
        return defaults.find(loan.id()).orElseThrow();
    }

    void valued(long assetId, String value, LocalDate on) {
        jdbc.sql("""
                        insert into asset_value (asset_id, value, valued_on, source, legal_status, revenue_base, inputs)
                        values (:a, :v, :on, 'REVALUATION', 'IN_FORCE', 0, '{}'::jsonb)
                        on conflict (asset_id) do update set value = excluded.value, valued_on = excluded.valued_on""")
                .param("a", assetId).param("v", new BigDecimal(value)).param("on", on).update();
    }
}
