package cn.ipfin.core.supervision;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeds 003 §九, 004 (二十): "不良率高出自身各项贷款不良率3个百分点（含）以内". */
class NplToleranceTest {

    @ParameterizedTest(name = "IP {0} vs overall {1}: gap {2} pp, tolerated {3}")
    @CsvSource({
            "0.050000, 0.020000,  3.0000, true",    // exactly 3.00 points: inclusive
            "0.050001, 0.020000,  3.0001, false",   // the smallest step above
            "0.049999, 0.020000,  2.9999, true",
            "0.010000, 0.050000, -4.0000, true",    // IP loans do better than the bank
            "0.120000, 0.015000, 10.5000, false",
            "0.000000, 0.000000,  0.0000, true"})
    void within_three_points_inclusive_is_tolerated(String ip, String overall, String gap, boolean tolerated) {
        var tolerance = new NplTolerance(new BigDecimal(ip), new BigDecimal(overall));
        assertThat(tolerance.gapPercentagePoints()).isEqualTo(new BigDecimal(gap));
        assertThat(tolerance.tolerated()).isEqualTo(tolerated);
    }
}
