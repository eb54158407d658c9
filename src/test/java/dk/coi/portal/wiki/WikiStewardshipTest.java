package dk.coi.portal.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.shared.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Links, categories, moving, protection, review, deletion, rollback and patrolling, on the real database. */
@PortalTest
class WikiStewardshipTest {

    @Autowired
    WikiService wiki;
    @Autowired
    WikiStructureService structure;
    @Autowired
    WikiStewardshipService stewardship;
    @Autowired
    WikiReviewService review;
    @Autowired
    SignedIn signedIn;
    @Autowired
    PersonalDataService personalData;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private long signedInAs(String name, Role role) {
        return signedIn.newPerson(name, role);
    }

    private static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private WikiPageView create(String title, String content) {
        return wiki.save(new WikiEdit(title, content, "ny", false, null));
    }

    private WikiPageView edit(String title, String content) {
        return wiki.save(new WikiEdit(title, content, "ret", false, wiki.page(title).orElseThrow().version()));
    }

    @Test
    void aFreshInstallsLogShowsTheDemoMoveAndItsRedirect() {
        signedIn.anonymous();
        assertThat(stewardship.log(500)).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(WikiLogAction.MOVE.kind());
            assertThat(line.pageTitle()).isEqualTo("Borgerbudgetter");
            assertThat(line.person()).startsWith("Camilla COI");
        });
        assertThat(wiki.page("Borgerbudgetter i kommunerne")).hasValueSatisfying(redirect ->
                assertThat(redirect.content()).isEqualTo("#OMDIRIGER [[Borgerbudgetter]]"));
    }

    @Test
    void linksAndCategoriesComeFromTheTextAndCategoryPagesListTheirMembers() {
        signedInAs("Lone Link", Role.EMPLOYEE);
        String target = uniqueTitle("Mål");
        String category = uniqueTitle("Kat");
        String source = uniqueTitle("Kilde");
        create(source, "Se [[" + target + "|målet]] og [[:Kategori:" + category + "]].\n\n[[Kategori:" + category + "]]");

        assertThat(structure.whatLinksHere(target)).containsExactly(new WikiStructureService.LinkingPage(source, false));
        assertThat(structure.categoryMembers(category)).containsExactly(source);
        WikiPageView page = wiki.page(source).orElseThrow();
        assertThat(page.categories()).containsExactly(category);
        assertThat(page.html().html()).contains(">målet</a>").doesNotContain("[[Kategori:")
                .contains("Kategori:" + category);

        edit(source, "Ingen links mere.");
        assertThat(structure.whatLinksHere(target)).isEmpty();
        assertThat(structure.categoryMembers(category)).isEmpty();
    }

    @Test
    void movingKeepsTheHistoryAndLeavesARedirectButNeverOverwritesAnotherPage() {
        signedInAs("Mette Mover", Role.EMPLOYEE);
        String old = uniqueTitle("Gammel");
        String taken = uniqueTitle("Optaget");
        create(old, "Første tekst");
        edit(old, "Anden tekst");
        create(taken, "Findes allerede");
        long version = wiki.page(old).orElseThrow().version();

        assertThatThrownBy(() -> stewardship.move(old, taken, true, "", version))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("newTitle", "wiki.move.target-exists"));
        assertThatThrownBy(() -> stewardship.move(old, "a|b", true, "", version))
                .isInstanceOf(InvalidInputException.class);
        assertThat(wiki.page(taken).orElseThrow().content()).isEqualTo("Findes allerede");

        String renamed = uniqueTitle("Ny");
        stewardship.move(old, renamed, true, "Bedre titel", version);

        assertThat(wiki.page(renamed).orElseThrow().content()).isEqualTo("Anden tekst");
        assertThat(wiki.history(renamed, 0, 10)).hasSize(3).first().extracting(line -> line.summary().phrase())
                .isEqualTo(Phrase.of("wiki.summary.moved-because", old, renamed, "Bedre titel"));
        assertThat(wiki.page(old).orElseThrow().redirectTarget()).isEqualTo(renamed);
        assertThat(structure.whatLinksHere(renamed)).containsExactly(new WikiStructureService.LinkingPage(old, true));
        assertThat(stewardship.log(5)).first().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(WikiLogAction.MOVE.kind());
            assertThat(line.person()).isEqualTo("Mette Mover");
        });
    }

    private static void assertRefused(ThrowingCallable action, String field, String key) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.fieldMessageKeys()).containsEntry(field, key));
    }

    @Test
    void onlyStaffMoveAReviewedOrProtectedPageAndItsRedirectKeepsTheOfficialAddressGuarded() {
        signedInAs("Stine Stab", Role.COI_STAFF);
        String reviewed = uniqueTitle("Officiel adresse");
        String protectedPage = uniqueTitle("Beskyttet adresse");
        create(reviewed, "Officiel tekst");
        create(protectedPage, "Beskyttet tekst");
        stewardship.protect(reviewed, PageProtection.NONE, true, "Officiel side");
        stewardship.protect(protectedPage, PageProtection.STAFF, false, "Hærværk");

        signedInAs("Ulla Uden Ret", Role.EMPLOYEE);
        String elsewhere = uniqueTitle("Andetsteds");
        for (String title : List.of(reviewed, protectedPage)) {
            long version = wiki.page(title).orElseThrow().version();
            assertRefused(() -> stewardship.move(title, elsewhere, true, "", version), "title", "wiki.move.staff-only");
            assertRefused(() -> stewardship.move(title, elsewhere, false, "", version), "title",
                    "wiki.move.staff-only");
        }
        assertThat(wiki.page(elsewhere)).isEmpty();
        assertThat(wiki.page(reviewed).orElseThrow().content()).isEqualTo("Officiel tekst");

        signedInAs("Stine Stab", Role.COI_STAFF);
        String reviewedMoved = uniqueTitle("Officiel ny");
        String protectedMoved = uniqueTitle("Beskyttet ny");
        stewardship.move(reviewed, reviewedMoved, true, "Ny titel", wiki.page(reviewed).orElseThrow().version());
        stewardship.move(protectedPage, protectedMoved, true, "", wiki.page(protectedPage).orElseThrow().version());
        assertThat(wiki.page(reviewedMoved).orElseThrow().reviewRequired()).isTrue();
        assertThat(wiki.page(protectedMoved).orElseThrow().protection()).isEqualTo(PageProtection.STAFF);
        WikiPageView reviewedRedirect = wiki.page(reviewed).orElseThrow();
        assertThat(reviewedRedirect.redirectTarget()).isEqualTo(reviewedMoved);
        assertThat(reviewedRedirect.reviewRequired()).isTrue();
        assertThat(reviewedRedirect.protection()).isEqualTo(PageProtection.NONE);
        WikiPageView protectedRedirect = wiki.page(protectedPage).orElseThrow();
        assertThat(protectedRedirect.protection()).isEqualTo(PageProtection.STAFF);
        assertThat(protectedRedirect.reviewRequired()).isFalse();
        assertThat(stewardship.log(10)).filteredOn(line -> line.kind().equals(WikiLogAction.PROTECT.kind()))
                .extracting(WikiLogLine::pageTitle, WikiLogLine::facts).startsWith(
                        tuple(protectedPage, Phrase.of("wiki.log.protection-of-redirect",
                                Phrase.of("wiki.protection.staff"), Phrase.of("wiki.log.not-reviewed"), protectedMoved)),
                        tuple(reviewed, Phrase.of("wiki.log.protection-of-redirect",
                                Phrase.of("wiki.protection.none"), Phrase.of("wiki.log.reviewed"), reviewedMoved)));

        signedInAs("Ulla Uden Ret", Role.EMPLOYEE);
        EditOutcome takeover = wiki.submit(new WikiEdit(reviewed, "Min egen tekst", "", false,
                reviewedRedirect.version()));
        assertThat(takeover).isInstanceOf(EditOutcome.AwaitingReview.class);
        assertThat(wiki.page(reviewed).orElseThrow().redirectTarget()).isEqualTo(reviewedMoved);
        assertRefused(() -> wiki.submit(new WikiEdit(protectedPage, "Min egen tekst", "", false,
                protectedRedirect.version())), "content", "wiki.edit.protected");
        assertThat(wiki.page(protectedPage).orElseThrow().redirectTarget()).isEqualTo(protectedMoved);
    }

    @Test
    void theLongestReasonIsKeptWholeBesideBothTitlesAndATooLongOneMovesNothing() {
        signedInAs("Lars Lang", Role.COI_STAFF);
        String old = uniqueTitle("Lang begrundelse " + "æ".repeat(150));
        create(old, "Tekst");
        long version = wiki.page(old).orElseThrow().version();
        String renamed = uniqueTitle("Nyt navn " + "ø".repeat(150));

        assertRefused(() -> stewardship.move(old, renamed, true, "x".repeat(Reason.MAX_LENGTH + 1), version),
                "reason", "reason.too-long");
        assertThat(wiki.page(renamed)).isEmpty();
        assertThat(wiki.history(old, 0, 10)).hasSize(1);

        // The titles and the reason are kept apart (a phrase and the reason), so nothing is cut short.
        String longestReason = "x".repeat(Reason.MAX_LENGTH);
        stewardship.move(old, renamed, true, longestReason, version);
        assertThat(wiki.history(renamed, 0, 1).getFirst().summary().phrase())
                .isEqualTo(Phrase.of("wiki.summary.moved-because", old, renamed, longestReason));
        assertThat(stewardship.log(5)).filteredOn(line -> line.kind().equals(WikiLogAction.MOVE.kind())).first()
                .satisfies(line -> {
                    assertThat(line.facts()).isEqualTo(Phrase.of("wiki.summary.moved", old, renamed));
                    assertThat(line.reason()).isEqualTo(longestReason);
                });
    }

    @Test
    void reasonsRefuseBrokenAndHiddenCharacters() {
        signedInAs("Rikke Retning", Role.COI_STAFF);
        String title = uniqueTitle("Begrundelse");
        create(title, "Tekst");
        long version = wiki.page(title).orElseThrow().version();
        assertRefused(() -> stewardship.protect(title, PageProtection.STAFF, false, "ok \u202Etxt.exe"), "reason",
                "input.invisible-characters");
        assertRefused(() -> stewardship.delete(title, "nul\u200Bbredde"), "reason", "input.invisible-characters");
        assertRefused(() -> stewardship.move(title, uniqueTitle("Ny"), true, "halv \uD800", version), "reason",
                "input.broken-characters");
        WikiPageView unchanged = wiki.page(title).orElseThrow();
        assertThat(unchanged.protection()).isEqualTo(PageProtection.NONE);
        assertThat(unchanged.deleted()).isFalse();
        assertThat(wiki.history(title, 0, 10)).hasSize(1);
    }

    @Test
    void aProtectedPageIsEditedByStaffOnlyAndOnlyStaffProtect() {
        signedInAs("Pia Person", Role.EMPLOYEE);
        String title = uniqueTitle("Beskyttet");
        create(title, "Original");
        assertThatThrownBy(() -> stewardship.protect(title, PageProtection.STAFF, false, "Hærværk"))
                .isInstanceOf(AuthorizationDeniedException.class);

        signedInAs("Stine Stab", Role.COI_STAFF);
        assertThatThrownBy(() -> stewardship.protect(title, PageProtection.STAFF, false, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("reason", "reason.required"));
        stewardship.protect(title, PageProtection.STAFF, false, "Hærværk");

        signedInAs("Pia Person", Role.EMPLOYEE);
        assertThatThrownBy(() -> edit(title, "Ødelagt"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("content", "wiki.edit.protected"));
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Original");

        signedInAs("Stine Stab", Role.COI_STAFF);
        assertThat(edit(title, "Rettet af redaktionen").content()).isEqualTo("Rettet af redaktionen");
    }

    @Test
    void changesToAnOfficialPageWaitForStaffReviewAndArePublishedInTheAuthorsName() {
        signedInAs("Stine Stab", Role.COI_STAFF);
        String title = uniqueTitle("Officiel");
        create(title, "Officiel tekst");
        stewardship.protect(title, PageProtection.NONE, true, "Officiel side");

        long author = signedInAs("Ole Oprigtig", Role.EMPLOYEE);
        long version = wiki.page(title).orElseThrow().version();
        EditOutcome outcome = wiki.submit(new WikiEdit(title, "Officiel tekst, forbedret", "Forbedring", false, version));
        assertThat(outcome).isInstanceOf(EditOutcome.AwaitingReview.class);
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Officiel tekst");
        assertThat(review.pendingCount(title)).isEqualTo(1);
        assertThatThrownBy(() -> review.pending(null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> wiki.save(new WikiEdit(title, "Udenom", "", false, version)))
                .isInstanceOf(InvalidInputException.class);

        signedInAs("Stine Stab", Role.COI_STAFF);
        PendingEdit pending = review.pending(title).getFirst();
        assertThat(pending.author()).isEqualTo("Ole Oprigtig");
        assertThat(review.diff(pending.id()).text().inline().toString()).contains("<ins>");
        review.accept(pending.id(), "Fint");

        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Officiel tekst, forbedret");
        HistoryLine published = wiki.history(title, 0, 1).getFirst();
        assertThat(published.authorId()).isEqualTo(author);
        assertThat(published.summary().text()).isEqualTo("Forbedring");
        assertThatThrownBy(() -> review.accept(pending.id(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("review", "wiki.review.already-decided"));

        long secondAuthor = signedInAs("Ole Oprigtig", Role.EMPLOYEE);
        long second = ((EditOutcome.AwaitingReview) wiki.submit(new WikiEdit(title, "Endnu en", "", false,
                wiki.page(title).orElseThrow().version()))).pendingEditId();
        signedInAs("Stine Stab", Role.COI_STAFF);
        assertThatThrownBy(() -> review.reject(second, "")).isInstanceOf(InvalidInputException.class);
        review.reject(second, "Ikke korrekt");
        assertThat(review.pendingCount(title)).isZero();
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Officiel tekst, forbedret");

        signedIn.as(secondAuthor, "Ole Oprigtig", Role.EMPLOYEE);
        assertThat(review.myProposals()).singleElement().satisfies(proposal -> {
            assertThat(proposal.status()).isEqualTo(ReviewStatus.REJECTED);
            assertThat(proposal.note()).isEqualTo("Ikke korrekt");
            assertThat(proposal.pageTitle()).isEqualTo(title);
        });
        signedIn.as(author, "Ole Oprigtig", Role.EMPLOYEE);
        assertThat(review.myProposals()).extracting(Proposal::status).containsExactly(ReviewStatus.ACCEPTED);
        assertThat(new String(personalData.exportCurrentPerson(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"proposals\"", "Officiel tekst, forbedret", "ACCEPTED");
    }

    @Test
    void aDeletedPageIsHiddenFromReadersAndEditorsUntilStaffUndeleteIt() {
        signedInAs("Stine Stab", Role.COI_STAFF);
        String title = uniqueTitle("Slettes");
        create(title, "Hemmelig tekst");
        assertRefused(() -> stewardship.delete(title, ""), "reason", "reason.required");
        assertRefused(() -> stewardship.delete(title, "x".repeat(Reason.MAX_LENGTH + 1)), "reason",
                "reason.too-long");
        stewardship.delete(title, "Spam");
        assertThat(stewardship.deletedPages()).contains(title);
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Hemmelig tekst");

        signedInAs("Ulla Ukendt", Role.CITIZEN);
        WikiPageView hidden = wiki.page(title).orElseThrow();
        assertThat(hidden.deleted()).isTrue();
        assertThat(hidden.content()).isEmpty();
        assertThat(wiki.allTitles()).doesNotContain(title);
        assertThat(wiki.history(title, 0, 10)).isEmpty();
        assertThatThrownBy(() -> wiki.save(new WikiEdit(title, "Ny tekst", "", false, hidden.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("title", "wiki.edit.page-deleted"));
        assertThatThrownBy(() -> stewardship.undelete(title, "")).isInstanceOf(AuthorizationDeniedException.class);

        long staff = signedInAs("Stine Stab", Role.COI_STAFF);
        assertRefused(() -> stewardship.undelete(title, " "), "reason", "reason.required");
        assertRefused(() -> stewardship.undelete(title, "skjult\u202Etegn"), "reason", "input.invisible-characters");
        assertRefused(() -> stewardship.undelete(title, "x".repeat(Reason.MAX_LENGTH + 1)), "reason",
                "reason.too-long");
        assertThat(wiki.page(title).orElseThrow().deleted()).as("a refused reason undeletes nothing").isTrue();
        stewardship.undelete(title, "Fejl");
        assertThat(stewardship.log(2)).extracting(WikiLogLine::kind, WikiLogLine::reason)
                .containsExactly(tuple(WikiLogAction.UNDELETE.kind(), "Fejl"), tuple(WikiLogAction.DELETE.kind(), "Spam"));
        assertThat(wiki.history(title, 0, 10)).as("the undeletion is an edit by staff with the reason as summary")
                .hasSize(2).first().satisfies(line -> {
                    assertThat(line.authorId()).isEqualTo(staff);
                    assertThat(line.summary().phrase()).isEqualTo(Phrase.of("wiki.summary.undeleted", "Fejl"));
                    assertThat(line.sizeChange()).isZero();
                });
        signedIn.anonymous();
        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("Hemmelig tekst");
    }

    @Test
    void rollbackRevertsEveryLatestEditByOnePersonAndPatrolsThem() {
        signedInAs("Rie Rigtig", Role.EMPLOYEE);
        String title = uniqueTitle("Tilbagefør");
        create(title, "God tekst");
        long vandal = signedInAs("Vera Vandal", Role.CITIZEN);
        edit(title, "Dårlig tekst");
        edit(title, "Endnu værre tekst");

        signedInAs("Stine Stab", Role.COI_STAFF);
        List<RecentChange> unpatrolled = wiki.recentChanges(RecentChangesQuery.lastDays(1, 500).by(vandal).unpatrolled());
        assertThat(unpatrolled).hasSize(2);
        long latest = wiki.history(title, 0, 1).getFirst().revision();
        assertThatThrownBy(() -> stewardship.rollback(title, latest - 1)).isInstanceOf(EditConflictException.class);
        stewardship.rollback(title, latest);

        assertThat(wiki.page(title).orElseThrow().content()).isEqualTo("God tekst");
        assertThat(wiki.recentChanges(RecentChangesQuery.lastDays(1, 500).by(vandal).unpatrolled())).isEmpty();
        assertThat(wiki.history(title, 0, 1).getFirst().summary().phrase()).as("no name in the summary")
                .isEqualTo(Phrase.of("wiki.summary.rolled-back", wiki.history(title, 0, 4).get(3).revision()));

        String alone = uniqueTitle("Alene");
        create(alone, "Kun én forfatter");
        long only = wiki.history(alone, 0, 1).getFirst().revision();
        assertThatThrownBy(() -> stewardship.rollback(alone, only))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .containsEntry("rollback", "wiki.rollback.only-author"));
    }

    @Test
    void staffEditsArePatrolledAndOthersCanBeMarkedPatrolled() {
        signedInAs("Stine Stab", Role.COI_STAFF);
        String title = uniqueTitle("Patrulje");
        create(title, "Af redaktionen");
        long staffRevision = wiki.history(title, 0, 1).getFirst().revision();
        signedInAs("Carl Citizen", Role.CITIZEN);
        edit(title, "Af en borger");
        long citizenRevision = wiki.history(title, 0, 1).getFirst().revision();
        assertThatThrownBy(() -> stewardship.markPatrolled(citizenRevision))
                .isInstanceOf(AuthorizationDeniedException.class);

        signedInAs("Stine Stab", Role.COI_STAFF);
        assertThat(wiki.recentChanges(RecentChangesQuery.lastDays(1, 500).unpatrolled()))
                .extracting(RecentChange::revision).contains(citizenRevision).doesNotContain(staffRevision);
        stewardship.markPatrolled(citizenRevision);
        assertThat(wiki.recentChanges(RecentChangesQuery.lastDays(1, 500).unpatrolled()))
                .extracting(RecentChange::revision).doesNotContain(citizenRevision);
    }

    @Test
    void recentChangesFilterByCategory() {
        signedInAs("Kim Kategori", Role.EMPLOYEE);
        String category = uniqueTitle("Filter");
        String inside = uniqueTitle("Inde");
        String outside = uniqueTitle("Ude");
        create(inside, "Tekst [[Kategori:" + category + "]]");
        create(outside, "Tekst");
        assertThat(wiki.recentChanges(RecentChangesQuery.lastDays(1, 500).inCategory(category)))
                .extracting(RecentChange::pageTitle).containsExactly(inside);
    }

    @Test
    void concurrentSavesOfOnePageNeverOverwriteEachOther() throws Exception {
        signedInAs("Tove Tråd", Role.EMPLOYEE);
        String title = uniqueTitle("Samtidig");
        long version = create(title, "Start").version();
        long first = signedInAs("Anne Først", Role.EMPLOYEE);
        long second = signedInAs("Bent Bagefter", Role.EMPLOYEE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long person : List.of(first, second)) {
                Callable<String> saving = () -> {
                    signedIn.as(person, "Person " + person, Role.EMPLOYEE);
                    start.await();
                    try {
                        wiki.save(new WikiEdit(title, "Tekst af " + person, "", false, version));
                        return "saved";
                    } catch (EditConflictException conflict) {
                        return "conflict";
                    } finally {
                        signedIn.clear();
                    }
                };
                results.add(pool.submit(saving));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("saved", "conflict");
        } finally {
            pool.shutdown();
        }
        assertThat(wiki.history(title, 0, 10)).hasSize(2);
    }
}
