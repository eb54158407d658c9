package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.IdeaCarriedOn;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaFollowUp;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * From idea to case: an idea carried on (a published {@link IdeaCarriedOn}, handled after its commit through the
 * event publication registry) waits for staff, who start the case form from it (title, summary from description and
 * answer, the storm's organisation from the register) and save one draft, once; the case names the idea and the
 * idea's page the case, each for those who may read the other; the draft stays listed for staff until it is
 * submitted. Only staff.
 */
@PortalTest
class IdeaCaseDraftsTest {

    @Autowired
    IdeaCaseDrafts drafts;
    @Autowired
    CaseService cases;
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

    @Test
    void staffMakeOneCaseDraftOfAnIdeaCarriedOnLinkedBothWays() {
        StormId storm = testStorms.storm("Idéer til landskabet").start();
        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        IdeaId idea = ideas.submit(storm, new IdeaDraft("Fælles kalender for praktikpladser",
                "Én kalender, som **alle** jobcentre kan se.", null));
        long staff = signedIn.newPerson("Sune Staff", Role.COI_STAFF);
        transaction.executeWithoutResult(status -> events.publishEvent(new IdeaCarriedOn(idea, storm,
                "Fælles kalender for praktikpladser", "Prøves i tre jobcentre.", PersonId.of(staff), clock.instant())));

        // Polled on this thread, which is signed in as staff.
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> drafts.waiting().stream()
                .anyMatch(waiting -> waiting.idea().equals(idea)));
        IdeaToCarryOn waiting = drafts.waiting().stream().filter(line -> line.idea().equals(idea)).findFirst()
                .orElseThrow();
        assertThat(waiting.stormTitle()).isEqualTo("Idéer til landskabet");
        CaseFromIdea start = drafts.start(idea).orElseThrow();
        assertThat(start.draft().title()).isEqualTo("Fælles kalender for praktikpladser");
        assertThat(start.draft().summary()).isEqualTo("Én kalender, som **alle** jobcentre kan se.");
        assertThat(start.organisation().name()).as("the storm's organisation, found in the register")
                .isEqualTo("Københavns Kommune");
        assertThat(start.draft().evidenceLevel()).as("an idea just carried on has not been evaluated")
                .isEqualTo(EvidenceLevel.NOT_EVALUATED);
        assertThat(drafts.madeFrom(idea)).isEmpty();
        assertThat(start.draft().contactPerson()).as("named before it is submitted, by whoever becomes it").isNull();

        CaseDraft completed = TestCaseDrafts.draft(start.draft().title() + " " + idea.value(),
                start.draft().summary(), start.draft().organisation());
        CaseId made = drafts.create(idea, completed);
        assertThat(drafts.waiting()).noneMatch(line -> line.idea().equals(idea));
        assertThat(drafts.start(idea)).isEmpty();
        assertThat(drafts.madeFrom(idea)).as("the idea's action leads to the case made").contains(
                CaseRoutes.edit(made));
        assertRefused(() -> drafts.create(idea, TestCaseDrafts.draft("Igen " + idea.value(), "Igen.",
                start.draft().organisation())), "landscape.from-idea.already-made");
        assertRefused(() -> drafts.create(IdeaId.of(-1), completed), "landscape.from-idea.unknown");

        CaseScreen kase = cases.screen(made).orElseThrow();
        assertThat(kase.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(kase.origin()).isEqualTo(new CaseOrigin("Fælles kalender for praktikpladser",
                "Idéer til landskabet", ideas.idea(storm, idea).orElseThrow().path()));
        assertThat(ideas.idea(storm, idea).orElseThrow().followUps()).containsExactly(new IdeaFollowUp(
                "landscape.from-idea.carried-on-as", kase.title(), kase.path()));
        signedIn.anonymous();
        assertThat(ideas.idea(storm, idea).orElseThrow().followUps()).as("a draft is not shown to readers")
                .isEmpty();

        signedIn.as(staff, "Sune Staff", Role.COI_STAFF);
        cases.edit(made, TestCaseDrafts.withContact(completed, null, null), cases.screen(made).orElseThrow()
                .version());
        assertThat(cases.draftsFromIdeas()).as("staff find the draft they saved").extracting(CaseLine::id)
                .contains(made);
        cases.edit(made, completed, cases.screen(made).orElseThrow().version());
        cases.submit(made);
        assertThat(cases.draftsFromIdeas()).as("submitted: in the review queue instead").extracting(CaseLine::id)
                .doesNotContain(made);
        cases.sendBack(made, cases.screen(made).orElseThrow().version(), "Mangler effekten.");
        assertThat(cases.draftsFromIdeas()).as("returned: with its editors again").extracting(CaseLine::id)
                .contains(made);
        cases.submit(made);
        cases.publish(made, cases.screen(made).orElseThrow().version());
        assertThat(cases.draftsFromIdeas()).extracting(CaseLine::id).doesNotContain(made);
        signedIn.anonymous();
        assertThat(ideas.idea(storm, idea).orElseThrow().followUps()).extracting(IdeaFollowUp::title)
                .containsExactly(kase.title());
        assertThat(cases.screen(made).orElseThrow().origin().ideaTitle())
                .isEqualTo("Fælles kalender for praktikpladser");
    }

    @Test
    void onlyStaffSeeAndMakeCaseDraftsOfIdeas() {
        signedIn.newPerson("Eva Employee", Role.EMPLOYEE);
        for (Runnable call : List.<Runnable>of(drafts::waiting, () -> drafts.start(IdeaId.of(1)),
                () -> drafts.madeFrom(IdeaId.of(1)), cases::draftsFromIdeas,
                () -> drafts.create(IdeaId.of(1), TestCaseDrafts.draft("X", "Y", null)))) {
            assertThatThrownBy(call::run).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry("idea", key));
    }
}
