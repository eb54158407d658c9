package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Editors' changes of a published case go live at once, and staff hear of them as MediaWiki's patrollers do: the case
 * is listed as changed after publishing, with its changes since staff last looked, until a staff member marks it seen;
 * staff's own changes count as seen.
 */
@PortalTest
class CasePatrolTest {

    @Autowired
    CaseService cases;
    @Autowired
    CasePatrol patrol;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private CaseDraft draft(String title, String summary) {
        OrganisationId aarhus = organisations.municipalities().stream()
                .filter(municipality -> municipality.code() == 751).findFirst().orElseThrow().id();
        return TestCaseDrafts.draft(title, summary, aarhus);
    }

    private long version(CaseId id) {
        return cases.screen(id).orElseThrow().version();
    }

    @Test
    void anEditorsChangeOfAPublishedCaseIsListedForStaffUntilOneMarksItSeen() {
        String title = "Patrulje " + UUID.randomUUID().toString().substring(0, 8);
        var owner = signedIn.signUp("Olga Ejer");
        signedIn.as(owner, Role.EMPLOYEE);
        CaseId id = cases.register(draft(title, "Første udgave."));
        cases.edit(id, draft(title, "Anden udgave, før udgivelsen."), version(id));
        cases.submit(id);
        long staff = signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        cases.publish(id, version(id));
        assertThat(patrol.uncheckedChanges()).extracting(ChangedCase::id).doesNotContain(id);
        long waitingBefore = cases.entry().waitingForReview();

        signedIn.as(owner, Role.EMPLOYEE);
        assertThatThrownBy(() -> patrol.uncheckedChanges()).isInstanceOf(AccessDeniedException.class);
        cases.edit(id, draft(title, "Tredje udgave, efter udgivelsen."), version(id));
        cases.edit(id, draft(title, "Fjerde udgave."), version(id));

        signedIn.as(staff, "Sara Staff", Role.COI_STAFF);
        ChangedCase listed = patrol.uncheckedChanges().stream().filter(line -> line.id().equals(id)).findFirst()
                .orElseThrow();
        assertThat(listed.title()).isEqualTo(title);
        assertThat(listed.organisationName()).isEqualTo("Aarhus Kommune");
        assertThat(cases.entry().waitingForReview()).isEqualTo(waitingBefore + 1);
        // The changes since staff's look: from the published version (the second) to the newest (the fourth).
        CaseHistory history = cases.history(id, null, null).orElseThrow();
        assertThat(listed.changesPath()).isEqualTo(CaseRoutes.history(id) + "?fra="
                + history.revisions().get(2).revision() + "&til=" + history.revisions().get(0).revision());

        signedIn.as(owner, Role.EMPLOYEE);
        cases.edit(id, draft(title, "Femte udgave."), version(id));
        signedIn.as(staff, "Sara Staff", Role.COI_STAFF);
        assertThatThrownBy(() -> patrol.markSeen(id, listed.version())).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .isEqualTo(Map.of("case", "landscape.case.changed-before-decision")));
        long seenVersion = version(id);
        patrol.markSeen(id, seenVersion);
        assertThat(patrol.uncheckedChanges()).extracting(ChangedCase::id).doesNotContain(id);
        assertThat(version(id)).as("an editor's open form stays current").isEqualTo(seenVersion);

        cases.edit(id, draft(title, "Staff retter selv."), version(id));
        assertThat(patrol.uncheckedChanges()).extracting(ChangedCase::id).doesNotContain(id);
        assertThat(cases.entry().waitingForReview()).isEqualTo(waitingBefore);
    }
}
