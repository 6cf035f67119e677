package cn.ipfin.registry;

import cn.ipfin.tabular.Template;
import cn.ipfin.tabular.TabularWriter;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static cn.ipfin.IntegrationTest.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Builds real import files and uploads them through the API as the IP office would. */
final class Uploads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Uploads() {
    }

    static byte[] xlsx(Template template, List<Map<String, String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeXlsx(template, rows, out);
        return out.toByteArray();
    }

    static byte[] csv(Template template, List<Map<String, String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        TabularWriter.writeCsv(template, rows, out);
        return out.toByteArray();
    }

    static JsonNode upload(MockMvc mvc, String template, String filename, byte[] content) throws Exception {
        var body = mvc.perform(multipart("/api/v1/imports/{t}", template)
                        .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
                        .with(httpBasic("ipo", PASSWORD)))
                .andReturn().getResponse();
        JsonNode report = JSON.readTree(body.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        // an applied import is 200, a refused one 422 with the same report
        org.assertj.core.api.Assertions.assertThat(body.getStatus()).isEqualTo(report.path("applied").asBoolean() ? 200 : 422);
        return report;
    }
}
