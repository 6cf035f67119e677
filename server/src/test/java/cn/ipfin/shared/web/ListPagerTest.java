package cn.ipfin.shared.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A list page renders the one pager (fragments/pager), whose links keep the list's filter and change the page. */
@IntegrationTest
class ListPagerTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;

    @Test
    void the_ledgers_second_page_links_back_and_on_with_its_filter() throws Exception {
        String page = mvc.perform(get("/ledger").param("page", "1").with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<nav class=\"pager\"")
                .contains("href=\"/ledger?page=0\"")
                .contains("2 / ");
    }

    @Test
    void a_filtered_list_keeps_its_filter_in_the_pager() throws Exception {
        // as a browser sends it: the filter in the query string (an empty type is every capability)
        String page = mvc.perform(get("/ledger?type=&page=0").with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/ledger?type=&amp;page=1\"");
    }
}
