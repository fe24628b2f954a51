package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rehabit.NoonClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** What anyone may fetch without signing in, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(NoonClock.class)
class PublicFilesIT {

    @LocalServerPort
    int port;

    @Test
    void robots_txt_turns_every_crawler_away() throws Exception {
        var response = get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("User-agent: *", "Disallow: /");
    }

    @Test
    void the_sign_in_page_carries_the_csrf_token_its_form_sends() throws Exception {
        var page = get("/login").body();

        assertThat(page).contains("<meta name=\"_csrf_parameter\" content=\"_csrf\">",
                "<meta name=\"_csrf\" content=\"", "<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">");
    }

    @Test
    void every_page_comes_with_a_content_security_policy_and_keeps_its_address_to_itself() throws Exception {
        var headers = get("/login").headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security")).as("plain http: no HSTS").isEmpty();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_never_in_an_address() throws Exception {
        var response = get("/login");

        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void style_sheets_go_compressed_and_pages_with_tokens_do_not() throws Exception {
        assertThat(getGzip("/styles.css").headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(getGzip("/login").headers().firstValue("Content-Encoding")).as("BREACH").isEmpty();
    }

    private HttpResponse<String> getGzip(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
