package cn.ipfin.registry;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.EnterpriseProfiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@Transactional
class EnterpriseProfileTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired EnterpriseProfiles profiles;
    @Autowired java.time.Clock clock;

    private long own() {
        return jdbc.sql("select organisation_id from app_user where username = 'enterprise1'").query(Long.class).single();
    }

    private String body(int version, String rep) {
        return "{\"expectedVersion\":" + version + ",\"legalRepresentative\":\"" + rep + "\",\"park\":\"软件园\","
                + "\"industryCode\":\"I6513\",\"industryName\":\"应用软件开发\",\"size\":\"SMALL\","
                + "\"registeredCapital\":5000000.00}";
    }

    @Test
    void an_enterprise_maintains_its_own_profile_and_the_change_is_in_the_ledger() throws Exception {
        long id = own();
        int version = jdbc.sql("select version from enterprise where organisation_id = :id").param("id", id)
                .query(Integer.class).single();
        mvc.perform(put("/api/v1/enterprises/{id}", id).with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(version, "刘新")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalRepresentative").value("刘新"));
        assertThat(jdbc.sql("select count(*) from ledger_entry where subject_type = 'ENTERPRISE'"
                + " and action = 'PROFILE_UPDATED' and after_state like '%刘新%'").query(Long.class).single()).isEqualTo(1);

        mvc.perform(put("/api/v1/enterprises/{id}", id).with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(version, "覆盖者")))
                .andExpect(status().isConflict());
    }

    @Test
    void a_bad_industry_code_and_size_are_named_field_by_field() throws Exception {
        mvc.perform(put("/api/v1/enterprises/{id}", own()).with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":0,\"legalRepresentative\":\"刘新\",\"industryCode\":\"6513\","
                                + "\"industryName\":\"软件\",\"size\":\"HUGE\",\"registeredCapital\":1.005}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'industryCode')].message").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].message").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'registeredCapital')].message").exists());
    }

    @Test
    void another_enterprise_cannot_even_see_the_profile() throws Exception {
        long other = jdbc.sql("select organisation_id from enterprise where organisation_id <> :own limit 1")
                .param("own", own()).query(Long.class).single();
        mvc.perform(put("/api/v1/enterprises/{id}", other).with(httpBasic("enterprise1", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body(0, "冒名")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_credit_listing_is_answered_for_the_day_asked() {
        long id = own();
        jdbc.sql("insert into enterprise_credit_fact (enterprise_id, kind, listed_on, removed_on, source)"
                + " values (:id, 'ABNORMAL_OPERATION', date '2024-03-01', date '2024-09-01', '公示系统')")
                .param("id", id).update();
        assertThat(profiles.creditListedOn(id, LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(profiles.creditListedOn(id, LocalDate.of(2024, 3, 1))).isTrue();
        assertThat(profiles.creditListedOn(id, LocalDate.of(2024, 8, 31))).isTrue();
        assertThat(profiles.creditListedOn(id, LocalDate.of(2024, 9, 1))).isFalse();
    }

    @Test
    void enterprises_are_found_by_name_fragment_qualification_and_park() throws Exception {
        String park = jdbc.sql("select park from enterprise where park is not null limit 1").query(String.class).single();
        long inPark = jdbc.sql("select count(*) from enterprise where park = :p").param("p", park).query(Long.class).single();
        mvc.perform(get("/api/v1/enterprises").param("park", park).with(httpBasic("ipo", PASSWORD)))
                .andExpect(jsonPath("$.total").value(inPark));
        long highTech = jdbc.sql("select count(distinct enterprise_id) from enterprise_qualification"
                + " where kind = 'HIGH_TECH' and granted_on <= :today").param("today", LocalDate.now(clock))
                .query(Long.class).single();
        mvc.perform(get("/api/v1/enterprises").param("qualification", "HIGH_TECH").with(httpBasic("ipo", PASSWORD)))
                .andExpect(jsonPath("$.total").value(highTech));
        String name = jdbc.sql("select name from enterprise limit 1").query(String.class).single();
        mvc.perform(get("/api/v1/enterprises").param("q", name.substring(3, 7)).with(httpBasic("ipo", PASSWORD)))
                .andExpect(jsonPath("$.rows[*].name", org.hamcrest.Matchers.hasItem(name)));
    }
}
