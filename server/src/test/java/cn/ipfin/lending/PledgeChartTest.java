package cn.ipfin.lending;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class PledgeChartTest {

    @Test
    void each_kind_is_a_series_over_every_month_and_a_segment_opens_that_kind_and_month() {
        var counts = List.of(
                new RegisteredPledges.MonthKindCount(YearMonth.of(2026, 1), "INVENTION_PATENT", 2),
                new RegisteredPledges.MonthKindCount(YearMonth.of(2026, 2), "TRADEMARK", 1),
                new RegisteredPledges.MonthKindCount(YearMonth.of(2026, 2), "INVENTION_PATENT", 3));
        Map<String, Object> spec = PledgeChart.spec(counts, "t", kind -> kind.toLowerCase());
        assertThat((List<Object>) spec.get("labels")).containsExactly("2026-01", "2026-02");
        @SuppressWarnings("unchecked")
        var series = (List<Map<String, Object>>) spec.get("series");
        assertThat(series).extracting(s -> s.get("name")).containsExactly("invention_patent", "trademark");
        assertThat((List<Object>) series.get(0).get("values")).containsExactly(2L, 3L);
        assertThat((List<Object>) series.get(1).get("values")).containsExactly(0L, 1L);
        @SuppressWarnings("unchecked")
        var links = (List<List<String>>) spec.get("seriesLinks");
        assertThat(links.get(1).get(1)).isEqualTo("/pledges?kind=TRADEMARK&from=2026-02-01&to=2026-02-28");
    }
}
