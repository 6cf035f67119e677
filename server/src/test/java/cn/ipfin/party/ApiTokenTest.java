package cn.ipfin.party;

import cn.ipfin.IntegrationTest;
import cn.ipfin.shared.Role;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiTokenTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    private String newUser() {
        String username = "token-" + UUID.randomUUID().toString().substring(0, 8);
        long bank = jdbc.sql("select id from organisation where code = 'bank-3'").query(Long.class).single();
        accounts.create(username, "Right@Pass1", "token test", bank, List.of(Role.BANK_OFFICER));
        return username;
    }

    private String issue(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, "Right@Pass1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void a_token_is_random_stored_only_as_its_hash_and_signs_the_user_in() throws Exception {
        String username = newUser();
        String token = issue(username);
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(issue(username)).isNotEqualTo(token);

        byte[] stored = jdbc.sql("""
                        select t.token_hash from api_token t join app_user u on u.id = t.user_id
                        where u.username = :u order by t.issued_at limit 1""")
                .param("u", username).query(byte[].class).single();
        assertThat(stored).isEqualTo(ApiTokens.hash(token)).isNotEqualTo(token.getBytes());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.roles[0]").value("BANK_OFFICER"));
        // a token cannot mint further tokens: that needs the password
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknown_and_expired_tokens_are_answered_401_as_a_problem() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                .andExpect(jsonPath("$.status").value(401));

        String username = newUser();
        String token = issue(username);
        Instant past = clock.instant().minus(Duration.ofHours(1));
        jdbc.sql("update api_token set issued_at = :issued, expires_at = :exp where token_hash = :h")
                .param("issued", Timestamp.from(past.minus(Duration.ofHours(8))))
                .param("exp", Timestamp.from(past))
                .param("h", ApiTokens.hash(token)).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void a_revoked_token_no_longer_signs_in() throws Exception {
        String username = newUser();
        String token = issue(username);
        String other = issue(username);
        mvc.perform(delete("/api/v1/tokens/current").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        // only the token of the request is revoked
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + other))
                .andExpect(status().isOk());
        // revoking needs a bearer token to revoke
        mvc.perform(delete("/api/v1/tokens/current").with(httpBasic(username, "Right@Pass1")))
                .andExpect(status().isBadRequest());
    }
}
