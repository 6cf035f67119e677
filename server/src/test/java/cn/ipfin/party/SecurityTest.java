package cn.ipfin.party;

import cn.ipfin.IntegrationTest;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.UUID;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

    /** A request from a given client address (MockMvc's default is 127.0.0.1, shared by the whole suite). */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void five_wrong_passwords_do_not_lock_the_user_out_and_unknown_names_get_the_same_answers() throws Exception {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        long bank = jdbc.sql("select id from organisation where code = 'bank-3'").query(Long.class).single();
        accounts.create(username, "Right@Pass1", "throttle test", bank, List.of(Role.BANK_OFFICER));

        String wrongKnown = null;
        String wrongUnknown = null;
        for (int i = 0; i < 5; i++) {
            wrongKnown = mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong")).with(from("10.20.0.1")))
                    .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
            wrongUnknown = mvc.perform(get("/api/v1/me").with(httpBasic("nobody-" + username, "wrong")).with(from("10.20.0.2")))
                    .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        }
        assertThat(wrongUnknown).isEqualTo(wrongKnown);
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Right@Pass1")).with(from("10.20.0.1")))
                .andExpect(status().isOk());
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong").with(from("10.20.0.3")))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", "nobody-" + username).param("password", "wrong")
                        .with(from("10.20.0.3")))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "Right@Pass1")
                        .with(from("10.20.0.3")))
                .andExpect(redirectedUrl("/workspace"));
    }

    @Test
    void an_address_that_keeps_failing_is_throttled_with_429_for_known_and_unknown_names_alike() throws Exception {
        String address = "10.21.0.1";
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("guess-" + i, "wrong")).with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        String known = mvc.perform(get("/api/v1/me").with(httpBasic("bank1", PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/me").with(httpBasic("nobody-at-all", "x")).with(from(address)))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).isEqualTo(known);
        mvc.perform(post("/login").with(csrf()).param("username", "bank1").param("password", PASSWORD).with(from(address)))
                .andExpect(redirectedUrl("/login?throttled"));
        // the user signs in from anywhere else
        mvc.perform(get("/api/v1/me").with(httpBasic("bank1", PASSWORD)).with(from("10.21.0.2"))).andExpect(status().isOk());
        mvc.perform(get("/login").param("throttled", "")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录失败次数过多")));
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
