package cn.ipfin.servicing;

import cn.ipfin.IntegrationTest;
import cn.ipfin.lending.LoanDisbursed;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servicing opens a disbursed loan from {@link LoanDisbursed} after the disbursement commits. The event publication
 * registry keeps the event until servicing has done so: when the listener fails, the publication stays incomplete and
 * the loan is opened when it is published again (at the next start, here by resubmitting it), not lost.
 */
@IntegrationTest
class DisbursementPublicationTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts users;
    @Autowired Clock clock;

    @Test
    void a_listener_that_failed_once_opens_the_loan_when_its_publication_is_resubmitted() {
        long bank = ((ActorHolder) users.loadUserByUsername("bank1")).actor().orgId();
        long enterprise = ((ActorHolder) users.loadUserByUsername("enterprise1")).actor().orgId();
        LocalDate today = LocalDate.now(clock);
        // the loan's row is not there yet when servicing first hears of it: opening its schedule fails (foreign key)
        long loanId = jdbc.sql("select nextval(pg_get_serial_sequence('loan', 'id'))").query(Long.class).single();
        String loanNo = "EP" + loanId;
        var disbursed = new LoanDisbursed(loanId, loanNo, today, "bank1", bank, enterprise, new BigDecimal("120000.00"),
                new BigDecimal("0.036"), 12, "EQUAL_INSTALMENTS", null, null, null, null, null, null, List.of());
        try {
            tx.executeWithoutResult(s -> events.publishEvent(disbursed));
            awaitUntil(() -> "FAILED".equals(status(loanNo)));
            assertThat(servicingRows(loanId)).isZero();

            tx.executeWithoutResult(s -> jdbc.sql("""
                            insert into loan (id, loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months,
                                              applied_on, disbursed_on, maturity_on, state, repayment_method)
                            values (:id, :no, :e, :b, 120000.00, 0.036, 12, :applied, :d, :mat, 'DISBURSED', 'EQUAL_INSTALMENTS')""")
                    .param("id", loanId).param("no", loanNo).param("e", enterprise).param("b", bank)
                    .param("applied", today.minusDays(20)).param("d", today).param("mat", today.plusMonths(12)).update());
            incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof LoanDisbursed d && d.loanId() == loanId);

            awaitUntil(() -> "COMPLETED".equals(status(loanNo)));
            assertThat(servicingRows(loanId)).isOne();
            assertThat(jdbc.sql("select count(*) from loan_instalment where loan_id = :id and version_no = 1")
                    .param("id", loanId).query(Long.class).single()).isEqualTo(12);
        } finally {
            tx.executeWithoutResult(s -> {
                for (String table : List.of("loan_servicing", "loan_instalment", "loan_schedule_version", "loan")) {
                    jdbc.sql("delete from " + table + " where " + (table.equals("loan") ? "id" : "loan_id") + " = :id")
                            .param("id", loanId).update();
                }
                jdbc.sql("delete from event_publication where serialized_event like :no")
                        .param("no", "%\"" + loanNo + "\"%").update();
            });
        }
    }

    private String status(String loanNo) {
        return jdbc.sql("""
                        select case when completion_date is not null then 'COMPLETED' else status end
                        from event_publication where serialized_event like :no and listener_id like '%ServicingStart%'""")
                .param("no", "%\"" + loanNo + "\"%").query(String.class).optional().orElse(null);
    }

    private long servicingRows(long loanId) {
        return jdbc.sql("select count(*) from loan_servicing where loan_id = :id").param("id", loanId)
                .query(Long.class).single();
    }

    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
