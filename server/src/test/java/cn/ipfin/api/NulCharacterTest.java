package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static cn.ipfin.api.ProblemAsserts.problemNaming;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** PostgreSQL cannot store a NUL character in text: refused at the door, naming where it was, in any part. */
@IntegrationTest
class NulCharacterTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void a_nul_in_a_query_parameter_names_the_parameter() throws Exception {
        mvc.perform(get(URI.create("/api/v1/assets?q=abc%00def")).with(httpBasic("ipo", PASSWORD)))
                .andExpect(problemNaming(400, "q"))
                .andExpect(jsonPath("$.detail", containsString("NUL")));
    }

    @Test
    void a_nul_in_a_path_is_refused() throws Exception {
        mvc.perform(get(URI.create("/api/v1/loans/L%00X")).with(httpBasic("ipo", PASSWORD)))
                .andExpect(problemNaming(400, "path"));
    }

    @Test
    void a_nul_in_a_body_names_the_field_in_english_when_asked() throws Exception {
        long bank = jdbc.sql("select id from organisation where code = 'bank-1'").query(Long.class).single();
        mvc.perform(put("/api/v1/organisations/{id}", bank).with(httpBasic("bank1", PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":0,\"name\":\"bank\\u0000\"}"))
                .andExpect(problemNaming(400, "name"))
                .andExpect(jsonPath("$.detail", containsString("must not contain a NUL")));
    }

    @Test
    void a_text_longer_than_any_field_may_hold_is_refused_naming_it() throws Exception {
        mvc.perform(post("/api/v1/demands").with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"" + "x".repeat(10_000) + "\"}"))
                .andExpect(problemNaming(400, "purpose"));
    }
}
