package dk.coi.portal.web;

import static dk.coi.portal.support.PublicHttp.get;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiRoutes;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiStewardshipService;
import dk.coi.portal.wiki.WikiTalkService;
import dk.coi.portal.wiki.WikiTitles;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What search engines read first: robots.txt and sitemap.xml, put together from every module's. */
@PortalTest
class CrawlerFilesTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiStewardshipService stewardship;
    @Autowired
    WikiTalkService talk;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    @Test
    void robotsMayReadThePublicPagesButNotEditorsQueryVariantsOrSearchAndFindTheSitemap() throws Exception {
        HttpResponse<String> robots = cacheableFile("/robots.txt", "text/plain");

        List<String> lines = robots.body().lines().toList();
        assertThat(lines).startsWith("User-agent: *", "Allow: /")
                .contains("Disallow: /wiki/*/rediger", "Disallow: /wiki/*/flyt", "Disallow: /wiki/*/forvalt",
                        "Disallow: /wiki/*?", "Disallow: /sog", "Disallow: /login", "Disallow: /opret-konto",
                        "Disallow: /sprog/", "Disallow: /admin", "Disallow: /moderation")
                .contains("Sitemap: " + baseUrl + "sitemap.xml")
                .doesNotContain("Disallow: /wiki", "Disallow: /", "Disallow: /nyheder");
    }

    @Test
    void theSitemapListsTheFrontPagesAndEveryReadableWikiPageWithItsLastChange() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // A person of its own: the demo accounts' saves are limited per minute, and other tests save as them.
        signedIn.newPerson("Kortlægger " + suffix, Role.COI_STAFF);
        String readable = "Kortlagt side " + suffix;
        String redirect = "Omdirigeret side " + suffix;
        String deleted = "Slettet side " + suffix;
        wiki.save(new WikiEdit(readable, "Til søgemaskinerne.", "Start", false, null));
        wiki.save(new WikiEdit(redirect, "#OMDIRIGER [[" + readable + "]]", "Start", false, null));
        wiki.save(new WikiEdit(deleted, "Væk.", "Start", false, null));
        talk.comment(readable, null, "Et spørgsmål til søgemaskinerne.");
        talk.comment(deleted, null, "Væk med siden.");
        stewardship.delete(deleted, "Prøve");
        signedIn.clear();

        HttpResponse<String> sitemap = cacheableFile("/sitemap.xml", "application/xml");

        Document xml = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(sitemap.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> addresses = new ArrayList<>();
        String lastChange = null;
        NodeList urls = xml.getElementsByTagNameNS("*", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String address = url.getElementsByTagNameNS("*", "loc").item(0).getTextContent();
            addresses.add(address);
            if (address.equals(baseUrl + WikiTitles.path(readable))) {
                lastChange = url.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent();
            }
        }
        assertThat(addresses).doesNotHaveDuplicates()
                .contains(baseUrl, baseUrl + "wiki", baseUrl + "wiki/De_syv_principper", baseUrl + "nyheder/1",
                        baseUrl + "nyheder",
                        baseUrl + "tilgaengelighed", baseUrl + WikiTitles.path(readable),
                        baseUrl + WikiRoutes.talk(readable))
                .as("talk pages with comments, not those without or of deleted pages")
                .doesNotContain(baseUrl + WikiTitles.path(redirect), baseUrl + WikiTitles.path(deleted),
                        baseUrl + WikiRoutes.talk(redirect), baseUrl + WikiRoutes.talk(deleted),
                        baseUrl + "sog", baseUrl + "login");
        assertThat(lastChange).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    /** The file as a crawler gets it: its type, kept by caches for a while, not sent again when current. */
    private HttpResponse<String> cacheableFile(String path, String type) throws Exception {
        HttpResponse<String> response = get(port, path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(type);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("public", "max-age=");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(get(port, path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        return response;
    }
}
