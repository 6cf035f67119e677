package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static cn.ipfin.api.ProblemAsserts.problemNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What is stored stays plausible: a quote the LPR table would round to zero, dates far outside the platform's life,
 * a close of a date before the platform's first or after today, a purpose the size of a file. Each is a 400 naming the
 * field, and nothing is written.
 */
@IntegrationTest
class PlausibleRangesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private int lprRows() {
        return jdbc.sql("select count(*) from lpr_rate").query(Integer.class).single();
    }

    private void addLpr(String effectiveOn, String oneYear, String field) throws Exception {
        mvc.perform(post("/api/v1/servicing/lpr").with(httpBasic("ipo", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveOn\":\"" + effectiveOn + "\",\"oneYearPercent\":" + oneYear
                                + ",\"overFiveYearsPercent\":3.5}"))
                .andExpect(problemNaming(400, field));
    }

    @Test
    void an_lpr_quote_the_table_cannot_hold_is_refused_before_the_database() throws Exception {
        int before = lprRows();
        String today = LocalDate.now(clock).toString();
        addLpr(today, "1e-9", "oneYearPercent");
        addLpr(today, "25", "oneYearPercent");
        addLpr(today, "3.123456", "oneYearPercent");
        assertThat(lprRows()).isEqualTo(before);
    }

    @Test
    void an_lpr_effective_date_far_from_the_platforms_life_is_refused() throws Exception {
        int before = lprRows();
        addLpr("+999999999-01-01", "3.1", "effectiveOn");
        addLpr("-0001-01-01", "3.1", "effectiveOn");
        addLpr("1990-01-01", "3.1", "effectiveOn");
        assertThat(lprRows()).isEqualTo(before);
    }

    @Test
    void a_close_run_is_for_a_business_date_between_the_first_and_today() throws Exception {
        for (String date : new String[]{"-0001-01-01", "1999-12-31", LocalDate.now(clock).plusDays(1).toString()}) {
            mvc.perform(post("/api/v1/servicing/close-runs/{date}", date).with(httpBasic("ipo", PASSWORD)))
                    .andExpect(problemNaming(400, "date"));
            mvc.perform(get("/api/v1/servicing/close-runs/{date}", date).with(httpBasic("ipo", PASSWORD)))
                    .andExpect(problemNaming(400, "date"));
        }
        assertThat(jdbc.sql("select count(*) from close_run where business_date < '2019-08-20'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_purpose_is_a_sentence_not_a_file() throws Exception {
        mvc.perform(post("/api/v1/demands").with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\":100000,\"termMonths\":12,\"purpose\":\"" + "研".repeat(501)
                                + "\",\"collateralKinds\":[\"INVENTION_PATENT\"]}"))
                .andExpect(problemNaming(400, "purpose"));
    }

    @Test
    void a_date_range_whose_end_is_before_its_start_names_both_dates_in_both_languages() throws Exception {
        String backwards = "/api/v1/assets?expiresFrom=2031-06-30&expiresTo=2030-01-01";
        mvc.perform(get(backwards).with(httpBasic("ipo", PASSWORD)).header("Accept-Language", "en"))
                .andExpect(problemNaming(400, "expiresFrom"))
                .andExpect(problemNaming(400, "expiresTo"))
                .andExpect(jsonPath("$.detail").value(
                        "expiresTo (2030-01-01) is before expiresFrom (2031-06-30): the end cannot precede the start"));
        mvc.perform(get(backwards).with(httpBasic("ipo", PASSWORD)).header("Accept-Language", "zh-CN"))
                .andExpect(problemNaming(400, "expiresTo"))
                .andExpect(jsonPath("$.detail").value(containsString("结束日期不能早于开始日期")));
        // one day is a range; either end alone is open
        mvc.perform(get("/api/v1/assets?expiresFrom=2030-01-01&expiresTo=2030-01-01").with(httpBasic("ipo", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/assets?expiresTo=2030-01-01").with(httpBasic("ipo", PASSWORD)))
                .andExpect(status().isOk());
    }
}
