package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static cn.ipfin.api.ProblemAsserts.problemNaming;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bodies and uploads a command cannot read: an unknown field (refused, not ignored), a wrong type (which field, what
 * type), malformed JSON and multipart, an unknown import, a refused import (422 with its row report).
 */
@IntegrationTest
class MalformedInputTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long bank1() {
        return jdbc.sql("select id from organisation where code = 'bank-1'").query(Long.class).single();
    }

    @Test
    void a_field_the_command_does_not_know_is_refused_naming_it() throws Exception {
        mvc.perform(put("/api/v1/organisations/{id}", bank1()).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":0,\"name\":\"一号银行\",\"profitSplitRate\":0.3}"))
                .andExpect(problemNaming(400, "profitSplitRate"))
                .andExpect(jsonPath("$.detail", containsString("未知字段")));
    }

    @Test
    void a_value_of_the_wrong_type_says_which_field_and_what_type() throws Exception {
        mvc.perform(put("/api/v1/organisations/{id}", bank1()).with(httpBasic("bank1", PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":\"seven\",\"name\":\"x\"}"))
                .andExpect(problemNaming(400, "expectedVersion"))
                .andExpect(jsonPath("$.detail", containsString("a whole number")));
        mvc.perform(get("/api/v1/assets/abc").with(httpBasic("ipo", PASSWORD)))
                .andExpect(problemNaming(400, "id"))
                .andExpect(jsonPath("$.detail", containsString("整数")));
        mvc.perform(get("/api/v1/loans").param("state", "NOT_A_STATE").with(httpBasic("ipo", PASSWORD)))
                .andExpect(problemNaming(400, "state"));
    }

    @Test
    void malformed_json_is_a_problem_not_a_server_error() throws Exception {
        mvc.perform(put("/api/v1/organisations/{id}", bank1()).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(problemNaming(400, "body"));
    }

    @Test
    void a_malformed_multipart_request_or_a_missing_file_part_is_a_problem() throws Exception {
        mvc.perform(post("/api/v1/imports/enterprises").with(httpBasic("ipo", PASSWORD))
                        .contentType("multipart/form-data; boundary=zz")
                        .content("--zz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.type").value("urn:ipfin:problem:validation"));
        mvc.perform(multipart("/api/v1/imports/enterprises").file(new MockMultipartFile("other", "a.csv", "text/csv",
                        "x".getBytes(StandardCharsets.UTF_8))).with(httpBasic("ipo", PASSWORD)))
                .andExpect(problemNaming(400, "file"));
    }

    @Test
    void an_unknown_import_is_not_found() throws Exception {
        mvc.perform(multipart("/api/v1/imports/no-such-import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "x".getBytes(StandardCharsets.UTF_8))).with(httpBasic("ipo", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:ipfin:problem:not-found"));
        mvc.perform(get("/api/v1/imports/no-such-import/template.xlsx").with(httpBasic("ipo", PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_refused_import_is_422_with_its_row_report_and_the_template_downloads() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/imports/enterprises/template.xlsx").with(httpBasic("ipo", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(template).startsWith('P', 'K');
        mvc.perform(multipart("/api/v1/imports/enterprises").file(new MockMultipartFile("file", "C:\\scans\\bad\u0001.csv",
                        "text/csv", "nonsense,header\nx,y\n".getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("ipo", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.filename").value("bad.csv"));
    }
}
