package dk.coi.portal.shared.web;

import dk.coi.portal.shared.PortalAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code robots.txt} and {@code sitemap.xml}, put together from every module's {@link SitemapContributor}, the
 * same for everyone (signed in or not), with an {@code ETag}: search engines read them often.
 */
@Controller
class CrawlerFiles {

    /** A file changes when a page does; a crawler or cache may keep a copy this long. */
    private static final Duration KEPT = Duration.ofHours(1);

    private final List<SitemapContributor> contributors;
    private final PortalAddress address;
    private final PublicResponses responses;

    CrawlerFiles(List<SitemapContributor> contributors, PortalAddress address, PublicResponses responses) {
        this.contributors = contributors;
        this.address = address;
        this.responses = responses;
    }

    /** Every public page may be read; the modules name what may not, and the language switch is no page. */
    @GetMapping("/robots.txt")
    ResponseEntity<byte[]> robots(HttpServletRequest request) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        robots.append("Disallow: ").append(LanguageController.PATH).append("/\n");
        contributors.stream().flatMap(contributor -> contributor.notForCrawlers().stream()).distinct()
                .forEach(pattern -> robots.append("Disallow: ").append(pattern).append('\n'));
        robots.append("\nSitemap: ").append(address.link("sitemap.xml")).append('\n');
        return responses.file(request, new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8),
                robots.toString().getBytes(StandardCharsets.UTF_8), KEPT);
    }

    /** The sitemap, or the index of its parts once there are more pages than one file may list; 404 past the last. */
    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(HttpServletRequest request,
                                   @RequestParam(name = Sitemaps.PART, required = false) String part) {
        List<SitemapEntry> entries = contributors.stream().flatMap(contributor -> contributor.sitemapEntries().stream())
                .toList();
        int parts = Sitemaps.parts(entries.size(), Sitemaps.URLS_PER_FILE);
        String xml;
        if (part == null) {
            xml = parts == 1 ? Sitemaps.urls(entries, 1, Sitemaps.URLS_PER_FILE, address::link)
                    : Sitemaps.index(parts, address::link);
        } else if (part.matches("[1-9]\\d{0,5}") && Integer.parseInt(part) <= parts) {
            xml = Sitemaps.urls(entries, Integer.parseInt(part), Sitemaps.URLS_PER_FILE, address::link);
        } else {
            return responses.notFound(request);
        }
        return responses.file(request, new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8),
                xml.getBytes(StandardCharsets.UTF_8), KEPT);
    }
}
