package dk.coi.portal.shared.web;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The sitemap protocol's files: one list of addresses holds at most {@link #URLS_PER_FILE}; beyond that,
 * {@code sitemap.xml} is an index of numbered parts ({@code sitemap.xml?del=1} …), as search engines require.
 */
final class Sitemaps {

    static final int URLS_PER_FILE = 50_000;
    static final String PART = "del";

    private Sitemaps() {
    }

    static int parts(int entries, int perFile) {
        return Math.max(1, (entries + perFile - 1) / perFile);
    }

    /** The index of {@code parts} numbered files; {@code link} makes a route path absolute. */
    static String index(int parts, UnaryOperator<String> link) {
        StringBuilder index = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        for (int part = 1; part <= parts; part++) {
            index.append("<sitemap><loc>").append(xml(link.apply("sitemap.xml?" + PART + "=" + part)))
                    .append("</loc></sitemap>\n");
        }
        return index.append("</sitemapindex>\n").toString();
    }

    /** Part {@code part} (from 1) of the entries, {@code perFile} to a file. */
    static String urls(List<SitemapEntry> entries, int part, int perFile, UnaryOperator<String> link) {
        StringBuilder urls = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        entries.stream().skip((long) (part - 1) * perFile).limit(perFile).forEach(entry -> {
            urls.append("<url><loc>").append(xml(link.apply(entry.path()))).append("</loc>");
            if (entry.lastModified() != null) {
                urls.append("<lastmod>").append(entry.lastModified().truncatedTo(ChronoUnit.SECONDS))
                        .append("</lastmod>");
            }
            urls.append("</url>\n");
        });
        return urls.append("</urlset>\n").toString();
    }

    /** Escaped for XML text (not HTML's escaping, whose named characters XML does not know). */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
