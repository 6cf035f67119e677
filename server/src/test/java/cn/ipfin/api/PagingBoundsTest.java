package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static cn.ipfin.api.ProblemAsserts.problemNaming;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** Paging out of bounds on every list is a 400 naming the parameter, not a server error. */
@IntegrationTest
class PagingBoundsTest {

    @Autowired MockMvc mvc;

    @ParameterizedTest(name = "{0}?{1}={2}")
    @CsvSource({
            "/api/v1/loans, size, 0", "/api/v1/loans, size, -1", "/api/v1/loans, size, 501", "/api/v1/loans, page, -1",
            "/api/v1/assets, size, 0", "/api/v1/assets, size, 100000", "/api/v1/assets, page, -5",
            "/api/v1/enterprises, size, -1", "/api/v1/enterprises, page, -1",
            "/api/v1/valuations, size, 0", "/api/v1/valuations, page, -1",
            "/api/v1/ledger/entries, size, 9999", "/api/v1/ledger/entries, page, -1",
            "/api/v1/pledges, limit, 0", "/api/v1/collateral-alerts, limit, -3",
            "/api/v1/loans, size, 99999999999", "/api/v1/loans, page, abc"})
    void a_page_out_of_bounds_is_a_problem_naming_the_parameter(String list, String parameter, String value)
            throws Exception {
        mvc.perform(get(list).param(parameter, value).with(httpBasic("ipo", PASSWORD)))
                .andExpect(problemNaming(400, parameter));
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, 不能小于", "en, greater than or equal to"})
    void the_message_is_in_the_callers_language(String language, String expected) throws Exception {
        mvc.perform(get("/api/v1/loans").param("size", "0").header("Accept-Language", language)
                        .with(httpBasic("ipo", PASSWORD)))
                .andExpect(problemNaming(400, "size"))
                .andExpect(jsonPath("$.errors[0].message", containsString(expected)));
    }
}
