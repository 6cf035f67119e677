package cn.ipfin.valuation;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Calls of the valuation API as the demo users, and the demo district's facts the tests start from. */
record ValuationFixture(MockMvc mvc, JdbcClient jdbc, JsonMapper json) {

    long orgId(String code) {
        return jdbc.sql("select id from organisation where code = :c").param("c", code).query(Long.class).single();
    }

    long enterprise1() {
        return jdbc.sql("select organisation_id from app_user where username = 'enterprise1'").query(Long.class).single();
    }

    /** An in-force invention patent (or, failing that, any in-force right) of enterprise1, bank-1's borrower. */
    long anAssetOfEnterprise1() {
        return jdbc.sql("""
                        select a.id from ip_asset a join ip_asset_owner o on o.asset_id = a.id
                        where o.enterprise_id = :e and a.status = 'IN_FORCE' and a.kind <> 'LICENCE_REVENUE_RIGHT'
                        order by (a.kind = 'INVENTION_PATENT') desc, a.id limit 1""")
                .param("e", enterprise1()).query(Long.class).single();
    }

    ResultActions call(String user, String method, String path, String body, String language) throws Exception {
        var request = ("GET".equals(method) ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON)
                .content(body == null ? "{}" : body)).with(httpBasic(user, PASSWORD));
        if (language != null) request = request.header("Accept-Language", language);
        return mvc.perform(request);
    }

    JsonNode ok(String user, String method, String path, String body) throws Exception {
        var result = call(user, method, path, body, null).andReturn().getResponse();
        if (result.getStatus() != 200) {
            throw new AssertionError(method + " " + path + " as " + user + " answered " + result.getStatus() + ": "
                    + result.getContentAsString());
        }
        String text = result.getContentAsString();
        return text.isEmpty() ? null : json.readTree(text);
    }

    /** bank1 asks valuer-1 to value an asset of enterprise1; returns the request. */
    JsonNode requested() throws Exception {
        return ok("bank1", "POST", "/api/v1/valuations", """
                {"assetId": %d, "firmOrgId": %d, "purpose": "为知识产权质押贷款提供价值参考"}"""
                .formatted(anAssetOfEnterprise1(), orgId("valuer-1")));
    }

    JsonNode preValued() throws Exception {
        JsonNode r = requested();
        return ok("valuer1", "POST", "/api/v1/valuations/" + r.get("id").asLong() + "/pre-valuation",
                version(r));
    }

    JsonNode signed() throws Exception {
        JsonNode r = preValued();
        return ok("valuer1", "POST", "/api/v1/valuations/" + r.get("id").asLong() + "/signature", version(r));
    }

    /** A page session of a demo user, signed in through the login form. */
    org.springframework.mock.web.MockHttpSession session(String user) throws Exception {
        var result = mvc.perform(post("/login").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf()).param("username", user).param("password", PASSWORD)).andReturn();
        return (org.springframework.mock.web.MockHttpSession) result.getRequest().getSession();
    }

    static String version(JsonNode r) {
        return "{\"expectedVersion\": " + r.get("version").asInt() + "}";
    }
}
