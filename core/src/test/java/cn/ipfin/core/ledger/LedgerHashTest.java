package cn.ipfin.core.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerHashTest {

    private final LedgerRecord record = new LedgerRecord(3, 7, Instant.parse("2026-11-23T10:15:30.123456789Z"),
            "bank1", 12L, "LOAN", "PL2026000001", "DISBURSED", List.of(12L, 40L),
            "{\"state\":\"CONTRACT\"}", "{\"state\":\"DISBURSED\"}");

    @Test
    void the_hash_is_a_stable_sha256_of_the_previous_hash_and_the_record() {
        String hash = LedgerHash.of(LedgerHash.GENESIS, record);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(LedgerHash.of(LedgerHash.GENESIS, record)).isEqualTo(hash);
    }

    @Test
    void changing_any_field_changes_the_hash() {
        String hash = LedgerHash.of(LedgerHash.GENESIS, record);
        var changed = List.of(
                new LedgerRecord(4, 7, record.occurredAt(), "bank1", 12L, "LOAN", "PL2026000001", "DISBURSED",
                        List.of(12L, 40L), record.beforeState(), record.afterState()),
                new LedgerRecord(3, 7, record.occurredAt(), "bank2", 12L, "LOAN", "PL2026000001", "DISBURSED",
                        List.of(12L, 40L), record.beforeState(), record.afterState()),
                new LedgerRecord(3, 7, record.occurredAt(), "bank1", 12L, "LOAN", "PL2026000001", "DISBURSED",
                        List.of(12L), record.beforeState(), record.afterState()),
                new LedgerRecord(3, 7, record.occurredAt(), "bank1", 12L, "LOAN", "PL2026000001", "DISBURSED",
                        List.of(12L, 40L), record.beforeState(), "{\"state\":\"REPAID\"}"));
        for (LedgerRecord other : changed) {
            assertThat(LedgerHash.of(LedgerHash.GENESIS, other)).isNotEqualTo(hash);
        }
        assertThat(LedgerHash.of("f".repeat(64), record)).isNotEqualTo(hash);
    }

    @Test
    void field_boundaries_cannot_be_shifted_to_forge_the_same_hash() {
        var a = new LedgerRecord(0, 1, record.occurredAt(), "ab", null, "c", "1", "X", List.of(), null, null);
        var b = new LedgerRecord(0, 1, record.occurredAt(), "a", null, "bc", "1", "X", List.of(), null, null);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, a)).isNotEqualTo(LedgerHash.of(LedgerHash.GENESIS, b));
    }

    @Test
    void null_and_empty_states_hash_differently() {
        var withNull = new LedgerRecord(0, 1, record.occurredAt(), "u", null, "T", "1", "X", List.of(), null, null);
        var withEmpty = new LedgerRecord(0, 1, record.occurredAt(), "u", null, "T", "1", "X", List.of(), "", null);
        assertThat(LedgerHash.of(LedgerHash.GENESIS, withNull)).isNotEqualTo(LedgerHash.of(LedgerHash.GENESIS, withEmpty));
    }

    @Test
    void time_is_kept_to_the_microsecond_as_postgresql_stores_it() {
        assertThat(record.occurredAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30.123456Z"));
    }
}
