package dk.coi.portal.wiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.PublicHttp;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import java.io.StringReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Atom feeds as a feed reader fetches them over HTTP. */
@PortalTest
class WikiFeedTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    WikiService wiki;
    @Autowired
    PersonService people;
    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiStewardshipService stewardship;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return PublicHttp.get(port, path, headers);
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void recentChangesAreAnAtomFeedWithNamedAuthors() throws Exception {
        // Other tests edit too, so the demo edits may have left the feed: make the newest two edits here.
        String title = "Feed " + UUID.randomUUID().toString().substring(0, 8);
        // People of their own: the demo accounts' saves are limited per minute, and other tests save as them.
        signedIn.newPerson("Camilla Feed " + title.substring(5), Role.COI_STAFF);
        long version = wiki.save(new WikiEdit(title, "Første", "feed 1", false, null)).version();
        signedIn.newPerson("Mads Feed " + title.substring(5), Role.EMPLOYEE);
        wiki.save(new WikiEdit(title, "Anden", "feed 2", false, version));

        HttpResponse<String> response = get("/feeds/wiki/seneste-aendringer.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = parse(response.body());
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).startsWith(title, title);
        assertThat(feed.getEntries()).extracting(SyndEntry::getAuthor).startsWith("Mads Feed " + title.substring(5),
                "Camilla Feed " + title.substring(5));
        assertThat(feed.getEntries().getFirst().getLink()).startsWith(baseUrl + "wiki/");
    }

    @Test
    void linksUseTheConfiguredAddressNotTheHostTheClientNamed() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /feeds/wiki/seneste-aendringer.atom HTTP/1.1\r\n"
                    + "Host: forged-host.invalid\r\nX-Forwarded-Host: forged-host.invalid\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("forged-host.invalid").contains(baseUrl + "wiki/");
        }
    }

    @Test
    void aPagesHistoryIsAFeedAndAnUnknownPageIsNotFound() throws Exception {
        HttpResponse<String> response = get("/feeds/wiki/historik.atom?side="
                + URLEncoder.encode("KLK's fire faser", StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        SyndFeed feed = parse(response.body());
        assertThat(feed.getEntries()).extracting(SyndEntry::getAuthor).containsSubsequence(
                "Camilla COI (Center for Offentlig Innovation)", "Mads Medarbejder (Jobcenter Aarhus)");
        assertThat(feed.getEntries().getFirst().getDescription().getValue()).isEqualTo("Workshops og varighed");

        assertThat(get("/feeds/wiki/historik.atom?side=Findes%20ikke").statusCode()).isEqualTo(404);
    }

    @Test
    void aFeedInEnglishTranslatesItsTitleAndTheAutomaticSummaries() throws Exception {
        String title = "Feed " + UUID.randomUUID().toString().substring(0, 8);
        String newTitle = title + " flyttet";
        signedIn.as(people.localAccountId("coi@demo.coi.dk").orElseThrow(), "Camilla COI", Role.COI_STAFF);
        long version = wiki.save(new WikiEdit(title, "Første", "feed 1", false, null)).version();
        stewardship.move(title, newTitle, false, "", version);
        String encoded = URLEncoder.encode(newTitle, StandardCharsets.UTF_8);

        SyndFeed danish = parse(get("/feeds/wiki/historik.atom?side=" + encoded).body());
        SyndFeed english = parse(get("/feeds/wiki/historik.atom?sprog=en&side=" + encoded).body());

        assertThat(danish.getTitle()).isEqualTo("Historik for " + newTitle);
        assertThat(danish.getLanguage()).isEqualTo("da");
        assertThat(danish.getEntries().getFirst().getDescription().getValue())
                .isEqualTo("Flyttet fra " + title + " til " + newTitle);
        assertThat(english.getTitle()).isEqualTo("History of " + newTitle);
        assertThat(english.getLanguage()).isEqualTo("en");
        assertThat(english.getEntries().getFirst().getDescription().getValue())
                .isEqualTo("Moved from " + title + " to " + newTitle);
        assertThat(parse(get("/feeds/wiki/seneste-aendringer.atom?sprog=en").body()).getTitle())
                .isEqualTo("Innovation wiki – recent changes");
    }
}
