package cn.ipfin.api;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Every write (POST, PUT, PATCH, DELETE) any test of the suite sends to {@code /api/v1} through MockMvc is checked here
 * against the OpenAPI document: its status must be one the operation documents, and its JSON body (a result or an RFC
 * 9457 problem) must match the schema the document gives for that status, with no undocumented property. Mismatches
 * are collected; {@link ApiResponseContractTest} runs last and fails on any. Registered for every
 * {@code @IntegrationTest} by {@link Registration}.
 */
public final class ApiResponseContract implements ResultHandler {

    static final ApiResponseContract INSTANCE = new ApiResponseContract();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Answers of the servlet container or the HTTP layer, before any operation: not the operation's to document. */
    private static final Set<Integer> PROTOCOL_STATUSES = Set.of(405, 406, 413, 415, 503);

    final AtomicInteger validated = new AtomicInteger();
    final Set<String> operations = new ConcurrentSkipListSet<>();
    final Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());

    private volatile Document document;

    private ApiResponseContract() {
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Registration {
        @Bean
        MockMvcBuilderCustomizer apiResponseContract() {
            return builder -> builder.alwaysDo(INSTANCE);
        }
    }

    @Override
    public void handle(MvcResult result) throws Exception {
        String method = result.getRequest().getMethod();
        String uri = result.getRequest().getRequestURI();
        if (!uri.startsWith("/api/v1/") || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        Document doc = document();
        String template = doc.template(uri);
        if (template == null) {
            return;   // no such operation: the 404 of an unknown path
        }
        JsonNode operation = doc.root.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT));
        if (operation.isMissingNode()) {
            return;   // a method the path does not have (405)
        }
        MockHttpServletResponse response = result.getResponse();
        int status = response.getStatus();
        String key = method + " " + template;
        JsonNode documented = operation.path("responses").path(Integer.toString(status));
        if (documented.has("$ref")) {   // a shared response: #/components/responses/…
            documented = doc.root.at(documented.path("$ref").asString().substring(1));
        }
        if (documented.isMissingNode()) {
            if (!PROTOCOL_STATUSES.contains(status)) {
                mismatches.add(key + " answered " + status + ", which the document does not list");
            }
            return;
        }
        String contentType = response.getContentType();
        byte[] body = response.getContentAsByteArray();
        if (body.length == 0 || contentType == null || !contentType.contains("json")) {
            return;
        }
        JsonNode schemaRef = null;
        for (var content : documented.path("content").properties()) {
            schemaRef = content.getValue().path("schema");
            break;
        }
        if (schemaRef == null || schemaRef.isMissingNode()) {
            mismatches.add(key + " " + status + ": a JSON body the document gives no schema for");
            return;
        }
        List<com.networknt.schema.Error> errors = doc.schema(schemaRef).validate(withoutNulls(JSON.readTree(body)));
        validated.incrementAndGet();
        operations.add(key);
        byStatus.computeIfAbsent(Integer.toString(status), s -> new AtomicInteger()).incrementAndGet();
        errors.stream().limit(3).forEach(e -> mismatches.add(key + " " + status + ": " + e.getInstanceLocation()
                + " " + e.getMessage()));
    }

    private Document document() throws Exception {
        Document doc = document;
        if (doc == null) {
            synchronized (this) {
                if (document == null) {
                    document = new Document(JSON.readTree(Files.readString(OpenApiDocumentTest.COMMITTED)));
                }
                doc = document;
            }
        }
        return doc;
    }

    /**
     * An optional property sent as null is the same to a client as one left out (the generated clients read both as
     * null); the document marks as required only what is always there. ApiContractTest reads GET answers with it too.
     */
    static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            for (var p : object.properties()) {
                if (p.getValue().isNull()) {
                    nulls.add(p.getKey());
                } else {
                    withoutNulls(p.getValue());
                }
            }
            nulls.forEach(object::remove);
        } else if (node.isArray()) {
            node.forEach(ApiResponseContract::withoutNulls);
        }
        return node;
    }

    /** The document, its path templates as patterns (the most literal first), and one schema per response. */
    private static final class Document {
        final JsonNode root;
        final ObjectNode closed;
        final List<Map.Entry<String, Pattern>> templates = new ArrayList<>();
        final Map<String, Schema> schemas = new ConcurrentHashMap<>();
        final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

        Document(JsonNode root) {
            this.root = root;
            this.closed = (ObjectNode) root.deepCopy();
            for (var schema : closed.path("components").path("schemas").properties()) {
                if (schema.getValue() instanceof ObjectNode object && object.has("properties")
                        && !object.has("additionalProperties")) {
                    object.put("additionalProperties", false);
                }
            }
            for (var path : root.path("paths").properties()) {
                String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                templates.add(Map.entry(path.getKey(), Pattern.compile(regex)));
            }
            templates.sort(Comparator.comparingLong((Map.Entry<String, Pattern> e) ->
                    e.getKey().chars().filter(c -> c == '{').count()));
        }

        String template(String uri) {
            return templates.stream().filter(t -> t.getValue().matcher(uri).matches()).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }

        Schema schema(JsonNode schemaRef) {
            return schemas.computeIfAbsent(schemaRef.toString(), k -> {
                ObjectNode schemaRoot = closed.deepCopy();
                schemaRoot.setAll((ObjectNode) schemaRef.deepCopy());
                return registry.getSchema(SchemaLocation.of("urn:ipfin:openapi"), schemaRoot);
            });
        }
    }
}
