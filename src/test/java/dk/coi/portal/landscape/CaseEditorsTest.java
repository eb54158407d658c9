package dk.coi.portal.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case's co-editors on the real database: the owner and staff add public employees found by name and remove them,
 * each told by a notice; citizens, the owner and a co-editor twice are refused with translated keys, nothing stored;
 * nobody else may choose them, and nobody but its editors and staff sees them.
 */
@PortalTest
class CaseEditorsTest {

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
    JdbcTemplate database;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private CaseId register(TestPerson owner) {
        signedIn.as(owner, Role.EMPLOYEE);
        return cases.register(new CaseDraft("Medredaktører " + UUID.randomUUID().toString().substring(0, 8),
                "Et resumé.", organisations.municipalities().getFirst().id(), "", CaseSector.EMPLOYMENT, 2020,
                CaseStage.PILOT, InnovationType.PROCESS, "", Novelty.FIRST, List.of(), List.of(), "", "", "", "",
                EvidenceLevel.NOT_EVALUATED, List.of(), null, null, false));
    }

    private static void refused(ThrowingCallable action, String field, String key) {
        assertThatThrownBy(action).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry(field, key));
    }

    private long rows(CaseId id) {
        return database.queryForObject("select count(*) from landscape_case_editor where case_id = ?", Long.class,
                id.value());
    }

    private List<Notice> noticesOf(TestPerson person, String kind, int expected) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            signedIn.as(person, Role.EMPLOYEE);
            return follows.notices("landscape", 20).stream().filter(notice -> notice.kind().equals(kind)).toList();
        }, found -> found.size() >= expected);
    }

    @Test
    void theOwnerAddsAPublicEmployeeFoundByNameWhoIsToldAndRemovesThem() {
        String surname = "Medsen" + UUID.randomUUID().toString().substring(0, 6);
        TestPerson colleague = signedIn.signUpEmployee("Mette " + surname);
        TestPerson citizen = signedIn.signUp("Carl " + surname);
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        CaseId id = register(owner);

        assertThat(editors.candidates(id, "mette " + surname.toLowerCase())).extracting(Author::personId)
                .containsExactly(colleague.id());
        assertThat(editors.candidates(id, surname)).extracting(Author::personId).doesNotContain(citizen.id());
        editors.add(id, PersonId.of(colleague.id()));
        assertThat(editors.candidates(id, surname)).isEmpty();
        assertThat(editors.list(id).orElseThrow()).satisfies(list -> {
            assertThat(list.mayChoose()).isTrue();
            assertThat(list.coEditors()).extracting(Author::displayName).containsExactly("Mette " + surname);
        });
        assertThat(noticesOf(colleague, "EDITOR_ADDED", 1)).singleElement()
                .satisfies(notice -> assertThat(notice.actorId()).isEqualTo(owner.id()));

        signedIn.as(colleague, Role.EMPLOYEE);
        assertThat(editors.list(id).orElseThrow().mayChoose()).isFalse();
        refused(() -> editors.remove(id, PersonId.of(colleague.id())), "case", "landscape.case.not-owner");

        signedIn.as(owner, Role.EMPLOYEE);
        editors.remove(id, PersonId.of(colleague.id()));
        assertThat(rows(id)).isZero();
        assertThat(noticesOf(colleague, "EDITOR_REMOVED", 1)).hasSize(1);
        signedIn.as(colleague, Role.EMPLOYEE);
        assertThat(editors.list(id)).isEmpty();
        assertThat(cases.screen(id)).isEmpty();
    }

    @Test
    void citizensTheOwnerAndDuplicatesAreRefusedAndOnlyTheOwnerAndStaffChoose() {
        TestPerson citizen = signedIn.signUp("Carl Borger");
        TestPerson colleague = signedIn.signUpEmployee("Kira Kollega");
        TestPerson other = signedIn.signUpEmployee("Anders Anden");
        TestPerson owner = signedIn.signUpEmployee("Olga Ejer");
        CaseId id = register(owner);

        refused(() -> editors.add(id, PersonId.of(citizen.id())), "editor", "landscape.case.editor.not-employee");
        refused(() -> editors.add(id, PersonId.of(owner.id())), "editor", "landscape.case.editor.is-owner");
        editors.add(id, PersonId.of(colleague.id()));
        refused(() -> editors.add(id, PersonId.of(colleague.id())), "editor", "landscape.case.editor.already");
        refused(() -> editors.remove(id, PersonId.of(other.id())), "editor", "landscape.case.editor.not-editor");
        assertThat(rows(id)).isEqualTo(1);

        signedIn.as(other, Role.EMPLOYEE);
        refused(() -> editors.add(id, PersonId.of(other.id())), "case", "landscape.case.unknown");
        assertThat(editors.list(id)).isEmpty();

        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        editors.add(id, PersonId.of(other.id()));
        assertThat(editors.list(id).orElseThrow().coEditors()).extracting(Author::displayName)
                .containsExactly("Anders Anden", "Kira Kollega");
        assertThat(rows(id)).isEqualTo(2);
    }
}
