package cn.ipfin.securitization;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The project page shows its candidates a page at a time, in the pool's order. */
class PoolRowsTest {

    private static List<AssetPools.Entry> candidates(int n) {
        return LongStream.rangeClosed(1, n).mapToObj(id -> new AssetPools.Entry(id, "企业" + id, BigDecimal.TEN, 50, true,
                List.of(), true, null, null, null)).toList();
    }

    private static List<Long> ids(ProjectPages.PoolRows rows) {
        return rows.rows().stream().map(AssetPools.Entry::enterpriseId).toList();
    }

    @Test
    void the_candidates_come_a_page_at_a_time_and_a_page_past_the_end_shows_the_last() {
        var five = candidates(5);
        assertThat(ids(ProjectPages.PoolRows.of(five, 0, 2))).containsExactly(1L, 2L);
        assertThat(ids(ProjectPages.PoolRows.of(five, 2, 2))).containsExactly(5L);
        assertThat(ProjectPages.PoolRows.of(five, 2, 2).pages()).isEqualTo(3);
        assertThat(ProjectPages.PoolRows.of(five, 9, 2).page()).isEqualTo(2);
        assertThat(ProjectPages.PoolRows.of(five, -1, 2).page()).isZero();
        assertThat(ProjectPages.PoolRows.of(candidates(4), 0, 2).pages()).isEqualTo(2);
        assertThat(ProjectPages.PoolRows.of(List.of(), 3, 50)).satisfies(r -> {
            assertThat(r.rows()).isEmpty();
            assertThat(r.pages()).isEqualTo(1);
            assertThat(r.page()).isZero();
        });
    }
}
