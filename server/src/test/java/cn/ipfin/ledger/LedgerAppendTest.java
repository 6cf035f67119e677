package cn.ipfin.ledger;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.ledger.LedgerHash;
import cn.ipfin.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LedgerAppendTest {

    @Autowired Ledger ledger;
    @Autowired LedgerVerifier verifier;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;

    private LedgerFact fact(String subject, int n) {
        return new LedgerFact(Actor.system(), "TEST", subject, "STEP_" + n, List.of(1L), null, Map.of("n", n));
    }

    @Test
    void an_entry_links_to_the_previous_entry_of_its_chain() {
        String subject = UUID.randomUUID().toString();
        LedgerEntry first = transaction.execute(s -> ledger.append(fact(subject, 1)));
        LedgerEntry second = transaction.execute(s -> ledger.append(fact(subject, 2)));

        assertThat(second.chainNo()).isEqualTo(first.chainNo());
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(second.hash()).hasSize(64).isNotEqualTo(LedgerHash.GENESIS);
    }

    @Test
    void an_entry_is_written_only_inside_the_transaction_of_the_change_it_records() {
        assertThatThrownBy(() -> ledger.append(fact("outside", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void facts_published_during_appending_last_are_appended_when_it_returns_in_their_order() {
        String subject = UUID.randomUUID().toString();
        List<String> seen = transaction.execute(s -> ledger.appendingLast(() -> {
            publisher.publishEvent(fact(subject, 1));
            publisher.publishEvent(fact(subject, 2));
            return actions(subject);   // nothing appended yet
        }));
        assertThat(seen).isEmpty();
        assertThat(actions(subject)).containsExactly("STEP_1", "STEP_2");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void facts_of_failed_work_are_never_appended() {
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> ledger.appendingLast(() -> {
            publisher.publishEvent(fact(subject, 1));
            throw new IllegalStateException("the command failed");
        }))).isInstanceOf(IllegalStateException.class);
        // and the next fact on this thread is appended at once, not held back
        transaction.executeWithoutResult(s -> publisher.publishEvent(fact(subject, 2)));
        assertThat(actions(subject)).containsExactly("STEP_2");
    }

    private List<String> actions(String subject) {
        return jdbc.sql("select action from ledger_entry where subject_id = :s order by seq").param("s", subject)
                .query(String.class).list();
    }

    @Test
    void a_rolled_back_change_leaves_no_entry() {
        String subject = UUID.randomUUID().toString();
        transaction.executeWithoutResult(s -> {
            ledger.append(fact(subject, 1));
            s.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from ledger_entry where subject_id = :s").param("s", subject)
                .query(Long.class).single()).isZero();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void concurrent_writers_keep_every_chain_gapless_and_verifiable() throws Exception {
        int writers = 8, perWriter = 25;
        var pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String subject = "concurrent-" + UUID.randomUUID();
            done.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < perWriter; i++) {
                    int n = i;
                    transaction.executeWithoutResult(s -> ledger.append(fact(subject, n)));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        LedgerVerification result = verifier.verify();
        assertThat(result.intact()).as("%s", result.firstBroken()).isTrue();
        assertThat(jdbc.sql("select count(*) from ledger_entry where subject_id like 'concurrent-%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo((long) writers * perWriter);
    }
}
