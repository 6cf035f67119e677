package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.rules.RuleCatalogue;
import cn.ipfin.shared.PageActions;
import cn.ipfin.shared.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each lending rule that no other test triggered (issue 14), triggered through the service or, where only a page
 * checks it, through the page's form: the refusal names the rule (a page shows the rule's own words in its alert and
 * moves on nowhere). Rolled back, so nothing is left for another test to count.
 */
@IntegrationTest
@Transactional
class LendingRuleRefusalsTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;
    @Autowired Demands demands;
    @Autowired PageActions actions;
    @Autowired java.time.Clock clock;
    OriginationFixture f;

    @BeforeEach
    void fixture() {
        f = new OriginationFixture(jdbc, users, products, applications, diligence, pledges, approval, clock);
    }

    private Product product(Requirement insurance, TargetGroup target, Set<String> parks) {
        return products.publish(f.actor("bank1"), new Products.ProductDraft("ZSCD-R" + OriginationFixture.SERIAL.incrementAndGet(),
                "知识产权质押贷", "规则测试", Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50")),
                new BigDecimal("100000"), new BigDecimal("5000000"), 6, 36, 50, 150,
                Set.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL), Requirement.OPTIONAL, insurance, target, parks));
    }

    private LoanApplications.Apply apply(Product product, int termMonths, long asset) {
        return new LoanApplications.Apply(product.id(), new BigDecimal("500000"), termMonths, "研发投入",
                RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL, List.of(asset), null);
    }

    @Test
    void a_product_for_a_target_group_or_parks_takes_no_enterprise_outside_them() {
        Set<TargetGroup> held = demands.qualifications(f.enterprise1(), LocalDate.now(clock));
        TargetGroup lacking = EnumSet.complementOf(EnumSet.of(TargetGroup.ANY)).stream()
                .filter(t -> !held.contains(t)).findFirst().orElseThrow();
        Product targeted = product(Requirement.OPTIONAL, lacking, Set.of());
        assertThatThrownBy(() -> applications.apply(f.actor("enterprise1"), apply(targeted, 12, f.patent())))
                .satisfies(refusedBy("lending.product-target"));
        Product parked = product(Requirement.OPTIONAL, TargetGroup.ANY, Set.of("规则测试无此园区"));
        assertThatThrownBy(() -> applications.apply(f.actor("enterprise1"), apply(parked, 12, f.patent())))
                .satisfies(refusedBy("lending.product-park"));
    }

    @Test
    void an_application_moves_only_along_the_state_machine() {
        LoanFile applied = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        LoanFile valuing = applications.startValuation(f.actor("bank1"), applied.loanNo(), applied.version(), null);
        assertThatThrownBy(() -> applications.startValuation(f.actor("bank1"), valuing.loanNo(), valuing.version(), null))
                .satisfies(refusedBy("lending.state-machine"));
        LoanFile rejected = applications.reject(f.actor("bank1"), valuing.loanNo(), valuing.version(), "资料不全");
        assertThatThrownBy(() -> applications.reject(f.actor("bank1"), rejected.loanNo(), rejected.version(), "再次拒绝"))
                .satisfies(refusedBy("lending.state-machine"));
    }

    @Test
    void an_approval_keeps_the_term_within_the_product_s_range() {
        LoanFile applied = applications.apply(f.actor("enterprise1"), apply(f.product(Requirement.OPTIONAL), 48, f.patent()));
        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(applied, "2000000"))));
        assertThatThrownBy(() -> approval.approve(f.actor("bank1-approver"), file.loanNo(),
                new LoanApproval.Approve(file.version(), new BigDecimal("500000"), 100, null)))
                .satisfies(refusedBy("lending.term-range"));
    }

    @Test
    void a_product_that_requires_insurance_goes_to_approval_only_with_a_policy() {
        LoanFile applied = applications.apply(f.actor("enterprise1"),
                apply(product(Requirement.REQUIRED, TargetGroup.ANY, Set.of()), 12, f.patent()));
        LoanFile file = f.registered(f.diligent(f.valued(applied, "2000000")));
        assertThatThrownBy(() -> pledges.submitForApproval(f.actor("bank1"), file.loanNo(), file.version()))
                .satisfies(refusedBy("lending.insurance-required"));
    }

    @Test
    void the_pledge_of_a_loan_whose_money_is_out_cannot_be_cancelled() {
        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(
                f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent()), "2000000"))));
        file = approval.approve(f.actor("bank1-approver"), file.loanNo(), new LoanApproval.Approve(file.version(),
                new BigDecimal("500000"), 100, null));
        file = approval.signContract(f.actor("bank1"), file.loanNo(), file.version(), "HT-R" + file.loan().id());
        LoanFile disbursed = approval.disburse(f.actor("bank1"), file.loanNo(), file.version());
        long asset = disbursed.collateral().getFirst().assetId();
        assertThatThrownBy(() -> pledges.cancel(f.actor("bank1"), disbursed.loanNo(), disbursed.version(), asset, "更换质押物"))
                .satisfies(refusedBy("lending.cancel-outstanding"));
        assertThat(f.ledgerActions(disbursed.loanNo())).doesNotContain("PLEDGE_CANCELLED");
    }

    @Test
    void a_registration_that_loses_the_race_for_a_right_is_refused_by_the_one_open_pledge() {
        long patent = f.patent();
        LoanFile file = f.diligent(f.valued(f.applied(f.product(Requirement.OPTIONAL), "500000", patent), "2000000"));
        // another registration of the same right gets in between this one's check and its insert: a trigger, created
        // in the test's transaction and rolled back with it, inserts that other pledge just before this one's row
        String race = "rules_race_" + OriginationFixture.SERIAL.incrementAndGet();
        jdbc.sql("""
                create function %s() returns trigger language plpgsql as $$
                begin
                  if new.registration_no not like '%%-RACE' then
                    insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on,
                        secured_amount)
                    values (new.asset_id, new.registration_no || '-RACE', new.pledgor_id, new.pledgee_org_id, new.loan_id,
                        new.registered_on, new.secured_amount);
                  end if;
                  return new;
                end $$""".formatted(race)).update();
        jdbc.sql("create trigger %s before insert on ip_pledge for each row when (new.asset_id = %d) execute function %s()"
                .formatted(race, patent, race)).update();
        assertThatThrownBy(() -> pledges.register(f.actor("bank1"), file.loanNo(), file.version(), patent))
                .satisfies(refusedBy("lending.pledged-meanwhile"));
    }

    // the page forms' own checks, before a service is asked

    @Test
    void the_application_form_needs_collateral_and_a_purpose() throws Exception {
        Product product = f.product(Requirement.OPTIONAL);
        var form = post("/applications").param("productId", String.valueOf(product.id())).param("amount", "500000")
                .param("termMonths", "12").param("repaymentMethod", RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL.name());
        assertPageRefused("enterprise1", form.param("purpose", "研发投入"), "lending.collateral-required");
        var noPurpose = post("/applications").param("productId", String.valueOf(product.id())).param("amount", "500000")
                .param("termMonths", "12").param("repaymentMethod", RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL.name())
                .param("assetIds", String.valueOf(f.patent())).param("purpose", " ");
        assertPageRefused("enterprise1", noPurpose, "lending.loan-purpose-required");
    }

    @Test
    void an_upload_needs_a_file_and_a_custom_plan_amounts() throws Exception {
        LoanFile file = f.applied(f.product(Requirement.OPTIONAL), "500000", f.patent());
        assertPageRefused("bank1", multipart("/applications/{no}/documents", file.loanNo())
                .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                .param("version", String.valueOf(file.version())), "lending.file-required");
        assertPageRefused("bank1", post("/applications/{no}/repayment-plan", file.loanNo())
                .param("version", String.valueOf(file.version())).param("parts", "250000 二十五万"),
                "lending.custom-plan-amount", "二十五万");
    }

    @Test
    void the_product_form_needs_rates_methods_and_numbers() throws Exception {
        assertPageRefused("bank1", productForm().param("rate.INVENTION_PATENT", "50"), "lending.product-rates-and-methods");
        assertPageRefused("bank1", productForm().param("methods", "EQUAL_PRINCIPAL").param("rate.INVENTION_PATENT", "五十"),
                "lending.field-number", field("rate"), "五十");
        assertPageRefused("bank1", productForm().param("methods", "EQUAL_PRINCIPAL").param("rate.INVENTION_PATENT", "50"),
                "lending.field-required", field("amountMin"));
    }

    /** A form field as the refusal names it: its Chinese label (the page is read in Chinese here) or its name. */
    private Rule.Words field(String name) {
        java.util.Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            return new Rule.Words(PageInputAdvice.fieldLabel(actions, name), name);
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
        }
    }

    private static MockHttpServletRequestBuilder productForm() {
        return post("/products").param("code", "ZSCD-FORM").param("name", "表单测试").param("amountMax", "5000000")
                .param("termMinMonths", "6").param("termMaxMonths", "36").param("spreadMinBp", "50")
                .param("spreadMaxBp", "150").param("guarantor", "OPTIONAL").param("insurance", "OPTIONAL")
                .param("target", "ANY");
    }

    @Test
    void the_demand_form_needs_collateral_kinds_and_a_purpose() throws Exception {
        assertPageRefused("enterprise1", post("/demands").param("amount", "800000").param("termMonths", "12")
                .param("purpose", "流动资金"), "lending.demand-collateral-kinds");
        assertPageRefused("enterprise1", post("/demands").param("amount", "800000").param("termMonths", "12")
                .param("purpose", " ").param("kinds", "INVENTION_PATENT"), "lending.financing-purpose-required");
    }

    /** The page refused the form with the rule's words (in either language) and moved on nowhere. */
    private void assertPageRefused(String username, AbstractMockHttpServletRequestBuilder<?> form, String code, Object... values)
            throws Exception {
        Rule rule = RuleCatalogue.all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        var refusal = rule.violation(values);
        var response = mvc.perform(form.with(user(users.loadUserByUsername(username))).with(csrf())
                .header("HX-Request", "true").header("Accept-Language", "zh-CN")).andReturn().getResponse();
        String html = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getHeader("HX-Redirect")).as(code).isNull();
        assertThat(html).as(code).startsWith("<p class=\"alert error\" role=\"alert\">");
        assertThat(html).as(code).containsAnyOf(actions.refusal(refusal.zh()), actions.refusal(refusal.en()));
    }
}
