package cn.ipfin.demo;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.lending.DueDiligence;
import cn.ipfin.lending.LoanApplications;
import cn.ipfin.lending.LoanApproval;
import cn.ipfin.lending.LoanFile;
import cn.ipfin.lending.LoanFiles;
import cn.ipfin.lending.PledgeRegistration;
import cn.ipfin.lending.Products;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every demo loan in origination can be taken one step further by the demo user whose job it is, and waits in that
 * user's to-do queue (issue 12: several could not be approved, and approving one without a product answered 500).
 */
@IntegrationTest
@Transactional
class DemoPipelineTest {

    private static final List<LoanState> OPEN = List.of(LoanState.APPLIED, LoanState.VALUATION, LoanState.DUE_DILIGENCE,
            LoanState.PLEDGE_REGISTRATION, LoanState.CREDIT_APPROVAL, LoanState.CONTRACT);
    private static final Map<String, String> OFFICERS = Map.of("bank-1", "bank1", "bank-2", "bank2", "bank-3", "bank3",
            "bank-4", "bank4");
    private static final byte[] PDF = "%PDF-1.7\n% test\n".getBytes();

    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired LoanFiles files;
    @Autowired LoanApplications applications;
    @Autowired DueDiligence diligence;
    @Autowired PledgeRegistration pledges;
    @Autowired LoanApproval approval;
    @Autowired Products products;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    record Pipeline(String loanNo, LoanState state, String bank) {
    }

    @Test
    void every_pipeline_loan_waits_in_its_bank_s_queue_and_its_next_step_succeeds() {
        List<Pipeline> loans = jdbc.sql("""
                        select l.loan_no, l.state, o.code from loan l join organisation o on o.id = l.bank_org_id
                        where l.state = any(:states) order by l.id""")
                .param("states", OPEN.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, i) -> new Pipeline(rs.getString(1), LoanState.valueOf(rs.getString(2)), rs.getString(3))).list();
        assertThat(loans).as("the demo district has loans in origination").isNotEmpty();
        assertThat(loans).extracting(Pipeline::state).contains(LoanState.CREDIT_APPROVAL);

        List<String> failures = new ArrayList<>();
        for (Pipeline p : loans) {
            String officer = OFFICERS.get(p.bank());
            String approver = officer + "-approver";
            String queueOwner = p.state() == LoanState.CREDIT_APPROVAL ? approver : officer;
            try {
                assertThat(files.queue(actor(queueOwner), p.state())).as(p + " in the queue of " + queueOwner)
                        .extracting(cn.ipfin.lending.Loan::loanNo).contains(p.loanNo());
                LoanFile after = next(p, actor(officer), actor(approver));
                assertThat(after.version()).as(p + " moved on").isGreaterThan(0);
            } catch (RuntimeException | AssertionError e) {
                failures.add(p + ": " + e);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void approving_an_application_without_a_product_is_refused_with_a_reason_not_a_server_error() {
        String loanNo = jdbc.sql("select l.loan_no from loan l join organisation o on o.id = l.bank_org_id"
                + " where l.state = 'CREDIT_APPROVAL' and o.code = 'bank-1' order by l.id limit 1").query(String.class).single();
        jdbc.sql("update loan set product_id = null where loan_no = :no").param("no", loanNo).update();
        LoanFile file = files.get(actor("bank1"), loanNo);
        assertThatThrownBy(() -> approval.approve(actor("bank1-approver"), loanNo,
                new LoanApproval.Approve(file.version(), file.loan().principal(), 50, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("no product")
                .satisfies(refusedBy("lending.application-product"));
    }

    /** The step that the loan's state asks for, by the user whose job it is. */
    private LoanFile next(Pipeline p, Actor officer, Actor approver) {
        LoanFile file = files.get(officer, p.loanNo());
        return switch (p.state()) {
            case APPLIED -> applications.startValuation(officer, p.loanNo(), file.version(), null);
            case VALUATION -> applications.startDueDiligence(officer, p.loanNo(), file.version());
            case DUE_DILIGENCE -> {
                LoanFile.ChecklistItem item = file.checklist().stream().filter(i -> !i.done()).findFirst().orElseThrow();
                var doc = diligence.upload(officer, p.loanNo(), item.code(), item.code() + ".pdf", "application/pdf", PDF);
                yield diligence.complete(officer, p.loanNo(), file.version(), item.code(), doc.id(), null);
            }
            case PLEDGE_REGISTRATION -> pledges.register(officer, p.loanNo(), file.version(),
                    file.collateral().stream().filter(c -> !c.registered()).findFirst().orElseThrow().assetId());
            case CREDIT_APPROVAL -> approval.approve(approver, p.loanNo(), new LoanApproval.Approve(file.version(),
                    file.loan().principal(), products.get(file.productId()).spreadMinBp(), null));
            case CONTRACT -> approval.signContract(officer, p.loanNo(), file.version(), "HT-" + p.loanNo());
            default -> throw new IllegalStateException(p.toString());
        };
    }
}
