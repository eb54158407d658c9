package dk.coi.portal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Storm views opened over plain HTTP, without a browser: each visitor (its own cookies, so its own session) asks
 * for the page and then makes the request Vaadin's client makes to start the UI ({@code v-r=init}), so the server
 * builds a real UI with the storm view in it, which registers for the live counts on attach as in a browser. No
 * push connection is ever opened, so a push to such a UI does the UI's work under its lock and stops where it
 * would write to the socket. Vaadin closes them after three missed heartbeats (15 minutes by default).
 */
final class HeadlessViews implements AutoCloseable {

    private final List<HttpClient> visitors = new ArrayList<>();

    /** Opens {@code count} views of the page; each must show {@code text} (fails otherwise). */
    HeadlessViews(String baseUrl, String path, String text, int count) throws IOException, InterruptedException {
        for (int i = 0; i < count; i++) {
            HttpClient visitor = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
            visitors.add(visitor);
            String page = get(visitor, baseUrl + path);
            if (!page.contains(text)) {
                String init = get(visitor, baseUrl + "?v-r=init&location="
                        + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&query=");
                if (!init.contains(text)) {
                    throw new IllegalStateException("The storm view did not start over HTTP: "
                            + init.substring(0, Math.min(300, init.length())));
                }
            }
        }
    }

    private static String get(HttpClient visitor, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = visitor.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "da-DK,da;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    int size() {
        return visitors.size();
    }

    @Override
    public void close() {
        visitors.forEach(HttpClient::close);
    }
}
