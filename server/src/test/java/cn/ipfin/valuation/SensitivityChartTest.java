package cn.ipfin.valuation;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.valuation.SensitivityAnalysis;
import cn.ipfin.core.valuation.SensitivityParameter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class SensitivityChartTest {

    @Test
    void each_parameter_is_a_series_over_the_changes_in_percent() {
        Money any = Money.ofYuan(1_000_000);
        var table = new SensitivityAnalysis.Table(any, List.of(
                new SensitivityAnalysis.Row(SensitivityParameter.REVENUE, new BigDecimal("-0.10"), any, new BigDecimal("-0.1000")),
                new SensitivityAnalysis.Row(SensitivityParameter.REVENUE, new BigDecimal("0.10"), any, new BigDecimal("0.1000")),
                new SensitivityAnalysis.Row(SensitivityParameter.DISCOUNT_RATE, new BigDecimal("-0.10"), any, new BigDecimal("0.0712")),
                new SensitivityAnalysis.Row(SensitivityParameter.DISCOUNT_RATE, new BigDecimal("0.10"), any, new BigDecimal("-0.06445"))));
        Map<String, Object> spec = SensitivityChart.spec(table, false, "t");
        assertThat((List<Object>) spec.get("labels")).containsExactly("-10%", "+10%");
        @SuppressWarnings("unchecked")
        var series = (List<Map<String, Object>>) spec.get("series");
        assertThat(series).extracting(s -> s.get("name")).containsExactly("收入", "折现率");
        assertThat((List<Object>) series.get(1).get("values")).containsExactly(new BigDecimal("7.12"), new BigDecimal("-6.45"));
    }
}
