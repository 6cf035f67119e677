package cn.ipfin.ledger;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tampering is simulated as a database superuser would do it: with the append-only trigger switched off for the
 * session. Each test runs in a transaction that is rolled back, so the shared ledger stays intact.
 */
@IntegrationTest
@Transactional
class LedgerTamperTest {

    @Autowired LedgerVerifier verifier;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired LedgerVerificationCommand command;

    private long aLoanEntry(int offset) {
        return jdbc.sql("select id from ledger_entry where subject_type = 'LOAN' order by id limit 1 offset :o")
                .param("o", offset).query(Long.class).single();
    }

    private void bypassAppendOnlyTrigger() {
        jdbc.sql("set local session_replication_role = replica").update();
    }

    @Test
    void the_untouched_ledger_verifies() {
        LedgerVerification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isPositive();
        assertThat(result.firstBroken()).isNull();
    }

    @Test
    void the_ledger_refuses_updates_and_deletes() {
        long id = aLoanEntry(0);
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set action = 'REPAID' where id = :id")
                .param("id", id).update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void verify_finds_an_entry_whose_content_was_altered() {
        long id = aLoanEntry(3);
        bypassAppendOnlyTrigger();
        jdbc.sql("update ledger_entry set after_state = replace(after_state, 'principal\":\"', 'principal\":\"9')"
                + " where id = :id").param("id", id).update();

        LedgerVerification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken().entryId()).isEqualTo(id);
        assertThat(result.firstBroken().reason()).contains("altered");
    }

    @Test
    void verify_finds_a_deleted_entry_by_the_gap_it_leaves() {
        long id = aLoanEntry(5);
        record Pos(int chain, long seq) {
        }
        Pos pos = jdbc.sql("select chain_no, seq from ledger_entry where id = :id").param("id", id)
                .query((rs, i) -> new Pos(rs.getInt(1), rs.getLong(2))).single();
        long last = jdbc.sql("select max(seq) from ledger_entry where chain_no = :c").param("c", pos.chain())
                .query(Long.class).single();
        bypassAppendOnlyTrigger();
        jdbc.sql("delete from ledger_entry where id = :id").param("id", id).update();

        LedgerVerification result = verifier.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBroken().chainNo()).isEqualTo(pos.chain());
        assertThat(result.firstBroken().seq()).isEqualTo(pos.seq() == last ? pos.seq() : pos.seq() + 1);
    }

    @Test
    void verify_through_the_api_reports_the_tampered_entry() throws Exception {
        long id = aLoanEntry(1);
        bypassAppendOnlyTrigger();
        jdbc.sql("update ledger_entry set actor_user = 'mallory' where id = :id").param("id", id).update();

        mvc.perform(post("/api/v1/ledger/verify").with(httpBasic("auditor", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBroken.entryId").value(id));
    }

    @Test
    void the_command_line_verify_exits_one_on_a_tampered_ledger() {
        long id = aLoanEntry(2);
        bypassAppendOnlyTrigger();
        jdbc.sql("update ledger_entry set occurred_at = occurred_at - interval '1 day' where id = :id")
                .param("id", id).update();

        command.run(new DefaultApplicationArguments("ledger", "verify"));

        assertThat(command.getExitCode()).isEqualTo(1);
    }

    @Test
    void only_the_ip_office_may_run_verify() throws Exception {
        mvc.perform(post("/api/v1/ledger/verify").with(httpBasic("bank1", PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
