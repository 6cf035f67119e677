package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import cn.ipfin.asset.Portfolios;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.money.Rate;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.reference.LprRates;
import cn.ipfin.valuation.ValuationFirms;
import cn.ipfin.valuation.ValuationRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guards that refuse an incomplete or contradictory command (issue 14: each rule has a test that triggers it):
 * each refusal names its catalogued rule, and nothing is written.
 */
@IntegrationTest
@Transactional
class GuardRefusalsTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;
    @Autowired RepaymentPlans plans;
    @Autowired java.time.Clock clock;
    @Autowired Demands demands;
    @Autowired LprRates lpr;
    @Autowired Portfolios portfolios;
    @Autowired ValuationFirms firms;
    @Autowired ValuationRequests valuations;
    OriginationFixture f;

    @BeforeEach
    void fixture() {
        f = new OriginationFixture(jdbc, users, products, applications, diligence, pledges, approval, clock);
    }

    @Test
    void a_freeze_names_its_authority_and_is_recorded_once_and_lifted_once() {
        long asset = f.patent();
        assertThatThrownBy(() -> pledges.freeze(f.actor("ipo"), asset, " ", null)).satisfies(refusedBy("lending.freeze-authority"));
        assertThatThrownBy(() -> pledges.lift(f.actor("ipo"), asset)).satisfies(refusedBy("lending.not-frozen"));
        pledges.freeze(f.actor("ipo"), asset, "某区人民法院", "(2026)民保1号");
        assertThatThrownBy(() -> pledges.freeze(f.actor("ipo"), asset, "某区人民法院", null))
                .satisfies(refusedBy("lending.already-frozen"));
    }

    @Test
    void registration_steps_refuse_what_is_not_this_application_s_registered_collateral() {
        long patent = f.patent();
        LoanFile file = f.diligent(f.valued(f.applied(f.product(Requirement.OPTIONAL), "500000", patent), "2000000"));
        String no = file.loanNo();
        int v = file.version();
        long stranger = f.trademark();
        assertThatThrownBy(() -> pledges.register(f.actor("bank1"), no, v, stranger)).satisfies(refusedBy("lending.not-collateral"));
        assertThatThrownBy(() -> pledges.change(f.actor("bank1"), no, v, patent, new BigDecimal("400000"), "调减"))
                .satisfies(refusedBy("lending.not-registered"));
        assertThatThrownBy(() -> pledges.consent(f.actor("bank1"), no, patent, f.orgId("bank-1"), null))
                .satisfies(refusedBy("lending.co-owner-unknown"));
        assertThatThrownBy(() -> pledges.submitForApproval(f.actor("bank1"), no, v))
                .satisfies(refusedBy("lending.registration-incomplete"));
        LoanFile registered = f.registered(file);
        assertThatThrownBy(() -> pledges.change(f.actor("bank1"), no, registered.version(), patent, new BigDecimal("400000"), " "))
                .satisfies(refusedBy("lending.change-reason"));
    }

    private long anotherEnterprisesAsset() {
        return jdbc.sql("""
                        select o.asset_id from ip_asset_owner o where not exists (select 1 from ip_asset_owner x
                        where x.asset_id = o.asset_id and x.enterprise_id = :e) order by o.asset_id limit 1""")
                .param("e", f.enterprise1()).query(Long.class).single();
    }

    @Test
    void an_application_offers_the_applicant_s_own_rights_of_kinds_and_a_method_the_product_takes() {
        Product product = f.product(Requirement.OPTIONAL);
        long foreign = anotherEnterprisesAsset();
        assertThatThrownBy(() -> f.applied(product, "500000", foreign)).satisfies(refusedBy("lending.applicant-owns-asset"));
        long design = f.asset(cn.ipfin.core.asset.IpKind.DESIGN_PATENT, "IN_FORCE", java.time.LocalDate.now(clock).plusYears(5));
        assertThatThrownBy(() -> f.applied(product, "500000", design)).satisfies(refusedBy("lending.product-collateral-kind"));
        assertThatThrownBy(() -> applications.apply(f.actor("enterprise1"), new LoanApplications.Apply(product.id(),
                new BigDecimal("500000"), 12, "研发投入", cn.ipfin.core.lending.RepaymentMethod.EQUAL_INSTALMENTS,
                List.of(f.patent()), null))).satisfies(refusedBy("lending.repayment-method"));
    }

    @Test
    void valuation_and_due_diligence_come_in_order_with_the_collateral_s_own_values() {
        long patent = f.patent();
        LoanFile applied = f.applied(f.product(Requirement.OPTIONAL), "500000", patent);
        LoanFile valuing = applications.startValuation(f.actor("bank1"), applied.loanNo(), applied.version(), null);
        String no = valuing.loanNo();
        long otherAsset = f.patent();
        long elsewhere = f.valuationRequest(otherAsset, valuing.loan().id());
        assertThatThrownBy(() -> applications.attachValuation(f.actor("bank1"), no, valuing.version(),
                new LoanApplications.AttachValuation(patent, elsewhere, new BigDecimal("2000000"))))
                .satisfies(refusedBy("lending.valuation-covers-collateral"));
        long own = f.valuationRequest(patent, valuing.loan().id());
        assertThatThrownBy(() -> applications.attachValuation(f.actor("bank1"), no, valuing.version(),
                new LoanApplications.AttachValuation(patent, own, null))).satisfies(refusedBy("lending.appraised-value-unsigned"));
        assertThatThrownBy(() -> applications.startDueDiligence(f.actor("bank1"), no, valuing.version()))
                .satisfies(refusedBy("lending.appraised-value-missing"));
        long withdrawn = f.valuationRequest(patent, valuing.loan().id());
        jdbc.sql("update valuation_request set state = 'WITHDRAWN' where id = :id").param("id", withdrawn).update();
        assertThatThrownBy(() -> applications.attachValuation(f.actor("bank1"), no, valuing.version(),
                new LoanApplications.AttachValuation(patent, withdrawn, new BigDecimal("2000000"))))
                .satisfies(refusedBy("lending.valuation-withdrawn"));
        LoanFile valued = applications.attachValuation(f.actor("bank1"), no, valuing.version(),
                new LoanApplications.AttachValuation(patent, own, new BigDecimal("2000000")));
        LoanFile diligence = applications.startDueDiligence(f.actor("bank1"), no, valued.version());
        assertThatThrownBy(() -> this.diligence.complete(f.actor("bank1"), no, diligence.version(),
                LoanApplications.CHECKLIST.getFirst(), null, null)).satisfies(refusedBy("lending.checklist-document"));
        assertThatThrownBy(() -> pledges.start(f.actor("bank1"), no, diligence.version()))
                .satisfies(refusedBy("lending.due-diligence-open"));
        LoanFile rejected = applications.reject(f.actor("bank1"), no, diligence.version(), "资料不全");
        assertThatThrownBy(() -> this.diligence.upload(f.actor("bank1"), rejected.loanNo(), null, "x.pdf", "application/pdf",
                OriginationFixture.PDF)).satisfies(refusedBy("lending.application-closed"));
    }

    @Test
    void a_product_s_terms_hold_together_and_a_limit_needs_every_collateral_s_value() {
        assertThatThrownBy(() -> products.publish(f.actor("bank1"), new Products.ProductDraft("ZSCD-BAD-" + f.patent(),
                "知识产权质押贷", "额度倒置", java.util.Map.of(cn.ipfin.core.asset.IpKind.INVENTION_PATENT, new BigDecimal("0.50")),
                new BigDecimal("5000000"), new BigDecimal("100000"), 6, 36, 50, 150,
                java.util.Set.of(cn.ipfin.core.lending.RepaymentMethod.EQUAL_PRINCIPAL), Requirement.OPTIONAL,
                Requirement.OPTIONAL, cn.ipfin.core.lending.TargetGroup.ANY, java.util.Set.of())))
                .satisfies(refusedBy("lending.product-terms"));
        LoanFile unvalued = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        assertThatThrownBy(() -> approval.limit(unvalued)).satisfies(refusedBy("lending.collateral-value"));
    }

    @Test
    void a_combined_security_is_one_the_product_takes_from_a_provider_of_its_kind() {
        LoanFile refusing = f.applied(f.product(Requirement.NOT_ACCEPTED), "500000", f.patent());
        long guarantor = jdbc.sql("select id from organisation where type = 'GUARANTOR' order by id limit 1").query(Long.class).single();
        assertThatThrownBy(() -> applications.addSecurity(f.actor("bank1"), refusing.loanNo(), refusing.version(),
                new LoanApplications.AddSecurity(cn.ipfin.core.lending.SecurityKind.GUARANTOR, guarantor, new BigDecimal("0.5"), null)))
                .satisfies(refusedBy("lending.security-not-accepted"));
        LoanFile taking = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        assertThatThrownBy(() -> applications.addSecurity(f.actor("bank1"), taking.loanNo(), taking.version(),
                new LoanApplications.AddSecurity(cn.ipfin.core.lending.SecurityKind.GUARANTOR, f.orgId("bank-2"), new BigDecimal("0.5"), null)))
                .satisfies(refusedBy("lending.security-provider"));
    }

    @Test
    void a_co_owner_s_consent_recorded_by_the_bank_comes_with_the_signed_document() {
        long coOwner = jdbc.sql("select organisation_id from enterprise where organisation_id <> :e order by organisation_id limit 1")
                .param("e", f.enterprise1()).query(Long.class).single();
        long shared = f.asset(cn.ipfin.core.asset.IpKind.INVENTION_PATENT, "IN_FORCE", java.time.LocalDate.now(clock).plusYears(10), coOwner);
        LoanFile file = f.applied(f.product(Requirement.OPTIONAL), "500000", shared);
        assertThatThrownBy(() -> pledges.consent(f.actor("bank1"), file.loanNo(), shared, coOwner, null))
                .satisfies(refusedBy("lending.co-owner-consent-document"));
    }

    @Test
    void a_demand_lists_the_enterprise_s_own_rights_and_a_bank_follows_up_with_its_own_product() {
        long foreign = anotherEnterprisesAsset();
        assertThatThrownBy(() -> demands.post(f.actor("enterprise1"), new Demands.DemandDraft(new BigDecimal("800000"), 12,
                "流动资金", java.util.Set.of(cn.ipfin.core.asset.IpKind.INVENTION_PATENT), List.of(foreign))))
                .satisfies(refusedBy("lending.demand-asset-owner"));
        Demand demand = demands.post(f.actor("enterprise1"), new Demands.DemandDraft(new BigDecimal("800000"), 12,
                "流动资金", java.util.Set.of(cn.ipfin.core.asset.IpKind.INVENTION_PATENT), List.of()));
        Product bank1s = f.product(Requirement.OPTIONAL);
        assertThatThrownBy(() -> demands.followUp(f.actor("bank2"), demand.id(),
                new Demands.FollowUpDraft(Demands.FollowUp.CONTACTED, bank1s.id(), null, null)))
                .satisfies(refusedBy("lending.follow-up-own-product"));
        assertThatThrownBy(() -> demands.followUp(f.actor("bank1"), demand.id(),
                new Demands.FollowUpDraft(Demands.FollowUp.APPLICATION_OPENED, null, null, "LA0000000000")))
                .satisfies(refusedBy("lending.follow-up-application"));
    }

    @Test
    void documents_name_a_known_checklist_item_and_are_not_empty() {
        LoanFile file = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        assertThatThrownBy(() -> diligence.upload(f.actor("bank1"), file.loanNo(), "NO_SUCH_ITEM", "x.pdf", "application/pdf",
                OriginationFixture.PDF)).satisfies(refusedBy("lending.checklist-item-unknown"));
        assertThatThrownBy(() -> diligence.upload(f.actor("bank1"), file.loanNo(), null, "x.pdf", "application/pdf", new byte[0]))
                .satisfies(refusedBy("lending.file-empty"));
    }

    @Test
    void a_contract_needs_its_number() {
        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(
                f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent()), "2000000"))));
        assertThatThrownBy(() -> approval.approve(f.actor("bank1-approver"), file.loanNo(), new LoanApproval.Approve(
                file.version(), new BigDecimal("50000"), 100, null))).satisfies(refusedBy("lending.amount-range"));
        LoanFile approved = approval.approve(f.actor("bank1-approver"), file.loanNo(), new LoanApproval.Approve(file.version(),
                new BigDecimal("500000"), 100, null));
        assertThatThrownBy(() -> approval.signContract(f.actor("bank1"), approved.loanNo(), approved.version(), " "))
                .satisfies(refusedBy("lending.contract-number"));
        assertThatThrownBy(() -> approval.disburse(f.actor("bank1"), approved.loanNo(), approved.version()))
                .satisfies(refusedBy("lending.contract-signed"));
        assertThatThrownBy(() -> plans.set(f.actor("bank1"), approved.loanNo(), approved.version(),
                List.of(new BigDecimal("500000")))).satisfies(refusedBy("lending.custom-plan-only"));
    }

    @Test
    void an_lpr_quote_is_complete_plausible_and_never_a_second_one_for_a_date() {
        var ipo = f.actor("ipo");
        LocalDate published = lpr.rows().getLast().effectiveOn();
        assertThatThrownBy(() -> lpr.add(ipo, null, Rate.percent(new BigDecimal("3")), Rate.percent(new BigDecimal("3.5"))))
                .satisfies(refusedBy("reference.lpr-quote-incomplete"));
        assertThatThrownBy(() -> lpr.add(ipo, published.plusDays(1), Rate.percent(new BigDecimal("25")), Rate.percent(new BigDecimal("3.5"))))
                .satisfies(refusedBy("reference.lpr-quote-range"));
        assertThatThrownBy(() -> lpr.add(ipo, published, Rate.percent(new BigDecimal("3")), Rate.percent(new BigDecimal("3.5"))))
                .satisfies(refusedBy("reference.lpr-quote-exists"));
    }

    @Test
    void a_portfolio_holds_an_asset_and_a_valuation_names_its_subject_and_firms_decisions_their_reasons() {
        var enterprise = f.actor("enterprise1");
        assertThatThrownBy(() -> portfolios.create(enterprise, enterprise.orgId(), "空组合", List.of()))
                .satisfies(refusedBy("asset.portfolio-empty"));
        assertThatThrownBy(() -> valuations.request(f.actor("bank1"),
                new ValuationRequests.NewRequest(null, null, null, f.orgId("valuer-1"), "质押贷款评估")))
                .satisfies(refusedBy("valuation.subject-required"));
        assertThatThrownBy(() -> valuations.requestInternal(f.actor("bank1-valuer"),
                new ValuationRequests.NewInternalValuation(f.patent(), null, null, " ")))
                .satisfies(refusedBy("valuation.purpose-required"));
        assertThatThrownBy(() -> firms.declareConflict(f.actor("valuer1"), enterprise.orgId(), " "))
                .satisfies(refusedBy("valuation.conflict-link"));
        assertThatThrownBy(() -> firms.admit(f.actor("ipo"), f.orgId("valuer-1"), 0, " "))
                .satisfies(refusedBy("valuation.decision-reason"));
    }
}
