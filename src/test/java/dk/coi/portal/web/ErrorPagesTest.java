package dk.coi.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Whatever refuses a request (Tomcat, the security firewall, a web endpoint), the reader gets the portal's page. */
@PortalTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/wiki/a%zz", "/wiki/a;b", "/wiki/a%00b", "/wiki/a%5Cb", "/feeds/wiki/historik.atom",
            "/wiki//a/..;/b"})
    void aRefusedAddressGetsThePortalsOwnTranslatedPage(String target) throws Exception {
        RawHttp.Response danish = RawHttp.get(port, target);
        RawHttp.Response english = RawHttp.get(port, target, "Cookie: portal-lang=en");

        assertThat(danish.status()).isEqualTo(400);
        assertThat(danish.body()).contains("<html lang=\"da\"", "Adressen kan ikke bruges", "Innovationsportalen")
                .doesNotContain("Tomcat", "Whitelabel", "Exception");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("<html lang=\"en\"", "The address cannot be used");
        assertThat(danish.header("Content-Type")).startsWith("text/html");
        assertThat(danish.header("Content-Security-Policy")).contains("default-src");
        assertThat(danish.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** Tomcat refuses a backslash before it reads the headers, so the reader's language is unknown: Danish. */
    @Test
    void aRequestLineTomcatCannotReadGetsTheDanishPage() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/wiki/a\\b", "Cookie: portal-lang=en");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("<html lang=\"da\"", "Adressen kan ikke bruges").doesNotContain("Tomcat");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void theErrorAddressAskedForDirectlyIsNotFoundAndNoIncident() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/error");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Siden findes ikke").doesNotContain("Fejlnummer");
    }

    @Test
    void anUnknownFeedIsNotFoundInThePortalsWords() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/feeds/wiki/historik.atom?side=Findes%20ikke%20" + port);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Siden findes ikke");
    }

    /** Before: Vaadin answered an address that is no page with its "not found" view, but with status 200. */
    @Test
    void anAddressThatIsNoPageIsNotFoundInThePortalsWords() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/findes/slet/ikke");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Siden findes ikke", "Innovationsportalen");
        assertThat(response.header("Set-Cookie")).as("no session for an address that is no page").isNull();
        assertThat(response.body()).as("the language switch and sign-in keep the address asked for")
                .contains("/sprog/en?tilbage=/findes/slet/ikke").contains("/login?next=/findes/slet/ikke");
    }

    /**
     * Before: a file that is not there (a browser's or bot's guess) reached Vaadin, which opened a session for it;
     * the portal's own files are still served.
     */
    @Test
    void aFileThatIsNotThereIsNotFoundWithoutASession() throws Exception {
        for (String guess : new String[] {"/favicon.ico", "/apple-touch-icon.png", "/wp-login.php", "/wiki/x.php"}) {
            RawHttp.Response response = RawHttp.get(port, guess);
            assertThat(response.status()).as(guess).isEqualTo(404);
            assertThat(response.header("Set-Cookie")).as("no session for " + guess).isNull();
        }
        RawHttp.Response icon = RawHttp.get(port, "/themes/portal/favicon.svg");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Set-Cookie")).isNull();
    }

    /** One address per page: a trailing slash is sent on to the address without it, never to another site. */
    @Test
    void anAddressWithATrailingSlashIsMovedToTheOneWithout() throws Exception {
        RawHttp.Response wiki = RawHttp.get(port, "/wiki/De_syv_principper/?a=b");
        RawHttp.Response elsewhere = RawHttp.get(port, "//evil.example/");

        assertThat(wiki.status()).isEqualTo(301);
        assertThat(wiki.header("Location")).endsWith("/wiki/De_syv_principper?a=b");
        assertThat(wiki.header("Set-Cookie")).isNull();
        assertThat(String.valueOf(elsewhere.header("Location"))).as("no way to another site").doesNotContain("evil.example");
    }
}
