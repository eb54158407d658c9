package dk.coi.portal.shared.web;

import dk.coi.portal.shared.PortalAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code robots.txt} and {@code sitemap.xml}, put together from every module's {@link SitemapContributor}, the
 * same for everyone (signed in or not), with an {@code ETag}: search engines read them often.
 */
@Controller
class CrawlerFiles {

    /** A file changes when a page does; a crawler or cache may keep a copy this long. */
    private static final Duration KEPT = Duration.ofHours(1);
    /** What the sitemap protocol allows in one file; beyond it a sitemap index is needed. */
    static final int SITEMAP_LIMIT = 50_000;

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

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(HttpServletRequest request) {
        StringBuilder urls = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        contributors.stream().flatMap(contributor -> contributor.sitemapEntries().stream())
                .limit(SITEMAP_LIMIT)
                .forEach(entry -> {
                    urls.append("<url><loc>").append(xml(address.link(entry.path()))).append("</loc>");
                    if (entry.lastModified() != null) {
                        urls.append("<lastmod>").append(entry.lastModified().truncatedTo(ChronoUnit.SECONDS))
                                .append("</lastmod>");
                    }
                    urls.append("</url>\n");
                });
        urls.append("</urlset>\n");
        return responses.file(request, new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8),
                urls.toString().getBytes(StandardCharsets.UTF_8), KEPT);
    }

    /** Escaped for XML text (not HTML's escaping, whose named characters XML does not know). */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
