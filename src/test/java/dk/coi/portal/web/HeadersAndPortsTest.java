package dk.coi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.RawHttp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security headers on pages and feeds, and the management endpoints kept off the public port. */
@PortalTest
class HeadersAndPortsTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void pagesRunOnlyTheirOwnScriptsFromTheirOwnOrigin() throws Exception {
        RawHttp.Response page = RawHttp.get(port, "/login");

        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'self'", "form-action 'self'", "style-src 'self' 'unsafe-inline'")
                .doesNotContain("http:", "https:", "*");
        assertThat(policy).as("no inline script runs without the nonce").doesNotContain("script-src 'self' 'unsafe-inline'");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).isTrue();
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("script")).isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce.group(1)));
        assertThat(RawHttp.get(port, "/login").header("Content-Security-Policy"))
                .as("a new nonce for every response").doesNotContain(nonce.group(1));
        assertThat(page.header("X-Content-Type-Options")).as(page.head()).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(page.header("Strict-Transport-Security")).as("only under the prod profile").isNull();
    }

    @Test
    void aResponseThatSaysNothingOfCachingIsNotStoredButStaticFilesAre() throws Exception {
        assertThat(RawHttp.get(port, "/min-side").header("Cache-Control")).contains("no-store");
        assertThat(RawHttp.get(port, "/login").header("Cache-Control")).contains("no-store");
        assertThat(RawHttp.get(port, "/themes/portal/styles.css").header("Cache-Control")).doesNotContain("no-store");
    }

    @Test
    void redirectsNeverNameTheHostTheRequestClaimed() throws Exception {
        // A login form posted without its token is sent back to the login page: relative, whatever Host said.
        RawHttp.Response redirect = RawHttp.postForm(port, "/login", "username=a%40b.dk&password=x",
                "Host: angriber.example");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).startsWith("/login").doesNotContain("angriber");
    }

    @Test
    void feedsCarryTheHeadersToo() throws Exception {
        RawHttp.Response feed = RawHttp.get(port, "/feeds/wiki/seneste-aendringer.atom");

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'");
        assertThat(feed.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(feed.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void metricsAndDetailsAreOnlyOnTheManagementPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        // The public port answers with the portal's own (not found) page instead.
        for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator/health",
                "/actuator/env", "/actuator"}) {
            assertThat(RawHttp.get(port, endpoint).body()).as(endpoint + " on the public port")
                    .doesNotContain("jvm_", "\"status\"", "\"app\"", "\"_links\"", "propertySources");
        }
        assertThat(RawHttp.get(port, "/readyz").body()).contains("\"status\":\"UP\"");
        assertThat(RawHttp.get(port, "/livez").body()).contains("\"status\":\"UP\"");

        RawHttp.Response metrics = RawHttp.get(managementPort, "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(RawHttp.get(managementPort, "/actuator/env").status()).as("still not exposed").isEqualTo(404);
    }
}
