package cn.ipfin.servicing;

import cn.ipfin.core.servicing.LoanClassification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The data behind the NPL trend, the coverage chart and the class chart's click-through (issue 15). */
@SuppressWarnings("unchecked")
class ServicingChartsTest {

    @Test
    void the_trend_covers_the_twelve_month_ends_before_today_oldest_first() {
        assertThat(LoanBook.monthEnds(LocalDate.of(2026, 12, 1), 12)).first().isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(LoanBook.monthEnds(LocalDate.of(2026, 12, 1), 12)).last().isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(LoanBook.monthEnds(LocalDate.of(2028, 3, 31), 2))
                .containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29));
    }

    @Test
    void a_month_end_shows_its_npl_in_wan_and_its_ratio_and_opens_the_npl_loans() {
        var trend = List.of(
                new LoanBook.MonthEnd(LocalDate.of(2026, 10, 31), new BigDecimal("10000000.00"), new BigDecimal("0.00")),
                new LoanBook.MonthEnd(LocalDate.of(2026, 11, 30), new BigDecimal("30000000.00"), new BigDecimal("1234567.89")));
        Map<String, Object> spec = NplTrendChart.spec(trend, false, "t");
        assertThat((List<Object>) spec.get("labels")).containsExactly("2026-10-31", "2026-11-30");
        var series = (List<Map<String, Object>>) spec.get("series");
        assertThat((List<Object>) series.get(0).get("values")).containsExactly(new BigDecimal("0.00"), new BigDecimal("123.46"));
        // 1,234,567.89 ÷ 30,000,000 = 4.115…% → 4.12
        assertThat((List<Object>) series.get(1).get("values")).containsExactly(new BigDecimal("0.00"), new BigDecimal("4.12"));
        assertThat(series.get(1)).containsEntry("type", "line").containsEntry("axis", 1);
        assertThat((List<Object>) spec.get("links")).containsOnly("/servicing/positions?npl=true").hasSize(2);
    }

    @Test
    void an_empty_month_has_a_zero_ratio_not_a_division_by_zero() {
        assertThat(new LoanBook.MonthEnd(LocalDate.of(2026, 1, 31), BigDecimal.ZERO, BigDecimal.ZERO).nplPercent())
                .isEqualByComparingTo("0");
    }

    @Test
    void below_the_line_is_principal_above_threshold_times_collateral_worst_first() {
        var covered = new CollateralCoverage.Point("PL1", "甲", new BigDecimal("600000.00"), new BigDecimal("1000000.00"));
        var shortOf = new CollateralCoverage.Point("PL2", "乙", new BigDecimal("700000.00"), new BigDecimal("1000000.00"));
        var worse = new CollateralCoverage.Point("PL3", "丙", new BigDecimal("900000.00"), new BigDecimal("1000000.00"));
        var worthless = new CollateralCoverage.Point("PL4", "丁", new BigDecimal("100.00"), new BigDecimal("0.00"));
        var below = CollateralCoverage.belowLine(List.of(covered, shortOf, worse, worthless), new BigDecimal("0.6"));
        // exactly at the threshold (0.6) is not below; collateral worth nothing is the worst
        assertThat(below).extracting(CollateralCoverage.Point::loanNo).containsExactly("PL4", "PL3", "PL2");
        assertThat(shortOf.ratio()).isEqualByComparingTo("0.7");
        assertThat(worthless.ratio()).isNull();
    }

    @Test
    void the_coverage_chart_puts_loans_below_the_line_in_red_each_opening_its_loan() {
        var covered = new CollateralCoverage.Point("PL1", "甲", new BigDecimal("600000.00"), new BigDecimal("1000000.00"));
        var shortOf = new CollateralCoverage.Point("PL2", "乙", new BigDecimal("1200000.00"), new BigDecimal("1000000.00"));
        var coverage = new CollateralCoverage.Coverage(List.of(covered, shortOf), new BigDecimal("0.6"),
                CollateralCoverage.belowLine(List.of(covered, shortOf), new BigDecimal("0.6")));
        Map<String, Object> spec = CoverageChart.spec(coverage, false, "t");
        var scatter = (List<Map<String, Object>>) spec.get("scatter");
        assertThat((List<Object>) scatter.get(0).get("points")).containsExactly(
                List.of(new BigDecimal("60.00"), new BigDecimal("100.00"), "PL1 甲"));
        assertThat((List<Object>) scatter.get(0).get("links")).containsExactly("/loans/PL1/servicing");
        assertThat((List<Object>) scatter.get(1).get("points")).containsExactly(
                List.of(new BigDecimal("120.00"), new BigDecimal("100.00"), "PL2 乙"));
        assertThat((List<Object>) scatter.get(1).get("links")).containsExactly("/loans/PL2/servicing");
        assertThat(scatter.get(1)).containsEntry("color", "#b4232a");
        // the line: collateral required = principal ÷ 0.6, from the origin to the largest principal (120 万元 → 200)
        var line = (Map<String, Object>) spec.get("line");
        assertThat((List<Object>) line.get("points")).containsExactly(List.of(BigDecimal.ZERO, BigDecimal.ZERO),
                List.of(new BigDecimal("120.00"), new BigDecimal("200.00")));
    }

    @Test
    void a_class_bar_opens_the_loan_book_of_that_class() {
        var portfolio = new ServicingView.Portfolio(List.of(
                new ServicingView.PortfolioRow(LoanClassification.NORMAL, 1, new BigDecimal("100.00"))),
                1, new BigDecimal("100.00"), BigDecimal.ZERO);
        Map<String, Object> spec = PortfolioChart.spec(portfolio, false, "t");
        assertThat((List<Object>) spec.get("links")).containsExactly(
                "/servicing/positions?classification=NORMAL", "/servicing/positions?classification=SPECIAL_MENTION",
                "/servicing/positions?classification=SUBSTANDARD", "/servicing/positions?classification=DOUBTFUL",
                "/servicing/positions?classification=LOSS");
    }
}
