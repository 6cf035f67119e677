package cn.ipfin.lending;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.party.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Two approvers act on the same application at once: one wins, the other gets 409, nothing is overwritten. */
@IntegrationTest
class ConcurrentApprovalTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Products products;
    @Autowired java.time.Clock clock;

    @Test
    void two_approvals_with_the_same_version_from_two_threads_one_wins_the_other_gets_409() throws Exception {
        var f = new OriginationFixture(jdbc, users, products, null, null, null, null, clock);
        // committed set-up, straight into CREDIT_APPROVAL: the approval's guards only read these facts
        Product product = f.product(Requirement.OPTIONAL);
        long asset = f.patent();
        String loanNo = "LC" + OriginationFixture.SERIAL.incrementAndGet();
        long loanId = jdbc.sql("""
                        insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on,
                            state, product_id, prepared_by, repayment_method, version)
                        values (:no, :e, :b, 500000, 0.035, 12, :today, 'CREDIT_APPROVAL', :p, 'bank1', 'BULLET', 5)
                        returning id""")
                .param("today", java.time.LocalDate.now(clock)).param("no", loanNo).param("e", f.enterprise1()).param("b", f.orgId("bank-1")).param("p", product.id())
                .query(Long.class).single();
        jdbc.sql("insert into loan_collateral (loan_id, asset_id, appraised_value, value_source) values (:l, :a, 2000000, 'APPRAISED')")
                .param("l", loanId).param("a", asset).update();
        try {
            var start = new CountDownLatch(1);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String amount : List.of("500000", "600000")) {
                calls.add(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/applications/{no}/approval", loanNo)
                                    .with(httpBasic("bank1-approver", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"expectedVersion\": 5, \"amount\": " + amount + ", \"spreadBp\": 80}"))
                            .andReturn().getResponse().getStatus();
                });
            }
            List<Integer> statuses = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                List<Future<Integer>> futures = calls.stream().map(pool::submit).toList();
                start.countDown();
                for (Future<Integer> fu : futures) statuses.add(fu.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            var row = jdbc.sql("select state, version, principal from loan where id = :id").param("id", loanId).query().singleRow();
            assertThat(row.get("state")).isEqualTo("CONTRACT");
            assertThat(row.get("version")).isEqualTo(6);
            long entries = jdbc.sql("select count(*) from ledger_entry where subject_type = 'LOAN' and subject_id = :no")
                    .param("no", loanNo).query(Long.class).single();
            assertThat(entries).isEqualTo(1);
        } finally {
            jdbc.sql("delete from loan_collateral where loan_id = :id").param("id", loanId).update();
            jdbc.sql("delete from loan where id = :id").param("id", loanId).update();
        }
    }
}
