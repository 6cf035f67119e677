package cn.ipfin.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses, before any handler runs, input that no field of the API may hold: a NUL character (PostgreSQL cannot store
 * one in text) in the path, a query parameter or a JSON string; a JSON text longer than {@value #MAX_TEXT} characters
 * (a 10 MB "purpose" was once accepted and then served to every bank); a JSON list longer than {@value #MAX_LIST}; a
 * JSON body over {@value #MAX_JSON_BYTES} bytes. Each refusal is a 400 (413 for the body size) problem naming the field,
 * in the caller's language. Field-specific limits (a name of 100 characters) stay on the commands themselves.
 */
class RequestInputGuard extends OncePerRequestFilter {

    static final int MAX_TEXT = 4000;
    static final int MAX_LIST = 1000;
    static final int MAX_JSON_BYTES = 512 * 1024;

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    RequestInputGuard(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale locale = ApiLocale.of(request);
        String path = request.getRequestURI();
        String decodedPath = decode(path);
        if (decodedPath == null || decodedPath.indexOf('\0') >= 0) {
            refuse(response, 400, "path", messages.getMessage("problem.input.nul", null, locale), locale);
            return;
        }
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name == null || value == null) {
                    refuse(response, 400, name == null ? "query" : name,
                            messages.getMessage("problem.input.encoding", null, locale), locale);
                    return;
                }
                String problem = textProblem(value, locale);
                if (problem != null || name.indexOf('\0') >= 0) {
                    refuse(response, 400, name, problem != null ? problem
                            : messages.getMessage("problem.input.nul", null, locale), locale);
                    return;
                }
            }
        }
        if (!isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            refuse(response, 413, "body", messages.getMessage("problem.input.bodySize",
                    new Object[]{MAX_JSON_BYTES / 1024}, locale), locale);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
        if (body.length > MAX_JSON_BYTES) {
            refuse(response, 413, "body", messages.getMessage("problem.input.bodySize",
                    new Object[]{MAX_JSON_BYTES / 1024}, locale), locale);
            return;
        }
        Map.Entry<String, String> problem = bodyProblem(body, locale);
        if (problem != null) {
            refuse(response, 400, problem.getKey(), problem.getValue(), locale);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    /** Only the API: pages have their own form handling and answers. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.getSubtype().equals("json") || media.getSubtype().endsWith("+json");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Map.Entry<String, String> bodyProblem(byte[] body, Locale locale) {
        if (body.length == 0) {
            return null;
        }
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JacksonException e) {
            return null; // malformed JSON: the message converter answers it with the position
        }
        return walk(tree, "", locale);
    }

    private Map.Entry<String, String> walk(JsonNode node, String field, Locale locale) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            String problem = textProblem(node.asString(), locale);
            return problem == null ? null : Map.entry(field.isEmpty() ? "body" : field, problem);
        }
        if (node.isArray()) {
            if (node.size() > MAX_LIST) {
                return Map.entry(field.isEmpty() ? "body" : field,
                        messages.getMessage("problem.input.listSize", new Object[]{MAX_LIST}, locale));
            }
            for (int i = 0; i < node.size(); i++) {
                var found = walk(node.get(i), field + "[" + i + "]", locale);
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (var property : node.properties()) {
                String name = field.isEmpty() ? property.getKey() : field + "." + property.getKey();
                if (property.getKey().indexOf('\0') >= 0) {
                    return Map.entry(name.replace("\0", "\\u0000"),
                            messages.getMessage("problem.input.nul", null, locale));
                }
                var found = walk(property.getValue(), name, locale);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String textProblem(String text, Locale locale) {
        if (text.indexOf('\0') >= 0) {
            return messages.getMessage("problem.input.nul", null, locale);
        }
        if (text.length() > MAX_TEXT) {
            return messages.getMessage("problem.input.textSize", new Object[]{MAX_TEXT}, locale);
        }
        return null;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The firewall's refusal of a URL (an encoded NUL, a control character) as the same problem. */
    void refusePath(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = ApiLocale.of(request);
        refuse(response, 400, "path", messages.getMessage("problem.input.path", null, locale), locale);
    }

    private void refuse(HttpServletResponse response, int status, String field, String message, Locale locale)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:ipfin:problem:validation");
        problem.put("title", messages.getMessage("problem.validation.title", null, locale));
        problem.put("status", status);
        problem.put("detail", message);
        problem.put("errors", List.of(Map.of("field", field, "message", message)));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The body read once by the guard, handed on for the message converters to read again. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
