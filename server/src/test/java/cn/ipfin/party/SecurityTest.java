package cn.ipfin.party;

import cn.ipfin.IntegrationTest;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void the_api_answers_401_as_a_problem_without_a_basic_challenge() throws Exception {
        mvc.perform(get("/api/v1/loans"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void pages_redirect_to_the_login_form() throws Exception {
        mvc.perform(get("/workspace")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'bank1'")
                .query(String.class).single();
        org.assertj.core.api.Assertions.assertThat(hash).startsWith("$2").doesNotContain(PASSWORD);
    }

    @Test
    void a_form_post_without_a_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "bank1").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).param("username", "bank1").param("password", PASSWORD))
                .andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void pages_carry_secure_headers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        long bank = jdbc.sql("select id from organisation where code = 'bank-3'").query(Long.class).single();
        accounts.create(username, "Right@Pass1", "throttle test", bank, List.of(Role.BANK_OFFICER));

        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Right@Pass1"))).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Right@Pass1")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("locked")));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "Right@Pass1"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void swagger_and_health_are_public_metrics_are_not() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/loans']").exists());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("ipo", PASSWORD))).andExpect(status().isOk());
    }
}
