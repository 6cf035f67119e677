package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every operation of the OpenAPI document, called by every kind of demo user with generated parameters and bodies:
 * valid-looking values, real ids, and hostile ones (NUL characters, huge numbers, far dates, wrong types, unknown
 * fields, malformed JSON and multipart). A caller's mistake is a 4xx problem, never a server error. The fuzzer writes
 * whatever it manages to get accepted, so it runs on a database of its own (a context of its own, closed after).
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ApiFuzzTest {

    private static final int REQUESTS = Integer.getInteger("ipfin.fuzz.requests", 20_000);
    private static final List<String> USERS = List.of("ipo", "auditor", "bank1", "bank1-approver", "bank2",
            "enterprise1", "valuer1", "guarantor1");
    private static final List<String> HOSTILE_TEXT = List.of("", " ", "\u0000", "a\u0000b", "x".repeat(5000),
            "../../etc/passwd", "'; drop table loan; --", "%00", "%", "{}", "[]", "null", "-1", "0", "1e-9",
            "99999999999999999999999", "NaN", "Infinity", "+999999999-12-31", "-0001-01-01", "2026-02-30",
            "\uD83D\uDE00", "\uFFFF", "\t\r\n", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "true");
    private static final List<Object> HOSTILE_NUMBERS = List.of(0, -1, 1, Integer.MAX_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, "1e400", "-1e-9", "1e-9", "0.001", "12345678901234567890.123", "\"12\"", "\"x\"",
            "true", "[]", "{}", "null", "1.5");

    /**
     * A cluster of its own in a fresh directory: the embedded PostgreSQL is one cluster per data directory, and the
     * suite's shared throw-away one must never see what the fuzzer managed to write (an LPR quote of 0.193 % once
     * priced another test's approval).
     */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ipfin-fuzz-");
        registry.add("ipfin.embedded-db.data-dir", () -> dir.resolve("pg").toString());
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    private final Random random = new Random(20261201);
    private final Map<String, Integer> serverErrors = new TreeMap<>();
    private final Map<String, UserDetails> principals = new java.util.HashMap<>();
    private JsonNode doc;
    private List<String> loanNos;
    private List<Long> ids;

    @Test
    void no_operation_answers_a_server_error_to_generated_and_hostile_input() throws Exception {
        doc = JsonMapper.builder().build().readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        loanNos = jdbc.sql("select loan_no from loan order by id").query(String.class).list();
        ids = new ArrayList<>();
        for (String table : List.of("ip_asset", "valuation_request", "organisation", "financing_demand", "loan_product", "loan_document")) {
            ids.addAll(jdbc.sql("select id from " + table + " order by id limit 5").query(Long.class).list());
        }
        List<Operation> operations = operations();
        int made = 0;
        long started = System.nanoTime();
        int round = 0;
        while (made < REQUESTS) {
            round++;
            for (Operation op : operations) {
                // files, PDFs, the ledger walk and the daily close cost 100 times a lookup: every 25th round
                if (heavy(op) && round % 25 != 1) {
                    continue;
                }
                call(op);
                made++;
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("API fuzz: %d operations, %d requests in %d s, %d server errors%n", operations.size(), made,
                seconds, serverErrors.values().stream().mapToInt(Integer::intValue).sum());
        serverErrors.forEach((k, n) -> System.out.println("  500 x" + n + "  " + k));
        assertThat(made).isGreaterThanOrEqualTo(REQUESTS);
        assertThat(serverErrors).isEmpty();
    }

    record Operation(String method, String path, JsonNode spec) {
    }

    private static boolean heavy(Operation op) {
        return op.path().endsWith(".xlsx") || op.path().endsWith(".pdf") || op.path().endsWith("/verify")
                || op.path().contains("close-runs") && op.method().equals("POST") || op.path().contains("/imports/")
                || op.path().contains("/tokens");
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (var path : doc.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                ops.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
            }
        }
        return ops;
    }

    private void call(Operation op) throws Exception {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        List<String[]> headers = new ArrayList<>();
        for (JsonNode p : op.spec().path("parameters")) {
            String name = p.path("name").asString();
            String value = parameterValue(resolve(p.path("schema")), name);
            switch (p.path("in").asString()) {
                case "path" -> path = path.replace("{" + name + "}", encode(value.isEmpty() ? "x" : value));
                case "query" -> {
                    if (random.nextInt(3) > 0) {
                        query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(value));
                    }
                }
                case "header" -> {
                    if (random.nextBoolean() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                        headers.add(new String[]{name, value});
                    }
                }
                default -> { }
            }
        }
        if (random.nextInt(20) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("unknown=%00");
        }
        URI uri = URI.create(path + query);
        JsonNode content = op.spec().path("requestBody").path("content");
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (content.has("multipart/form-data")) {
            builder = multipartRequest(uri);
        } else {
            builder = request(HttpMethod.valueOf(op.method()), uri);
            if (content.has("application/json")) {
                builder.contentType(MediaType.APPLICATION_JSON)
                        .content(body(resolve(content.path("application/json").path("schema"))));
            }
        }
        for (String[] h : headers) {
            builder.header(h[0], h[1]);
        }
        if (random.nextInt(4) == 0) {
            builder.header("Accept-Language", "en");
        }
        String who = USERS.get(random.nextInt(USERS.size()));
        builder.with(user(principals.computeIfAbsent(who, users::loadUserByUsername))).with(csrf());
        int status;
        String failure = null;
        try {
            var response = mvc.perform(builder).andReturn();
            status = response.getResponse().getStatus();
            if (status >= 500) {
                Exception e = response.getResolvedException();
                failure = e == null ? response.getResponse().getContentAsString() : describe(e);
            }
        } catch (Exception e) {
            status = 500;
            failure = describe(e);
        }
        if (status >= 500) {
            String line = failure == null ? "" : failure.lines().findFirst().orElse("");
            serverErrors.merge(op.method() + " " + op.path() + " -> " + (line.length() > 300 ? line.substring(0, 300) : line), 1, Integer::sum);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private AbstractMockHttpServletRequestBuilder<?> multipartRequest(URI uri) {
        MockMultipartHttpServletRequestBuilder b = multipart(uri);
        switch (random.nextInt(4)) {
            case 0 -> b.file(new org.springframework.mock.web.MockMultipartFile("file", pick(HOSTILE_TEXT) + ".csv",
                    "text/csv", ("名称,统一社会信用代码\n" + pick(HOSTILE_TEXT) + ",x\n").getBytes(StandardCharsets.UTF_8)));
            case 1 -> b.file(new org.springframework.mock.web.MockMultipartFile("file", "../x\u0001.xlsx",
                    "application/octet-stream", randomBytes()));
            case 2 -> b.file(new org.springframework.mock.web.MockMultipartFile("other", "a.pdf", "application/pdf",
                    "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));
            default -> {
                return request(HttpMethod.POST, uri).contentType("multipart/form-data; boundary=zz")
                        .content("--zz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc");
            }
        }
        return b;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private String parameterValue(JsonNode schema, String name) {
        boolean hostile = random.nextInt(3) == 0;
        if (name.equals("loanNo") && !hostile && !loanNos.isEmpty()) {
            return loanNos.get(random.nextInt(loanNos.size()));
        }
        String type = schema.path("type").asString("string");
        if (schema.has("enum") && !hostile) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).asString();
        }
        return switch (type) {
            case "integer", "number" -> hostile ? String.valueOf(pick(HOSTILE_NUMBERS)).replace("\"", "")
                    : name.equals("size") || name.equals("limit") ? String.valueOf(random.nextInt(600) - 50)
                    : name.equals("page") ? String.valueOf(random.nextInt(5) - 1)
                    : String.valueOf(ids.get(random.nextInt(ids.size())));
            case "boolean" -> hostile ? pick(HOSTILE_TEXT) : String.valueOf(random.nextBoolean());
            default -> hostile || !"date".equals(schema.path("format").asString()) ? pick(HOSTILE_TEXT)
                    : java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400) - 200).toString();
        };
    }

    private String body(JsonNode schema) {
        return switch (random.nextInt(12)) {
            case 0 -> pick(List.of("", "{", "[1,2]", "\"text\"", "null", "{\"a\":}", "\u0000", "{\"x\":1e99999}"));
            case 1 -> {
                String json = value(schema, 0, false);
                yield json.startsWith("{") && json.length() > 2
                        ? "{\"unknownField\":1," + json.substring(1) : json;
            }
            default -> value(schema, 0, random.nextInt(3) == 0);
        };
    }

    /** A JSON value for the schema: mostly plausible, sometimes hostile. */
    private String value(JsonNode schema, int depth, boolean hostile) {
        schema = resolve(schema);
        boolean spoil = hostile && random.nextInt(4) == 0;
        if (spoil) {
            return random.nextBoolean() ? quote(pick(HOSTILE_TEXT)) : String.valueOf(pick(HOSTILE_NUMBERS));
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
                : schema.path("type").asString(schema.has("properties") ? "object" : "string");
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return quote(values.get(random.nextInt(values.size())).asString());
        }
        switch (type) {
            case "object" -> {
                if (depth > 3) {
                    return "{}";
                }
                StringBuilder sb = new StringBuilder("{");
                for (var property : schema.path("properties").properties()) {
                    if (random.nextInt(10) == 0) {
                        continue;
                    }
                    if (sb.length() > 1) {
                        sb.append(',');
                    }
                    sb.append(quote(property.getKey())).append(':')
                            .append(value(property.getValue(), depth + 1, hostile));
                }
                return sb.append('}').toString();
            }
            case "array" -> {
                StringBuilder sb = new StringBuilder("[");
                int n = random.nextInt(depth == 0 ? 3 : 4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? "," : "").append(value(schema.path("items"), depth + 1, hostile));
                }
                return sb.append(']').toString();
            }
            case "integer" -> {
                return String.valueOf(random.nextBoolean() ? ids.get(random.nextInt(ids.size())) : random.nextInt(40));
            }
            case "number" -> {
                return random.nextBoolean() ? String.valueOf(random.nextInt(2_000_000)) : "0." + random.nextInt(1000);
            }
            case "boolean" -> {
                return String.valueOf(random.nextBoolean());
            }
            default -> {
                String format = schema.path("format").asString("");
                if (format.equals("date")) {
                    return quote(java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(600) - 300).toString());
                }
                if (format.equals("date-time")) {
                    return quote("2026-11-30T08:00:00Z");
                }
                return quote(hostile ? pick(HOSTILE_TEXT) : pick(List.of("测试", "理由说明", "PATENT", "SUBSTANDARD",
                        loanNos.isEmpty() ? "x" : loanNos.get(0), "2026-06-30", "ZL202310000001.X")));
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 10) {
            String ref = schema.path("$ref").asString();
            schema = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema.has("oneOf")) {
            return resolve(schema.path("oneOf").get(0));
        }
        if (schema.has("allOf")) {
            return resolve(schema.path("allOf").get(0));
        }
        return schema;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
