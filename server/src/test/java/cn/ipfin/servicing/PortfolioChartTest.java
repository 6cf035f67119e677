package cn.ipfin.servicing;

import cn.ipfin.core.servicing.LoanClassification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class PortfolioChartTest {

    @Test
    void every_class_has_a_bar_and_the_non_performing_three_are_drawn_as_npl() {
        var portfolio = new ServicingView.Portfolio(List.of(
                new ServicingView.PortfolioRow(LoanClassification.NORMAL, 3, new BigDecimal("12345678.90")),
                new ServicingView.PortfolioRow(LoanClassification.DOUBTFUL, 1, new BigDecimal("1500000.00"))),
                4, new BigDecimal("13845678.90"), new BigDecimal("1500000.00"));
        Map<String, Object> spec = PortfolioChart.spec(portfolio, false, "t");
        assertThat((List<Object>) spec.get("labels")).containsExactly("正常", "关注", "次级", "可疑", "损失");
        @SuppressWarnings("unchecked")
        var series = (List<Map<String, Object>>) spec.get("series");
        assertThat((List<Object>) series.get(0).get("values")).containsExactly(new BigDecimal("1234.57"), new BigDecimal("0.00"),
                null, null, null);
        assertThat((List<Object>) series.get(1).get("values")).containsExactly(null, null, new BigDecimal("0.00"),
                new BigDecimal("150.00"), new BigDecimal("0.00"));
    }
}
