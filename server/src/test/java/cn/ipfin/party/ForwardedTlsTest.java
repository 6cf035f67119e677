package cn.ipfin.party;

import cn.ipfin.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy (X-Forwarded-Proto: https from a proxy on a private address,
 * server.forward-headers-strategy=native) the request is secure: HSTS is sent and the session cookie is Secure.
 * Over plain http neither, so a browser is never told to insist on a TLS the server does not offer.
 */
@IntegrationTest
class ForwardedTlsTest {

    @LocalServerPort int port;

    private HttpResponse<String> login(String forwardedProto) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET();
        if (forwardedProto != null) request.header("X-Forwarded-Proto", forwardedProto);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> response = login("https");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).get().asString()
                .contains("max-age=");
        assertThat(sessionCookies(response)).isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
    }

    @Test
    void over_plain_http_there_is_no_hsts_and_no_secure_cookie() throws Exception {
        HttpResponse<String> response = login(null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookies(response)).isNotEmpty().allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("Secure"));
    }
}
