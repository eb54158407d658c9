package dk.coi.portal.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.events.FlakyListener.TestPing;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event backbone on the real database: a module listener that throws neither undoes nor disturbs the
 * change that published the event, and its publication stays in the registry until it is handed over again.
 */
@PortalTest
class EventBackboneTest {

    @Autowired
    FlakyListener listener;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    WikiService wiki;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate database;

    @AfterEach
    void clear() {
        listener.failFromNowOn(true);
        signedIn.clear();
    }

    private int waitingPublications(String text) {
        return database.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and event_type like '%TestPing' and serialized_event like ?", Integer.class, "%" + text + "%");
    }

    @Test
    void aFailingListenerLeavesTheChangeStandingAndItsPublicationIsRetried() {
        String marker = UUID.randomUUID().toString();
        String title = "Hændelse " + marker.substring(0, 8);
        signedIn.newPerson("Hanne Hændelse", Role.EMPLOYEE);

        // The save and the event in one transaction; the listener fails after the commit, on its own thread.
        transaction.executeWithoutResult(status -> {
            wiki.save(new WikiEdit(title, "Tekst", "Ny side", false, null));
            events.publishEvent(new TestPing(marker));
        });

        assertThat(wiki.page(title)).as("the edit stands").isPresent();
        await().atMost(Duration.ofSeconds(20)).until(() -> listener.failedOn(marker));
        assertThat(waitingPublications(marker)).as("kept for another try").isEqualTo(1);
        assertThat(listener.received(marker)).isFalse();

        listener.failFromNowOn(false);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof TestPing ping
                && ping.text().equals(marker));

        await().atMost(Duration.ofSeconds(20)).until(() -> listener.received(marker));
        await().atMost(Duration.ofSeconds(20)).until(() -> waitingPublications(marker) == 0);
    }
}
