package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.PersonId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.PersonMerged;
import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiWatchService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Two person rows found to be one human: the watchlist moves to the one who remains, after the merge commits. */
@PortalTest
class WikiPeopleMergedTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiWatchService watchlist;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;


    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private String pageWatchedBy(TestPerson person, FollowPeriod period) {
        signedIn.as(person, Role.EMPLOYEE);
        String title = "Fletning " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst", "Ny side", false, null));
        watchlist.watch(title, period, PortalLocales.DANISH);
        return title;
    }

    @Test
    void theMergedPersonsWatchlistJoinsTheRemainingPersonsOwnChoicesWin() {
        TestPerson merged = signedIn.signUp("Keycloak Karin");
        TestPerson remaining = signedIn.signUp("Lokal Karin");
        String onlyMerged = pageWatchedBy(merged, FollowPeriod.PERMANENT);
        String both = pageWatchedBy(remaining, FollowPeriod.PERMANENT);
        signedIn.as(merged, Role.EMPLOYEE);
        watchlist.watch(both, FollowPeriod.ONE_WEEK, PortalLocales.DANISH);

        transaction.executeWithoutResult(status ->
                events.publishEvent(new PersonMerged(PersonId.of(merged.id()), PersonId.of(remaining.id()))));

        signedIn.as(remaining, Role.EMPLOYEE);
        // The listener runs after the merge commits; the watchlist is read as the signed-in person, on this thread.
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> watchlist.watching(onlyMerged).isPresent());
        assertThat(watchlist.watching(both)).as("kept for good, as chosen")
                .hasValueSatisfying(page -> assertThat(page.expiresAt()).isNull());
        signedIn.as(merged, Role.EMPLOYEE);
        assertThat(watchlist.watchlist()).isEmpty();
    }
}
