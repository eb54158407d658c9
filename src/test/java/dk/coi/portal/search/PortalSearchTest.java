package dk.coi.portal.search;

import dk.coi.portal.identity.Role;
import dk.coi.portal.shell.internal.NewsItem;
import dk.coi.portal.shell.internal.NewsItemRepository;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
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

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    @Test
    void danishStemmingFindsInnovationWhenSearchingForInnovationer() {
        SearchResults results = search.search("innovationer", 0, 10);

        assertThat(results.totalHits()).isPositive();
        assertThat(results.hits()).anySatisfy(hit -> {
            assertThat(hit.titleHtml()).contains("<mark>innovation</mark>");
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

    @Test
    void titlesWeighMoreThanBodies() {
        SearchResults results = search.search("randomiserede forsøg", 0, 10);
        assertThat(results.hits().getFirst().titleHtml()).contains("<mark>Randomiserede</mark>");
    }

    @Test
    void highlightsAreEscapedSoStoredMarkupCannotRun() {
        news.save(new NewsItem("Zebraforsøg <script>alert(1)</script>",
                "Et forsøg med <img src=x onerror=alert(2)> zebraforsøg.", LocalDate.now()));

        SearchResults results = search.search("zebraforsøg", 0, 10);

        assertThat(results.hits()).hasSize(1);
        SearchHit hit = results.hits().getFirst();
        assertThat(hit.titleHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(hit.snippetHtml()).doesNotContain("<img").contains("&lt;img");
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

        IndexProgress done = index.rebuildIfIncomplete().get(60, TimeUnit.SECONDS);

        assertThat(done.total()).as("news and wiki pages").isGreaterThan(news.count());
        assertThat(done.indexed()).isEqualTo(done.total());
        assertThat(search.search("innovation", 0, 10).totalHits()).isPositive();
        assertThat(index.rebuildIfIncomplete().get(60, TimeUnit.SECONDS).indexed())
                .as("a complete index is left alone").isEqualTo(done.total());
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
