package dk.coi.portal.landscape.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseEditors;
import dk.coi.portal.landscape.CaseEditorsChanged;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestCaseDrafts;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person is told once per becoming a co-editor of a case: the event delivered again (as the event publication
 * registry does after a restart) tells nobody twice, while being made a co-editor again after removal is news again.
 */
@PortalTest
class CoEditorNoticesTest {

    @Autowired
    CaseReviewNotices notices;
    @Autowired
    CaseEditors editors;
    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    FollowService follows;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private List<Notice> madeCoEditor(TestPerson person, CaseId id) {
        signedIn.as(person, Role.EMPLOYEE);
        return follows.notices("landscape", 50).stream().filter(notice -> notice.kind().equals("EDITOR_ADDED")
                && notice.subject().id() == id.value()).toList();
    }

    private List<Notice> awaitMadeCoEditor(TestPerson person, CaseId id, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> madeCoEditor(person, id),
                found -> found.size() >= count);
    }

    @Test
    void aCoEditorIsToldOncePerBecomingOneHoweverOftenTheEventIsDelivered() {
        TestPerson colleague = signedIn.signUpEmployee("Mette Medredaktør");
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        signedIn.as(owner, Role.EMPLOYEE);
        CaseId id = cases.register(TestCaseDrafts.draft("Én besked " + UUID.randomUUID().toString().substring(0, 8),
                "Et resumé.", organisations.municipalities().getFirst().id()));
        signedIn.as(owner, Role.EMPLOYEE);
        editors.add(id, PersonId.of(colleague.id()));
        assertThat(awaitMadeCoEditor(colleague, id, 1)).hasSize(1);

        // Delivered again, here on this thread (the listener itself, without its asynchronous proxy).
        CaseReviewNotices listener = AopTestUtils.getUltimateTargetObject(notices);
        transaction.executeWithoutResult(status -> listener.editorsChanged(new CaseEditorsChanged(id,
                colleague.id(), true, owner.id())));
        assertThat(madeCoEditor(colleague, id)).as("told once").hasSize(1);

        signedIn.as(owner, Role.EMPLOYEE);
        editors.remove(id, PersonId.of(colleague.id()));
        editors.add(id, PersonId.of(colleague.id()));
        assertThat(awaitMadeCoEditor(colleague, id, 2)).as("made a co-editor again: news again").hasSize(2);
    }
}
