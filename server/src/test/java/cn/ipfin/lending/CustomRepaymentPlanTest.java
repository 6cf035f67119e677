package cn.ipfin.lending;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/** 自定义还款计划: entered with the contract, checked against the principal and term, required for disbursement. */
@IntegrationTest
class CustomRepaymentPlanTest {

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;
    @Autowired RepaymentPlans plans;
    @Autowired java.time.Clock clock;

    @Test
    void a_custom_loan_is_disbursed_only_with_a_plan_that_adds_up_and_is_serviced_by_it() {
        var f = new OriginationFixture(jdbc, users, products, applications, diligence, pledges, approval, clock);
        Product product = products.publish(f.actor("bank1"), new Products.ProductDraft("ZDY-" + OriginationFixture.SERIAL.incrementAndGet(),
                "季节性还款质押贷", "按销售旺季还本", Map.of(IpKind.INVENTION_PATENT, new BigDecimal("0.50")),
                new BigDecimal("100000"), new BigDecimal("5000000"), 6, 36, 50, 150, Set.of(RepaymentMethod.CUSTOM),
                Requirement.OPTIONAL, Requirement.OPTIONAL, TargetGroup.ANY, Set.of()));
        long patent = f.patent();
        LoanFile file = applications.apply(f.actor("enterprise1"), new LoanApplications.Apply(product.id(),
                new BigDecimal("600000"), 6, "季节性备货", RepaymentMethod.CUSTOM, List.of(patent), null));
        file = f.awaitingApproval(f.registered(f.diligent(f.valued(file, "2000000"))));
        file = approval.approve(f.actor("bank1-approver"), file.loanNo(),
                new LoanApproval.Approve(file.version(), new BigDecimal("600000"), 60, null));
        file = approval.signContract(f.actor("bank1"), file.loanNo(), file.version(), "HT-ZDY-1");
        String no = file.loanNo();
        int version = file.version();

        assertThatThrownBy(() -> approval.disburse(f.actor("bank1"), no, version))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("custom repayment plan")
                .satisfies(refusedBy("lending.custom-plan-entered"));
        List<BigDecimal> wrong = List.of(new BigDecimal("100000"), new BigDecimal("100000"), new BigDecimal("100000"),
                new BigDecimal("100000"), new BigDecimal("100000"), new BigDecimal("99999.99"));
        assertThatThrownBy(() -> plans.set(f.actor("bank1"), no, version, wrong))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains("不等于贷款本金"))
                .satisfies(refusedBy("lending.custom-plan-terms"));
        assertThatThrownBy(() -> plans.set(f.actor("bank1"), no, version, Collections.nCopies(5, new BigDecimal("120000"))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).zh()).contains("期数"));
        List<BigDecimal> plan = List.of(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100000"),
                new BigDecimal("100000"), new BigDecimal("150000"), new BigDecimal("250000"));
        file = plans.set(f.actor("bank1"), no, version, plan);
        file = approval.disburse(f.actor("bank1"), no, file.version());

        // servicing opens the loan from LoanDisbursed once the disbursement has committed
        List<BigDecimal> serviced = List.of();
        for (long deadline = System.nanoTime() + 20_000_000_000L; serviced.isEmpty() && System.nanoTime() < deadline; ) {
            serviced = jdbc.sql("""
                            select i.principal from loan_instalment i join loan l on l.id = i.loan_id
                            where l.loan_no = :no and i.version_no = 1 order by i.number""")
                    .param("no", no).query(BigDecimal.class).list();
            if (serviced.isEmpty()) LockSupport.parkNanos(50_000_000L);
        }
        assertThat(serviced).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(plan);
        assertThat(f.ledgerActions(no)).containsSubsequence("CONTRACT_SIGNED", "REPAYMENT_PLAN_SET", "DISBURSED");
    }
}
