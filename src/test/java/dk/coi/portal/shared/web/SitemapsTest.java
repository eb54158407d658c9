package dk.coi.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** More pages than one sitemap file may list: an index of numbered parts, which together list every page once. */
class SitemapsTest {

    private static final UnaryOperator<String> LINK = path -> "https://portal.example/" + path;

    private final List<SitemapEntry> entries = IntStream.rangeClosed(1, 5)
            .mapToObj(page -> new SitemapEntry("wiki/Side_" + page, page == 1 ? Instant.parse("2026-12-01T10:15:30.5Z")
                    : null))
            .toList();

    @Test
    void theEntriesAreSplitIntoAsFewFilesAsTheLimitAllows() {
        assertThat(Sitemaps.parts(0, 2)).isEqualTo(1);
        assertThat(Sitemaps.parts(4, 2)).isEqualTo(2);
        assertThat(Sitemaps.parts(5, 2)).isEqualTo(3);
    }

    @Test
    void theIndexNamesEveryPart() {
        assertThat(Sitemaps.index(3, LINK)).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<loc>https://portal.example/sitemap.xml?del=1</loc>")
                .contains("<loc>https://portal.example/sitemap.xml?del=3</loc>")
                .doesNotContain("del=4");
    }

    @Test
    void thePartsListEveryPageOnceInOrder() {
        String first = Sitemaps.urls(entries, 1, 2, LINK);
        String last = Sitemaps.urls(entries, 3, 2, LINK);

        assertThat(first).contains("<loc>https://portal.example/wiki/Side_1</loc><lastmod>2026-12-01T10:15:30Z</lastmod>",
                "<loc>https://portal.example/wiki/Side_2</loc></url>").doesNotContain("Side_3");
        assertThat(Sitemaps.urls(entries, 2, 2, LINK)).contains("Side_3", "Side_4").doesNotContain("Side_2<", "Side_5");
        assertThat(last).contains("Side_5").doesNotContain("Side_4");
    }
}
