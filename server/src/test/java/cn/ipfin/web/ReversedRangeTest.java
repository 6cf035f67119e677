package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list page filtered from a date to an earlier one says why it is empty, in the reader's language (issue 13, "a form
 * with two dates"; the API answers 400 naming both fields), and says nothing when the dates are in order.
 */
@IntegrationTest
@Transactional
class ReversedRangeTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;

    private String page(String url, Locale locale) throws Exception {
        return mvc.perform(get(url).cookie(new Cookie("ipfin-lang", locale.toLanguageTag()))
                        .with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/loans", "/valuations", "/collateral-alerts", "/ledger", "/pledges", "/imports",
            "/servicing/positions"})
    void a_reversed_date_range_is_explained_and_an_ordered_one_is_not(String list) throws Exception {
        assertThat(page(list + "?from=2026-11-30&to=2026-01-01", Locale.forLanguageTag("zh-CN"))).contains("结束日期早于开始日期");
        assertThat(page(list + "?from=2026-11-30&to=2026-01-01", Locale.ENGLISH))
                .contains("The end date is before the start date");
        assertThat(page(list + "?from=2026-01-01&to=2026-11-30", Locale.forLanguageTag("zh-CN"))).doesNotContain("结束日期早于开始日期");
        assertThat(page(list + "?from=2026-11-30&to=2026-11-30", Locale.forLanguageTag("zh-CN"))).doesNotContain("结束日期早于开始日期");
    }
}
