package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.IdeaCarriedOn;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff's review screen is one read (decision 006): the ideas waiting for a case draft, the submitted cases and the
 * published cases changed since staff looked, each line naming its workplace as the register names it now; anyone
 * but staff is told they may not review, with nothing listed and nothing refused on the way.
 */
@PortalTest
class CaseReviewsTest {

    @Autowired
    CaseReviews reviews;
    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationStewardship stewardship;
    @Autowired
    IdeaService ideas;
    @Autowired
    TestStorms testStorms;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private long version(CaseId id) {
        return cases.screen(id).orElseThrow().version();
    }

    @Test
    void staffSeeEverythingWaitingForThemInOneReadAndOthersNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        OrganisationId aarhus = organisations.municipalities().stream().filter(found -> found.code() == 751)
                .findFirst().orElseThrow().id();
        long owner = signedIn.newPerson("Olga Ejer", Role.EMPLOYEE);
        OrganisationId unit = organisations.addUnit(new NewUnit("Gennemsynslab " + run, aarhus, null));
        CaseId submitted = cases.register(TestCaseDrafts.draft("Venter på gennemsyn " + run, "Sendt.", unit));
        cases.submit(submitted);
        CaseId changed = cases.register(TestCaseDrafts.draft("Ændret efter udgivelse " + run, "Først.", unit));
        cases.submit(changed);
        StormId storm = testStorms.storm("Gennemsyn " + run).start();
        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        IdeaId idea = ideas.submit(storm, new IdeaDraft("Idé til gennemsyn " + run, "Beskrivelse.", null));
        long staff = signedIn.newPerson("Sune Staff", Role.COI_STAFF);
        cases.publish(changed, version(changed));
        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaCarriedOn(idea, storm,
                "Idé til gennemsyn " + run, "Videre.", PersonId.of(staff), clock.instant())));
        stewardship.amend(unit, "Gennemsynsværkstedet " + run, null, organisations.screen(unit).orElseThrow().version(),
                null);
        signedIn.as(owner, "Olga Ejer", Role.EMPLOYEE);
        cases.edit(changed, TestCaseDrafts.draft("Ændret efter udgivelse " + run, "Siden.", unit), version(changed));
        assertThat(reviews.screen()).as("an employee may not review").isEqualTo(CaseReviewScreen.REFUSED);

        signedIn.as(staff, "Sune Staff", Role.COI_STAFF);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> reviews.screen().ideasWaiting()
                .stream().anyMatch(waiting -> waiting.idea().equals(idea)));
        CaseReviewScreen screen = reviews.screen();
        assertThat(screen.mayReview()).isTrue();
        CaseLine waiting = screen.submitted().stream().filter(line -> line.id().equals(submitted)).findFirst()
                .orElseThrow();
        assertThat(waiting.organisationName()).as("the register's name now").isEqualTo("Gennemsynsværkstedet " + run);
        assertThat(screen.changed()).filteredOn(line -> line.id().equals(changed)).extracting(
                ChangedCase::organisationName).containsExactly("Gennemsynsværkstedet " + run);
        signedIn.anonymous();
        assertThat(reviews.screen()).isEqualTo(CaseReviewScreen.REFUSED);
    }
}
