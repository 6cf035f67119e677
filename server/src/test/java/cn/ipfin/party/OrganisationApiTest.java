package cn.ipfin.party;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class OrganisationApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private long bank1() {
        return jdbc.sql("select id from organisation where code = 'bank-1'").query(Long.class).single();
    }

    private int version(long id) {
        return jdbc.sql("select version from organisation where id = :id").param("id", id).query(Integer.class).single();
    }

    @Test
    void a_rename_is_saved_and_recorded_in_the_ledger_with_before_and_after() throws Exception {
        long id = bank1();
        int v = version(id);
        mvc.perform(put("/api/v1/organisations/{id}", id).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":" + v + ",\"name\":\"一号银行示范区科技支行（新）\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(v + 1));
        String after = jdbc.sql("select after_state from ledger_entry where subject_type = 'ORGANISATION'"
                + " and action = 'RENAMED' order by id desc limit 1").query(String.class).single();
        assertThat(after).contains("一号银行示范区科技支行（新）");
    }

    @Test
    void a_stale_version_is_a_conflict_and_nothing_is_overwritten() throws Exception {
        long id = bank1();
        int v = version(id);
        String name = jdbc.sql("select name from organisation where id = :id").param("id", id).query(String.class).single();
        mvc.perform(put("/api/v1/organisations/{id}", id).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":" + (v - 1) + ",\"name\":\"覆盖\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:ipfin:problem:conflict"));
        assertThat(jdbc.sql("select name from organisation where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(name);
    }

    @Test
    void invalid_fields_are_listed_one_by_one_in_chinese_by_default() throws Exception {
        mvc.perform(put("/api/v1/organisations/{id}", bank1()).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:ipfin:problem:validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("名称不能为空。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'expectedVersion')].message",
                        org.hamcrest.Matchers.hasItem(containsString("版本号"))));
    }

    @Test
    void invalid_fields_are_explained_in_english_when_asked() throws Exception {
        mvc.perform(put("/api/v1/organisations/{id}", bank1()).with(httpBasic("bank1", PASSWORD))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"expectedVersion\":0,\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("A name is required."));
    }

    @Test
    void a_bank_may_not_rename_another_bank() throws Exception {
        long bank2 = jdbc.sql("select id from organisation where code = 'bank-2'").query(Long.class).single();
        mvc.perform(put("/api/v1/organisations/{id}", bank2).with(httpBasic("bank1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":0,\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
    }
}
