package cn.ipfin.api;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The OpenAPI document the build generates the Java client from ({@code src/test/resources/openapi/ipfin-api.json},
 * read offline in generate-test-sources) is the one the server serves. When the API changes, this fails and writes
 * the served document to {@code target/openapi/ipfin-api.json}: copy it over the committed one (or run with
 * {@code -Dipfin.openapi.update=true}) and the next build generates the client from it.
 */
@IntegrationTest
@Order(1)   // first: ApiResponseContract reads the committed document for every write of the suite
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("src/test/resources/openapi/ipfin-api.json");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    @Autowired MockMvc mvc;

    @Test
    void the_committed_document_is_the_one_the_server_serves() throws Exception {
        JsonNode served = served(mvc);
        String text = JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n";
        if (Boolean.getBoolean("ipfin.openapi.update")) {
            Files.writeString(COMMITTED, text);
        }
        JsonNode committed = Files.exists(COMMITTED) ? JSON.readTree(Files.readString(COMMITTED)) : null;
        if (!served.equals(committed)) {
            Path fresh = Path.of("target/openapi/ipfin-api.json");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, text);
        }
        assertThat(served).as("the served /v3/api-docs differs from %s: the served one is in"
                + " target/openapi/ipfin-api.json; copy it over the committed one (or run with"
                + " -Dipfin.openapi.update=true)", COMMITTED).isEqualTo(committed);
    }

    /** The served document without its {@code servers} (the address the request came to, a random port in tests). */
    static JsonNode served(MockMvc mvc) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString());
        doc.remove("servers");
        return doc;
    }
}
