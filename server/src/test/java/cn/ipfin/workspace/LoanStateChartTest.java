package cn.ipfin.workspace;

import cn.ipfin.core.lending.LoanState;
import cn.ipfin.lending.LoanStateTotal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoanStateChartTest {

    @Test
    void settled_withdrawn_and_rejected_principal_is_drawn_apart_from_the_live_book() {
        var chart = LoanStateChart.of(List.of(
                new LoanStateTotal(LoanState.APPLIED, 1, new BigDecimal("3280000.00")),
                new LoanStateTotal(LoanState.DISBURSED, 1, new BigDecimal("6168049.99")),
                new LoanStateTotal(LoanState.REPAID, 1, new BigDecimal("1666000.00")),
                new LoanStateTotal(LoanState.WITHDRAWN, 1, new BigDecimal("5823000.00")),
                new LoanStateTotal(LoanState.REJECTED, 1, new BigDecimal("5362000.00"))), LoanState::name);
        assertThat(chart.active()).containsExactly(new BigDecimal("328.00"), new BigDecimal("616.80"), null, null, null);
        assertThat(chart.closed()).containsExactly(null, null, new BigDecimal("166.60"), new BigDecimal("582.30"),
                new BigDecimal("536.20"));
        assertThat(chart.links()).first().isEqualTo("/loans?state=APPLIED");
    }
}
