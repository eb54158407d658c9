package dk.coi.portal.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.shared.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@PortalTest
class WikiServiceTest {

    @Autowired
    WikiService wiki;
    @Autowired
    WikiStructureService structure;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private long signedInAs(String name) {
        return signedIn.newPerson(name, Role.CITIZEN);
    }

    private static String uniqueTitle() {
        return "Testside " + UUID.randomUUID();
    }

    @Test
    void theDemoPagesHaveHistoryByDifferentNamedPeople() {
        var history = wiki.history("Hvad er offentlig innovation?", 0, 10);
        assertThat(history).extracting(HistoryLine::author)
                .containsExactly("Birgitte Borger", "Mads Medarbejder (Jobcenter Aarhus)",
                        "Camilla COI (Center for Offentlig Innovation)");
        assertThat(history.getFirst().minor()).isTrue();
        assertThat(history.getLast().summary().text()).isEqualTo("Første udgave");
        assertThat(wiki.allTitles()).contains("De syv principper", "KLK's fire faser",
                "Randomiserede forsøg i beskæftigelsesindsatsen");
    }

    @Test
    void everySaveIsOneNamedRevisionWithSummaryMinorFlagAndSizeChange() {
        String title = uniqueTitle();
        signedInAs("Anna Andersen");
        WikiPageView first = wiki.save(new WikiEdit(title, "Første tekst", "Ny side", false, null));
        signedInAs("Bo Bertelsen");
        WikiPageView second = wiki.save(new WikiEdit(title, "Første tekst, rettet", "Stavefejl", true,
                first.version()));

        assertThat(second.lastEditor()).isEqualTo("Bo Bertelsen");
        var history = wiki.history(title, 0, 10);
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).satisfies(line -> {
            assertThat(line.author()).isEqualTo("Bo Bertelsen");
            assertThat(line.summary().text()).isEqualTo("Stavefejl");
            assertThat(line.minor()).isTrue();
            assertThat(line.sizeChange()).isEqualTo(8);
        });
        assertThat(history.get(1).author()).isEqualTo("Anna Andersen");
        assertThat(history.get(1).sizeChange()).isEqualTo("Første tekst".getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(wiki.renderedAt(title, history.get(1).revision()).orElseThrow().html()).contains("Første tekst</p>");
    }

    @Test
    void aStaleEditToOtherLinesIsMergedThreeWayAndOverlapsAreLeftToThePerson() {
        String title = uniqueTitle();
        signedInAs("Frida Flet");
        WikiPageView base = wiki.save(new WikiEdit(title, "en\nto\ntre", "", false, null));
        signedInAs("Gorm Gemmer");
        wiki.save(new WikiEdit(title, "EN\nto\ntre", "Først", false, base.version(), base.revision()));

        signedInAs("Hanne Hurtig");
        var outcome = wiki.submit(new WikiEdit(title, "en\nto\nTRE", "Samtidig", false, base.version(),
                base.revision()));
        assertThat(outcome).isInstanceOfSatisfying(EditOutcome.Published.class, published -> {
            assertThat(published.mergedWithNewer()).isTrue();
            assertThat(published.page().content()).isEqualTo("EN\nto\nTRE");
        });

        WikiPageView newest = wiki.page(title).orElseThrow();
        assertThatThrownBy(() -> wiki.save(new WikiEdit(title, "et\nto\ntre", "", false, base.version(),
                base.revision()))).isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.merge().overlaps()).singleElement().satisfies(overlap -> {
                        assertThat(overlap.base()).containsExactly("en");
                        assertThat(overlap.ours()).containsExactly("et");
                        assertThat(overlap.theirs()).containsExactly("EN");
                    });
                    assertThat(conflict.current().version()).isEqualTo(newest.version());
                });
        assertThat(wiki.page(title).orElseThrow().content()).as("nothing silently undone").isEqualTo("EN\nto\nTRE");
    }

    @Test
    void aStaleEditIsAConflictAndTheStoredPageStaysAsItWas() {
        String title = uniqueTitle();
        signedInAs("Carla Clausen");
        WikiPageView created = wiki.save(new WikiEdit(title, "Udgangspunkt", "", false, null));
        wiki.save(new WikiEdit(title, "Carlas ændring", "", false, created.version()));

        signedInAs("Dan Dahl");
        assertThatThrownBy(() -> wiki.save(new WikiEdit(title, "Dans ændring", "", false, created.version())))
                .isInstanceOfSatisfying(EditConflictException.class, conflict -> {
                    assertThat(conflict.current().content()).isEqualTo("Carlas ændring");
                    assertThat(conflict.current().lastEditor()).isEqualTo("Carla Clausen");
                });
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Carlas ændring");
    }

    @Test
    void badInputIsRefusedWithATranslatedReasonAndNothingIsStored() {
        String title = uniqueTitle();
        signedInAs("Eva Ebbesen");
        WikiPageView page = wiki.save(new WikiEdit(title, "Tekst", "", false, null));

        assertThatThrownBy(() -> wiki.save(new WikiEdit(title, "Tekst", "", false, page.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("content", "wiki.edit.no-change"));
        assertThatThrownBy(() -> wiki.save(new WikiEdit("  ", "x", "", false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("title", "wiki.title.required"));
        assertThatThrownBy(() -> wiki.save(new WikiEdit("x".repeat(256), "x", "", false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("title", "wiki.title.too-long"));
        assertThatThrownBy(() -> wiki.save(new WikiEdit("?!…—", "x", "", false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("title", "wiki.title.only-punctuation"));
        assertThatThrownBy(() -> wiki.save(new WikiEdit("Klokke\u0007", "x", "", false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("title", "input.control-characters"));
        assertThatThrownBy(() -> wiki.save(new WikiEdit(title, "å".repeat(600_000), "", false, page.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("content", "wiki.content.too-large"));
        assertThat(wiki.history(title, 0, 10)).hasSize(1);
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Tekst");
    }

    private static void assertRefused(ThrowingCallable action, String field, String key) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldMessageKeys()).containsEntry(field, key));
    }

    @Test
    void titlesRefuseTheCharactersAnAddressCannotCarry() {
        signedInAs("Tina Tegn");
        Map<String, String> refused = Map.of(
                "Titel; x", "wiki.title.forbidden-characters",
                "Titel \\ x", "wiki.title.forbidden-characters",
                "50% rabat", "wiki.title.forbidden-characters",
                "Kode %3B", "wiki.title.forbidden-characters",
                "Før/efter", "wiki.title.forbidden-characters",
                "Nr. #1", "wiki.title.forbidden-characters",
                "Linje\u2028skift", "input.control-characters",
                "Afsnit\u2029skift", "input.control-characters");
        refused.forEach((title, key) -> assertRefused(() -> wiki.save(new WikiEdit(title, "x", "", false, null)),
                "title", key));
        assertThat(wiki.allTitles()).doesNotContainAnyElementsOf(refused.keySet());
    }

    @Test
    void brokenAndHiddenCharactersAreRefusedInTitlesTextsAndSummariesButEmojiJoinersStayInTheText() {
        String title = uniqueTitle();
        signedInAs("Sara Surrogat");
        long version = wiki.save(new WikiEdit(title, "Tekst", "", false, null)).version();

        assertRefused(() -> wiki.save(new WikiEdit("Halv \uD800 titel", "x", "", false, null)), "title",
                "input.broken-characters");
        assertRefused(() -> wiki.save(new WikiEdit("Skjult \u202Etitel", "x", "", false, null)), "title",
                "input.invisible-characters");
        assertRefused(() -> wiki.save(new WikiEdit(title, "Halv \uDC00 emoji", "", false, version)), "content",
                "input.broken-characters");
        assertRefused(() -> wiki.save(new WikiEdit(title, "Ny tekst", "halv \uD83D", false, version)), "summary",
                "input.broken-characters");
        assertRefused(() -> wiki.save(new WikiEdit(title, "Ny tekst", "ok \u202Etxt.exe", false, version)),
                "summary", "input.invisible-characters");
        assertRefused(() -> wiki.save(new WikiEdit(title, "Ny tekst", "nul\u200Bbredde", false, version)),
                "summary", "input.invisible-characters");
        assertThat(wiki.history(title, 0, 10)).hasSize(1);
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Tekst");

        String family = "Familien 👩\u200D👩\u200D👧 og flaget 🏳\uFE0F\u200D🌈";
        assertThat(wiki.save(new WikiEdit(title, family, "Emoji", false, version)).content()).isEqualTo(family);
    }

    @Test
    void thePreviewHasTheSizeLimitOfASave() {
        signedInAs("Petra Prøve");
        assertRefused(() -> wiki.preview("å".repeat(600_000)), "content", "wiki.content.too-large");
        assertThat(wiki.preview("*".repeat(WikiService.MAX_CONTENT_BYTES - 1) + "a").html()).isNotEmpty();

        signedIn.anonymous();
        assertThatThrownBy(() -> wiki.preview("Tekst")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheFirstWikiLinksOfATextAreResolvedTheRestStayText() {
        int bound = WikiService.MAX_LINKS_PER_TEXT;
        signedInAs("Lise Links");
        String preview = wiki.preview("[[x]]".repeat(200_000)).html();
        assertThat(countOf(preview, "<a href=\"/wiki/x")).isEqualTo(bound);
        assertThat(preview).contains("[[x]]");

        signedInAs("Lise Links");
        String title = uniqueTitle();
        String prefix = "Mål " + UUID.randomUUID().toString().substring(0, 8) + " ";
        String text = IntStream.range(0, bound + 5).mapToObj(i -> "[[" + prefix + i + "]]")
                .collect(Collectors.joining(" "));
        WikiPageView page = wiki.save(new WikiEdit(title, text, "Mange links", false, null));
        assertThat(countOf(page.html().html(), "<a href=")).isEqualTo(bound);
        assertThat(structure.whatLinksHere(prefix + (bound - 1))).extracting(WikiStructureService.LinkingPage::title)
                .containsExactly(title);
        assertThat(structure.whatLinksHere(prefix + bound)).isEmpty();
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void anyTwoRevisionsCanBeComparedWordByWordAndAnOldOneRestored() {
        String title = uniqueTitle();
        signedInAs("Gitte Gram");
        WikiPageView first = wiki.save(new WikiEdit(title, "Borgerne <b>ringer</b> ofte.\nSamme linje.", "", false, null));
        WikiPageView second = wiki.save(new WikiEdit(title, "Borgerne <b>skriver</b> ofte.\nSamme linje.\nNy linje.",
                "", false, first.version()));
        var history = wiki.history(title, 0, 10);
        long oldRevision = history.get(1).revision();
        long newRevision = history.get(0).revision();

        WikiDiff diff = wiki.diff(title, oldRevision, newRevision).orElseThrow();
        assertThat(diff.text().lines()).extracting(TextDiff.Line::change)
                .containsExactly(TextDiff.Change.CHANGED, TextDiff.Change.SAME, TextDiff.Change.ADDED);
        assertThat(diff.text().lines().getFirst().before().html()).contains("<del>ringer</del>").contains("&lt;b&gt;")
                .doesNotContain("<b>");
        assertThat(diff.text().lines().getFirst().after().html()).contains("<ins>skriver</ins>");
        assertThat(diff.text().inline().getFirst().html()).contains("<del>ringer</del>", "<ins>skriver</ins>");
        assertThat(wiki.diff(title, oldRevision, history("Hvad er offentlig innovation?"))).isEmpty();
        assertThat(wiki.diff("Hvad er offentlig innovation?", oldRevision, newRevision))
                .as("a difference worked out before is not given under another page's title").isEmpty();

        signedInAs("Hans Holm");
        WikiPageView restored = wiki.restore(title, oldRevision, second.version());
        assertThat(restored.content()).isEqualTo(first.content());
        assertThat(wiki.history(title, 0, 1).getFirst()).satisfies(line -> {
            assertThat(line.author()).isEqualTo("Hans Holm");
            assertThat(line.summary().phrase()).isEqualTo(Phrase.of("wiki.summary.restored", oldRevision));
        });
    }

    @Test
    void recentChangesAndContributionsFilterByPersonAndMinorEdits() {
        String title = uniqueTitle();
        long ida = signedInAs("Ida Iversen");
        WikiPageView page = wiki.save(new WikiEdit(title, "Kort", "Start", false, null));
        wiki.save(new WikiEdit(title, "Kort og godt", "Pynt", true, page.version()));

        var all = wiki.recentChanges(30, true, null, 500);
        assertThat(all).extracting(RecentChange::pageTitle).contains(title, "De syv principper");
        assertThat(all.getFirst()).satisfies(newest -> {
            assertThat(newest.pageTitle()).isEqualTo(title);
            assertThat(newest.minor()).isTrue();
            assertThat(newest.sizeChange()).isEqualTo(" og godt".length());
            assertThat(newest.author()).isEqualTo("Ida Iversen");
        });
        assertThat(wiki.recentChanges(7, false, null, 500)).noneMatch(RecentChange::minor);
        assertThat(wiki.recentChanges(7, true, ida, 500)).extracting(change -> change.summary().text())
                .containsExactly("Pynt", "Start");
    }

    @Test
    void savesPerPersonAreRateLimited() {
        String title = uniqueTitle();
        signedInAs("Jens Jensen");
        long version = wiki.save(new WikiEdit(title, "0", "", false, null)).version();
        for (int i = 1; i < 10; i++) {
            version = wiki.save(new WikiEdit(title, String.valueOf(i), "", false, version)).version();
        }
        long last = version;
        assertThatThrownBy(() -> wiki.save(new WikiEdit(title, "for meget", "", false, last)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("rate", "wiki.edit.rate-limited"));
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("9");

        signedInAs("Karen Krog");
        assertThat(wiki.save(new WikiEdit(uniqueTitle(), "En anden person må godt", "", false, null))).isNotNull();
    }

    private long history(String title) {
        return wiki.history(title, 0, 1).getFirst().revision();
    }

    @Test
    void anonymousVisitorsReadButCannotEdit() {
        signedIn.anonymous();
        assertThat(wiki.page("De syv principper")).isPresent();
        assertThatThrownBy(() -> wiki.save(new WikiEdit(uniqueTitle(), "x", "", false, null)))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void internalLinksPointToPagesAndMissingPagesGetRedLinksToTheirEditor() {
        String title = uniqueTitle();
        signedInAs("Finn Fisker");
        WikiPageView page = wiki.save(new WikiEdit(title,
                "Se [[De syv principper]] og [[Findes ikke endnu|en ny side]] og [[Smil :) igen]].", "", false, null));

        assertThat(page.html().html())
                .contains("<a href=\"/wiki/De_syv_principper\">De syv principper</a>")
                .contains("href=\"/wiki/Findes_ikke_endnu/rediger\"", ">en ny side</a>")
                .contains("href=\"/wiki/Smil_:%29_igen/rediger\"", ">Smil :) igen</a>");
    }

    /** A page read again is not parsed again, yet its links follow the pages they lead to as they come and go. */
    @Test
    void aRedLinkLeadsToThePageOnceItIsCreatedAlsoOnAPageReadBefore() {
        String title = uniqueTitle();
        String target = uniqueTitle();
        signedInAs("Rita Rød");
        wiki.save(new WikiEdit(title, "Se [[" + target + "]].", "", false, null));
        String editorLink = "href=\"/" + WikiRoutes.edit(target) + "\"";
        String pageLink = "href=\"/" + WikiRoutes.page(target) + "\"";
        assertThat(wiki.page(title).orElseThrow().html().html()).contains(editorLink);

        wiki.save(new WikiEdit(target, "Nu findes den.", "", false, null));

        assertThat(wiki.page(title).orElseThrow().html().html()).contains(pageLink).doesNotContain(editorLink);
    }

    @Test
    void peopleCreatingDifferentPagesAtTheSameTimeDoNotDeadlock() throws Exception {
        int people = 4;
        int pagesEach = 8;
        String prefix = "Samtidig " + UUID.randomUUID().toString().substring(0, 8);
        List<Long> authors = IntStream.range(0, people)
                .mapToObj(i -> signedIn.newPerson("Samtidig " + i, Role.CITIZEN)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(people);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> created = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long author = authors.get(i);
            String own = prefix + " " + i;
            created.add(pool.submit(() -> {
                signedIn.as(author, own, Role.CITIZEN);
                start.await();
                for (int page = 0; page < pagesEach; page++) {
                    wiki.save(new WikiEdit(own + " side " + page, "Tekst " + page, "", false, null));
                }
                return pagesEach;
            }));
        }
        start.countDown();
        for (Future<Integer> done : created) {
            assertThat(done.get(60, TimeUnit.SECONDS)).isEqualTo(pagesEach);
        }
        pool.shutdown();
        assertThat(wiki.allTitles().stream().filter(title -> title.startsWith(prefix))).hasSize(people * pagesEach);
    }
}
