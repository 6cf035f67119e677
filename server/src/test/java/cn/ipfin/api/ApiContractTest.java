package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document tells the truth: every GET operation is called with real ids by the users who may see them,
 * and each JSON answer is validated against the schema the document gives for it — with no property beyond those
 * documented (additionalProperties false), so a record that is documented with another record's fields fails here.
 * Money is one shape: a plain number, never an object.
 */
@IntegrationTest
class ApiContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    @Test
    void the_document_hides_the_actor_and_has_one_money_shape_and_the_template_download() throws Exception {
        JsonNode doc = document();
        List<String> actorParameters = new ArrayList<>();
        for (var path : doc.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                for (JsonNode p : op.getValue().path("parameters")) {
                    if (p.path("name").asString().equals("actor")) {
                        actorParameters.add(op.getKey() + " " + path.getKey());
                    }
                }
            }
        }
        assertThat(actorParameters).isEmpty();
        assertThat(doc.path("components").path("schemas").has("Money")).isFalse();
        assertThat(doc.path("paths").has("/api/v1/imports/{name}/template.xlsx")).isTrue();
        JsonNode upload = doc.path("paths").path("/api/v1/imports/{name}").path("post").path("requestBody")
                .path("content").path("multipart/form-data").path("schema");
        assertThat(upload.path("properties").path("file").path("format").asString()).isEqualTo("binary");
        JsonNode versions = doc.path("components").path("schemas").path("LoanServicing").path("properties")
                .path("versions").path("items").path("$ref");
        assertThat(versions.asString()).endsWith("/ScheduleVersion");
        assertThat(doc.path("components").path("schemas").path("ScheduleVersion").path("properties").has("lines"))
                .isTrue();
    }

    @Test
    void every_get_answer_matches_the_schema_the_document_gives() throws Exception {
        JsonNode doc = document();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        ObjectNode strict = closed(doc);
        Map<String, List<String>> ids = Map.of(
                "loanNo", jdbc.sql("select loan_no from loan order by id").query(String.class).list(),
                "id", jdbc.sql("(select id from ip_asset order by id limit 3) union (select id from valuation_request"
                        + " order by id limit 3) union (select organisation_id from enterprise order by 1 limit 3)"
                        + " union (select id from financing_demand order by id limit 3) union (select id from"
                        + " organisation order by id limit 3) union (select id from loan_product order by id limit 3)")
                        .query(Long.class).list().stream().map(String::valueOf).toList(),
                "date", List.of("2026-01-05"));
        List<String> mismatches = new ArrayList<>();
        int validated = 0;
        List<String> operationsValidated = new ArrayList<>();
        for (String who : List.of("ipo", "bank1", "enterprise1", "valuer1")) {
            var principal = users.loadUserByUsername(who);
            for (var path : doc.path("paths").properties()) {
                JsonNode getOp = path.getValue().path("get");
                if (getOp.isMissingNode()) {
                    continue;
                }
                JsonNode schemaRef = getOp.path("responses").path("200").path("content").path("*/*").path("schema");
                if (schemaRef.isMissingNode()) {
                    schemaRef = getOp.path("responses").path("200").path("content").path("application/json").path("schema");
                }
                if (schemaRef.isMissingNode() || schemaRef.path("format").asString("").equals("binary")) {
                    continue;
                }
                ObjectNode root = strict.deepCopy();
                root.remove("$ref");
                root.setAll((ObjectNode) schemaRef.deepCopy());
                Schema schema = registry.getSchema(com.networknt.schema.SchemaLocation.of("urn:ipfin:openapi"), root);
                for (String url : urls(path.getKey(), ids)) {
                    var response = mvc.perform(get(url).with(user(principal))).andReturn().getResponse();
                    if (response.getStatus() != 200 || response.getContentType() == null
                            || !response.getContentType().contains("json")) {
                        continue;
                    }
                    List<Error> errors = schema.validate(
                            ApiResponseContract.withoutNulls(JSON.readTree(response.getContentAsByteArray())));
                    validated++;
                    if (!operationsValidated.contains(path.getKey())) {
                        operationsValidated.add(path.getKey());
                    }
                    errors.stream().limit(3).forEach(e -> mismatches.add(url + ": " + e.getInstanceLocation() + " "
                            + e.getMessage()));
                }
            }
        }
        System.out.printf("API contract: %d answers of %d GET operations validated, %d mismatches%n", validated,
                operationsValidated.size(), mismatches.size());
        mismatches.stream().distinct().limit(60).forEach(m -> System.out.println("  " + m));
        assertThat(mismatches).isEmpty();
        assertThat(operationsValidated.size()).isGreaterThan(20);
    }

    private JsonNode document() throws Exception {
        return JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    /** The document with every object schema closed to undocumented properties. */
    private static ObjectNode closed(JsonNode doc) {
        ObjectNode copy = (ObjectNode) doc.deepCopy();
        for (var schema : copy.path("components").path("schemas").properties()) {
            if (schema.getValue() instanceof ObjectNode object && object.has("properties")
                    && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
        }
        return copy;
    }

    private static List<String> urls(String template, Map<String, List<String>> ids) {
        List<String> urls = List.of(template);
        for (var param : ids.entrySet()) {
            String placeholder = "{" + param.getKey() + "}";
            if (template.contains(placeholder)) {
                List<String> next = new ArrayList<>();
                urls.forEach(u -> param.getValue().forEach(v -> next.add(u.replace(placeholder, v))));
                urls = next;
            }
        }
        return urls.stream().filter(u -> !u.contains("{")).toList();
    }
}
