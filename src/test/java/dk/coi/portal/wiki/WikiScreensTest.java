package dk.coi.portal.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The read models of the wiki's screens: what a screen shows, and what the person may do, from one call. */
@PortalTest
class WikiScreensTest {

    @Autowired
    WikiScreens screens;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiStewardshipService stewardship;
    @Autowired
    WikiTalkService talk;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate database;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private static String uniqueTitle(String start) {
        return start + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPageScreenOffersWhatTheServicesAllowEachPerson() {
        signedIn.newPerson("Sofie Stab", Role.COI_STAFF);
        String title = uniqueTitle("Skærmside");
        wiki.save(new WikiEdit(title, "Tekst [[Kategori:Skærme]]", "Start", false, null));
        talk.comment(title, null, "En kommentar");
        stewardship.protect(title, PageProtection.NONE, true, "Officiel");

        PageScreen asStaff = screens.page(title);
        assertThat(asStaff.may()).isEqualTo(new PageActions(true, false, true, true, true, false));
        assertThat(asStaff.talkComments()).isEqualTo(1);

        signedIn.newPerson("Eigil Employee", Role.EMPLOYEE);
        assertThat(screens.page(title).may()).as("a reviewed page: edits wait, moving is for staff")
                .isEqualTo(new PageActions(true, true, false, false, true, false));

        signedIn.anonymous();
        PageScreen anonymous = screens.page(title);
        assertThat(anonymous.may()).isEqualTo(new PageActions(false, false, false, false, false, false));
        assertThat(anonymous.page()).get().extracting(WikiPageView::content).isEqualTo("Tekst [[Kategori:Skærme]]");
        assertThat(screens.page("Kategori:Skærme").categoryMembers()).contains(title);
        assertThat(screens.page(uniqueTitle("Findes ikke")).page()).isEmpty();
    }

    @Test
    void aMissingPageMayBeStartedBySignedInPeopleUnderAUsableTitle() {
        signedIn.newPerson("Carl Citizen", Role.CITIZEN);
        assertThat(screens.page(uniqueTitle("Ny side")).may().create()).isTrue();
        assertThat(screens.page("Ny; side").may().create()).isFalse();
        signedIn.anonymous();
        assertThat(screens.page(uniqueTitle("Ny side")).may().create()).isFalse();
    }

    @Test
    void aDiffScreenDescribesBothRevisionsAndTheComparisonsBeforeAndAfter() {
        long author = signedIn.newPerson("Dorthe Diff", Role.CITIZEN);
        String title = uniqueTitle("Forskelside");
        long version = wiki.save(new WikiEdit(title, "Første", "Start", false, null)).version();
        version = wiki.save(new WikiEdit(title, "Første\nAnden", "Mere", false, version)).version();
        wiki.save(new WikiEdit(title, "Første\nAnden\nTredje", "Endnu mere", true, version));
        var history = wiki.history(title, 0, 10);
        long first = history.get(2).revision();
        long second = history.get(1).revision();
        long third = history.get(0).revision();

        DiffScreen middle = screens.diff(title, 0, second).orElseThrow();
        assertThat(middle.from().revision()).isEqualTo(first);
        assertThat(middle.to()).satisfies(to -> {
            assertThat(to.authorId()).isEqualTo(author);
            assertThat(to.summary().text()).isEqualTo("Mere");
            assertThat(to.sizeChange()).isEqualTo("\nAnden".length());
        });
        assertThat(middle.older()).isEqualTo(new DiffScreen.Comparison(0, first));
        assertThat(middle.newer()).isEqualTo(new DiffScreen.Comparison(second, third));
        assertThat(middle.text().hunks(3)).hasSize(1);

        DiffScreen creation = screens.diff(title, 0, first).orElseThrow();
        assertThat(creation.from()).isNull();
        assertThat(creation.older()).isNull();
        assertThat(screens.diff(title, 0, third).orElseThrow().newer()).isNull();
        assertThat(screens.diff(title, first, third + 1000)).isEmpty();
    }

    @Test
    void recentChangesLinkEachEditToItsDiffAndShowMovesProtectionsAndDeletionsBetweenThem() {
        long staff = signedIn.newPerson("Rasmus Redaktør", Role.COI_STAFF);
        String title = uniqueTitle("Seneste");
        String moved = uniqueTitle("Seneste flyttet");
        wiki.save(new WikiEdit(title, "Første", "Start", false, null));
        WikiPageView edited = wiki.save(new WikiEdit(title, "Anden", "Ret", false, wiki.page(title).orElseThrow().version()));
        stewardship.move(title, moved, false, "Bedre titel", edited.version());
        stewardship.protect(moved, PageProtection.STAFF, true, "Hærværk");
        stewardship.delete(moved, "Dublet");
        stewardship.undelete(moved, "Alligevel nyttig");

        RecentChangesScreen screen = screens.recentChanges(RecentChangesQuery.lastDays(1, 200).by(staff));

        assertThat(screen.latestInstead()).isFalse();
        assertThat(screen.mayPatrol()).isTrue();
        assertThat(screen.people()).containsEntry(staff, "Rasmus Redaktør");
        assertThat(screen.activity()).extracting(RecentActivity::time)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(screen.activity()).filteredOn(WikiLogLine.class::isInstance).map(WikiLogLine.class::cast)
                .extracting(WikiLogLine::kind, WikiLogLine::reason).containsExactly(
                        tuple(WikiLogAction.UNDELETE.kind(), "Alligevel nyttig"),
                        tuple(WikiLogAction.DELETE.kind(), "Dublet"), tuple(WikiLogAction.PROTECT.kind(), "Hærværk"),
                        tuple(WikiLogAction.MOVE.kind(), "Bedre titel"));
        List<RecentChange> edits = screen.activity().stream().filter(RecentChange.class::isInstance)
                .map(RecentChange.class::cast).toList();
        assertThat(edits).as("a move and an undeletion show once, as their log lines").hasSize(2);
        RecentChange created = edits.getLast();
        assertThat(created.createdThePage()).isTrue();
        assertThat(edits.getFirst().previousRevision()).as("the edit's diff is to the page's first revision")
                .isEqualTo(created.revision());
        assertThat(screens.history(moved, 0, 50).lines()).as("the page's history keeps their revisions").hasSize(4);

        assertThat(screens.history(moved, 0, 50).mayRollback()).isTrue();
        signedIn.anonymous();
        RecentChangesScreen anonymous = screens.recentChanges(RecentChangesQuery.lastDays(1, 200).by(staff)
                .unpatrolled());
        assertThat(anonymous.mayPatrol()).isFalse();
        assertThat(anonymous.activity()).as("patrol status is for staff: the filter is ignored").hasSize(6);
        assertThat(screens.history(moved, 0, 50).mayRollback()).isFalse();
    }

    @Test
    void recentChangesInACategoryShowOnlyTheLogLinesOfItsPages() {
        long staff = signedIn.newPerson("Kirsten Kategori", Role.COI_STAFF);
        String category = uniqueTitle("Logkategori");
        String inside = uniqueTitle("I kategorien");
        String outside = uniqueTitle("Uden for kategorien");
        wiki.save(new WikiEdit(inside, "Tekst [[Kategori:" + category + "]]", "Start", false, null));
        wiki.save(new WikiEdit(outside, "Tekst", "Start", false, null));
        stewardship.protect(inside, PageProtection.STAFF, false, "Inde");
        stewardship.protect(outside, PageProtection.STAFF, false, "Ude");

        RecentChangesScreen screen = screens.recentChanges(RecentChangesQuery.lastDays(1, 200).by(staff)
                .inCategory(category));

        assertThat(screen.activity()).filteredOn(WikiLogLine.class::isInstance).map(WikiLogLine.class::cast)
                .extracting(WikiLogLine::pageTitle, WikiLogLine::reason).containsExactly(tuple(inside, "Inde"));
    }

    @Test
    void anEmptyPeriodShowsTheLatestChangesInsteadSoAFreshInstallIsNeverEmpty() {
        long author = signedIn.newPerson("Olga Oldtid", Role.EMPLOYEE);
        String title = uniqueTitle("Gammel ændring");
        wiki.save(new WikiEdit(title, "Skrevet for længe siden", "Start", false, null));
        long revision = wiki.history(title, 0, 1).getFirst().revision();
        database.update("update revision set created_at = ? where id = ?",
                Instant.now().minus(Duration.ofDays(40)).toEpochMilli(), revision);

        RecentChangesScreen screen = screens.recentChanges(RecentChangesQuery.lastDays(30, 200).by(author));

        assertThat(screen.latestInstead()).isTrue();
        assertThat(screen.activity()).singleElement().isInstanceOfSatisfying(RecentChange.class,
                change -> assertThat(change.pageTitle()).isEqualTo(title));
        assertThat(screen.people()).containsEntry(author, "Olga Oldtid");

        wiki.save(new WikiEdit(title, "Og i dag", "Mere", false, wiki.page(title).orElseThrow().version()));
        RecentChangesScreen recent = screens.recentChanges(RecentChangesQuery.lastDays(30, 200).by(author));
        assertThat(recent.latestInstead()).isFalse();
        assertThat(recent.activity()).hasSize(1);

        // Filters that match nothing ever: no "the latest instead" over an empty list, only that there is nothing.
        RecentChangesScreen nothing = screens.recentChanges(RecentChangesQuery.lastDays(30, 200)
                .by(signedIn.newPerson("Ingen Ændringer", Role.EMPLOYEE)));
        assertThat(nothing.activity()).isEmpty();
        assertThat(nothing.latestInstead()).isFalse();
    }
}
