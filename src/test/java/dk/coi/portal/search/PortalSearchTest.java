package dk.coi.portal.search;

import dk.coi.portal.identity.Role;
import dk.coi.portal.shell.internal.NewsItem;
import dk.coi.portal.shell.internal.NewsItemRepository;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class PortalSearchTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    SearchService search;
    @Autowired
    SearchIndexService index;
    @Autowired
    NewsItemRepository news;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** News made by a test, removed afterwards so the front page's newest news stay the demo news. */
    private final List<NewsItem> created = new ArrayList<>();

    @AfterEach
    void clear() {
        signedIn.clear();
        news.deleteAll(created);
    }

    private void publish(String title, String body) {
        created.add(news.save(new NewsItem(title, body, LocalDate.now())));
    }

    @Test
    void danishStemmingFindsInnovationWhenSearchingForInnovationer() {
        SearchResults results = search.search("innovationer", 0, 10);

        assertThat(results.totalHits()).isPositive();
        assertThat(results.hits()).anySatisfy(hit -> {
            assertThat(hit.title().html()).contains("<mark>innovation</mark>");
            assertThat(hit.path()).matches("nyheder/\\d+");
            assertThat(hit.typeLabelKey()).isEqualTo("search.type.news");
        });
    }

    @Test
    void titlesAreSuggestedFromTheFirstLettersOfTheWordBeingTyped() {
        assertThat(search.suggest("syv pri", 8)).extracting(SearchSuggestion::title).contains("De syv principper");
        assertThat(search.suggest("syv pri", 8)).first().satisfies(suggestion -> {
            assertThat(suggestion.path()).isEqualTo("wiki/De_syv_principper");
            assertThat(suggestion.typeLabelKey()).isEqualTo("search.type.wiki");
        });
        assertThat(search.suggest("randomiserede forsøg", 8)).extracting(SearchSuggestion::title)
                .contains("Randomiserede forsøg i beskæftigelsesindsatsen");
        assertThat(search.suggest("principperne", 8)).as("a finished word is stemmed")
                .extracting(SearchSuggestion::title).contains("De syv principper");
        assertThat(search.suggest("syv \"-(pri*", 8)).as("typed syntax is taken literally")
                .extracting(SearchSuggestion::title).contains("De syv principper");
        assertThat(search.suggest("zzqx", 8)).isEmpty();
        assertThat(search.suggest("   ", 8)).isEmpty();
    }

    /** From the new-user trial: "KLK" found nothing though the wiki has "KLK's fire faser". */
    @Test
    void aNameFindsItsGenitiveWithEitherApostrophe() {
        publish("QXJ's metode", "Om QXJ’s andet forløb.");

        assertThat(search.search("QXJ", 0, 10).totalHits()).isEqualTo(1);
        assertThat(search.search("QXJ's", 0, 10).totalHits()).isEqualTo(1);
        assertThat(search.search("QXJ’s andet", 0, 10).totalHits()).isEqualTo(1);
    }

    @Test
    void titlesWeighMoreThanBodies() {
        SearchResults results = search.search("randomiserede forsøg", 0, 10);
        assertThat(results.hits().getFirst().title().html()).contains("<mark>Randomiserede</mark>");
    }

    @Test
    void highlightsAreEscapedSoStoredMarkupCannotRun() {
        publish("Zebraforsøg <script>alert(1)</script>", "Et forsøg med <img src=x onerror=alert(2)> zebraforsøg.");

        SearchResults results = search.search("zebraforsøg", 0, 10);

        assertThat(results.hits()).hasSize(1);
        SearchHit hit = results.hits().getFirst();
        assertThat(hit.title().html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(hit.snippet().html()).doesNotContain("<img").contains("&lt;img");
    }

    @Test
    void aSnippetOfATextThatDoesNotMatchIsEscapedToo() {
        publish("Giraffundersøgelse", "<img src=x onerror=\"alert(document.domain)\"> Intet om dyr her.");

        SearchHit hit = search.search("giraffundersøgelse", 0, 10).hits().getFirst();

        assertThat(hit.title().html()).isEqualTo("<mark>Giraffundersøgelse</mark>");
        assertThat(hit.snippet().html()).as("the no-match fragment").startsWith("&lt;img src=x onerror=")
                .doesNotContain("<img").doesNotContain("<mark>");
    }

    @Test
    void snippetsShowTheTextReadersSeeWithoutMarkdownOrWikiMarkup() {
        publish("Okapiprojektet", """
                # Overskrift om okapier

                Et **fedt** ord, en [henvisning](https://example.org) og `kode`.

                | Kolonne | Anden |
                |---------|-------|
                | okapi   | celle |
                """);

        String snippet = search.search("okapier", 0, 10).hits().getFirst().snippet().html();

        assertThat(snippet).contains("<mark>okapier</mark>", "fedt", "henvisning", "kode", "Kolonne")
                .doesNotContain("**", "#", "](", "|", "---", "`", "example.org");
    }

    @Test
    void contentCannotForgeAHighlight() {
        publish("Næsehornsdag", "Tekst med \uE000falsk\uE001 markering om næsehorn.");

        SearchHit hit = search.search("næsehorn", 0, 10).hits().getFirst();

        assertThat(hit.snippet().html()).contains("falsk").doesNotContain("<mark>falsk");
    }

    @Test
    void emptyAndOverlongQueriesAreHarmless() {
        assertThat(search.search("   ", 0, 10).hits()).isEmpty();
        assertThat(search.search("\"", 0, 10).totalHits()).isNotNegative();
        assertThat(search.search("a".repeat(10_000), 0, 10).hits()).isEmpty();
    }

    @Test
    void aMissingIndexIsRebuiltFromTheDatabase() throws Exception {
        var workspace = Search.mapping(entityManagerFactory).scope(Object.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(search.search("innovation", 0, 10).totalHits()).isZero();

        IndexProgress done = index.rebuildWhereNeeded().get(60, TimeUnit.SECONDS);

        assertThat(done.total()).as("news and wiki pages").isGreaterThan(news.count());
        assertThat(done.indexed()).as("all but what may not be found").isPositive().isLessThanOrEqualTo(done.total());
        assertThat(search.search("innovation", 0, 10).totalHits()).isPositive();
        assertThat(index.rebuildWhereNeeded().get(60, TimeUnit.SECONDS))
                .as("an index that holds every kind is left alone").isEqualTo(new IndexProgress(0, 0, true));
    }

    @Test
    void onlyAdministratorsRebuildTheIndexAndARebuildRestoresEveryDocument() throws Exception {
        signedIn.as(1, "Camilla COI", Role.COI_STAFF);
        assertThatThrownBy(() -> index.rebuild(progress -> { }))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);

        signedIn.as(1, "Anders Admin", Role.ADMIN);
        IndexProgress done = index.rebuild(progress -> { }).get(60, TimeUnit.SECONDS);

        assertThat(done.done()).isTrue();
        assertThat(done.indexed()).isEqualTo(done.total()).isGreaterThan(news.count());
        assertThat(search.search("innovation", 0, 10).totalHits()).isPositive();
    }
}
