package dk.coi.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.shared.map.MapSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * HSTS only where the prod profile turns it on, and only on responses that came over HTTPS; images from a map tile
 * server only when one is configured.
 */
class SecurityHeadersTest {

    private static MockHttpServletResponse respond(boolean hstsOn, boolean secure) throws Exception {
        return respond(hstsOn, secure, new MapSettings(null, null));
    }

    private static MockHttpServletResponse respond(boolean hstsOn, boolean secure, MapSettings map) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wiki");
        request.setSecure(secure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeaders(hstsOn, map).doFilter(request, response, new MockFilterChain());
        return response;
    }

    /** Images come from the portal alone, unless a map tile server is configured: then from its origin too. */
    @Test
    void imagesFromAConfiguredTileServerOnly() throws Exception {
        assertThat(respond(false, false).getHeader("Content-Security-Policy")).contains("img-src 'self' data:; ");
        assertThat(respond(false, false, new MapSettings("https://tiles.example.dk:8443/{z}/{x}/{y}.png", "© Eks"))
                .getHeader("Content-Security-Policy")).contains("img-src 'self' data: https://tiles.example.dk:8443; ");
    }

    @Test
    void strictTransportSecurityUnderProdOverHttps() throws Exception {
        assertThat(respond(true, true).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(respond(true, false).getHeader("Strict-Transport-Security")).isNull();
        assertThat(respond(false, true).getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void everyResponseGetsThePolicyAndTheOtherHeaders() throws Exception {
        MockHttpServletResponse response = respond(false, false);
        assertThat(response.getHeader("Content-Security-Policy")).contains("object-src 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }
}
