package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.CreditEnhancement;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.SecurityKind;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.core.money.Money;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guarantee and the enterprise's credit raise the limit beyond what the pledge supports, as the product states
 * (seed 003 §五 质押+担保, seed 004 (九), seed 003 §二 专利+信用); the approval may go above the pledge part but not above
 * the enhanced limit, and it records each part.
 */
@IntegrationTest
@Transactional
class EnhancedLimitTest {

    @Autowired java.time.Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;

    OriginationFixture f;

    @BeforeEach
    void fixture() {
        f = new OriginationFixture(jdbc, users, products, applications, diligence, pledges, approval, clock);
    }

    @Test
    void a_guarantee_and_clean_credit_raise_the_limit_each_within_its_cap() throws Exception {
        jdbc.sql("delete from enterprise_credit_fact where enterprise_id = :e").param("e", f.enterprise1()).update();
        Product product = products.publish(f.actor("bank1"), new Products.ProductDraft("ZXD-" + OriginationFixture.SERIAL.incrementAndGet(),
                "专利+担保+信用贷", "质押+担保、专利+信用", Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50")),
                new BigDecimal("100000"), new BigDecimal("5000000"), 6, 36, 50, 150,
                Set.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL), Requirement.OPTIONAL, Requirement.OPTIONAL,
                TargetGroup.ANY, Set.of(), null, new CreditEnhancement.Terms(
                new CreditEnhancement.Addition(BigDecimal.ONE, Money.of("500000")), null,
                new CreditEnhancement.Addition(new BigDecimal("0.20"), Money.of("100000")))));
        LoanFile file = f.applied(product, "1300000", f.patent());
        file = applications.addSecurity(f.actor("bank1"), file.loanNo(), file.version(), new LoanApplications.AddSecurity(
                SecurityKind.GUARANTOR, f.orgId("guarantor-1"), new BigDecimal("0.30"), "BH-2026-01"));
        file = f.awaitingApproval(f.registered(f.diligent(f.valued(file, "2000000"))));

        var limit = approval.limit(file);
        // pledge 0.50 × 2,000,000 = 1,000,000; guarantee 30 % of 1,300,000 = 390,000 (under its 500,000 cap);
        // credit 0.20 × 1,000,000 = 200,000 → capped at 100,000
        assertThat(limit.pledge()).isEqualTo(Money.of("1000000"));
        assertThat(limit.enhancements()).extracting(e -> e.amount().amount().toPlainString())
                .containsExactly("390000.00", "100000.00");
        assertThat(limit.total()).isEqualTo(Money.of("1490000"));

        String no = file.loanNo();
        int version = file.version();
        // the limit panel of the application page shows the pledge part and each enhancement
        String page = mvc.perform(get("/applications/{no}", no).with(user(users.loadUserByUsername("bank1-approver"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"limit-parts\"").contains("data-kind=\"GUARANTEE\"").contains("data-kind=\"CREDIT\"");
        assertThatThrownBy(() -> approval.approve(f.actor("bank1-approver"), no,
                new LoanApproval.Approve(version, new BigDecimal("1490000.01"), 80, null)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains("增信后的授信上限 1,490,000.00", "质押部分 1,000,000.00", "390,000.00"))
                .satisfies(refusedBy("lending.enhanced-limit"));

        // above the pledge part, within the enhanced limit: approved, with each part recorded
        LoanFile approved = approval.approve(f.actor("bank1-approver"), no,
                new LoanApproval.Approve(version, new BigDecimal("1300000"), 80, null));
        assertThat(approved.creditLimit()).isEqualByComparingTo("1490000");
        assertThat(jdbc.sql("select pledge_limit from loan where loan_no = :no").param("no", no).query(BigDecimal.class).single())
                .isEqualByComparingTo("1000000");
        assertThat(f.ledgerActions(no)).contains("CONTRACT");

        // the product handbook states what each kind of extra security may add
        String handbook = mvc.perform(get("/products").with(user(users.loadUserByUsername("enterprise1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(handbook).contains("担保增信").contains("信用增信");
    }

    @Test
    void a_listed_enterprise_gets_no_credit_portion_and_the_reason_is_shown() {
        Product product = products.publish(f.actor("bank1"), new Products.ProductDraft("ZXX-" + OriginationFixture.SERIAL.incrementAndGet(),
                "专利+信用贷", "专利+信用", Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50")),
                new BigDecimal("100000"), new BigDecimal("5000000"), 6, 36, 50, 150,
                Set.of(RepaymentMethod.INTEREST_ONLY_THEN_PRINCIPAL), Requirement.OPTIONAL, Requirement.OPTIONAL,
                TargetGroup.ANY, Set.of(), null, new CreditEnhancement.Terms(null, null,
                new CreditEnhancement.Addition(new BigDecimal("0.20"), Money.of("100000")))));
        LoanFile file = f.awaitingApproval(f.registered(f.diligent(f.valued(f.applied(product, "900000", f.patent()), "2000000"))));
        jdbc.sql("""
                insert into enterprise_credit_fact (enterprise_id, kind, listed_on, source, reason)
                values (:e, 'ABNORMAL_OPERATION', date '2020-01-01', '国家企业信用信息公示系统', '测试')""")
                .param("e", f.enterprise1()).update();

        var limit = approval.limit(file);
        assertThat(limit.enhancements()).singleElement().satisfies(e -> {
            assertThat(e.amount()).isEqualTo(Money.zero());
            assertThat(e.zh()).contains("经营异常");
        });
        assertThat(limit.total()).isEqualTo(Money.of("1000000"));
    }
}
