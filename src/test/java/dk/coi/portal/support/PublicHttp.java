package dk.coi.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Public pages fetched as a reader who is not signed in, a search engine or a link preview does: plain HTTP. */
public final class PublicHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private PublicHttp() {
    }

    /** GET with the given headers (name, value, name, value …), without following redirects. */
    public static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The page as a reader gets it, checked to be what every public page is: HTML in the first response, no session
     * (no cookie set), cacheable by a shared cache per language, and not sent again while the reader's copy is
     * current (304 for its ETag).
     */
    public static String readablePage(int port, String path) throws Exception {
        HttpResponse<String> response = get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by " + path).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(path).contains("public", "no-cache");
        assertThat(response.headers().firstValue("Vary").orElse("")).as(path).containsIgnoringCase("Cookie");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get(port, path, "If-None-Match", etag);
        assertThat(again.statusCode()).as(path + " again").isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(response.body()).as(path).doesNotContain("vaadin");
        return response.body();
    }
}
