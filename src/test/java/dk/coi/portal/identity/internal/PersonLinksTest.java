package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.PersonId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.PortalPrincipal;
import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One person per human: when a Keycloak login becomes the person of a local account (Keycloak vouches for the
 * e-mail, or the person proves the local password on Min side), and when it stays a person of its own.
 */
@PortalTest
class PersonLinksTest {

    /** The password {@link SignedIn#signUp} gives every local account. */
    private static final String LOCAL_PASSWORD = "Mange grønne æbler i kurven";

    /** Subjects of their own per test, as the shared database keeps other tests' links. */
    private final String run = UUID.randomUUID().toString();

    @Autowired
    PersonLinks links;
    @Autowired
    KeycloakSignIns keycloakSignIns;
    @Autowired
    PersonService people;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void aVerifiedEmailOfALocalAccountMakesTheKeycloakLoginThatAccountsPerson() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        int before = personCount();

        Person person = links.signIn(keycloak("mads", local.email(), true, "Jobcenter Aarhus"));

        assertThat(person.getId()).isEqualTo(local.id());
        assertThat(personCount()).isEqualTo(before);
        Map<String, Object> row = row(local.id());
        assertThat(row.get("oidc_subject")).isEqualTo(subject("mads"));
        assertThat(row.get("email")).isEqualTo(local.email());
        assertThat(row.get("workplace")).isEqualTo("Jobcenter Aarhus");
        assertThat(row.get("password_hash")).isNotNull();
    }

    @Test
    void anUnverifiedEmailLinksNothingAndTheKeycloakPersonGetsNoAddressThatIsTaken() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");

        Person person = links.signIn(keycloak("unverified", local.email(), false, "Jobcenter Aarhus"));

        assertThat(person.getId()).isNotEqualTo(local.id());
        assertThat(row(person.getId()).get("email")).isNull();
        assertThat(row(person.getId()).get("workplace")).isEqualTo("Jobcenter Aarhus");
        assertThat(row(local.id()).get("oidc_subject")).isNull();
    }

    @Test
    void withoutALocalAccountTheKeycloakPersonKeepsTheEmailAndWorkplaceOfTheToken() {
        String email = uniqueEmail();

        Person person = links.signIn(keycloak("newcomer", email, true, "Region Midtjylland"));

        assertThat(row(person.getId())).containsEntry("email", email).containsEntry("workplace", "Region Midtjylland")
                .containsEntry("password_hash", null);
    }

    @Test
    void signingInAgainFindsTheLinkedPersonWithoutMakingAnother() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        links.signIn(keycloak("again", local.email(), true, null));
        int before = personCount();

        assertThat(links.signIn(keycloak("again", local.email(), true, null)).getId()).isEqualTo(local.id());
        assertThat(links.signIn(keycloak("again", local.email(), false, null)).getId()).isEqualTo(local.id());
        assertThat(personCount()).isEqualTo(before);
        assertThat(row(local.id()).get("email")).as("a token without e-mail leaves the local login's address")
                .isEqualTo(local.email());
    }

    @Test
    void aLocalAccountLinkedToAnotherKeycloakLoginIsNotTakenOverAndItsEmailStaysItsOwn() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        links.signIn(keycloak("first", local.email(), true, null));

        Person second = links.signIn(keycloak("second", local.email(), true, null));

        assertThat(second.getId()).isNotEqualTo(local.id());
        assertThat(row(second.getId()).get("email")).isNull();
        assertThat(row(local.id()).get("oidc_subject")).isEqualTo(subject("first"));
    }

    @Test
    void anEarlierKeycloakPersonIsMergedOnceKeycloakVouchesForTheEmail() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        Person earlier = links.signIn(keycloak("earlier", local.email(), false, "Jobcenter Aarhus"));

        Person person = links.signIn(keycloak("earlier", local.email(), true, null));

        assertThat(person.getId()).isEqualTo(local.id());
        assertMerged(earlier.getId(), local);
        assertThat(row(local.id()).get("workplace")).as("taken from the merged person").isEqualTo("Jobcenter Aarhus");
    }

    @Test
    void aKeycloakPersonLinksTheirLocalAccountByItsPasswordAndGoesOnAsThatPerson() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        long keycloakPerson = keycloakSignIns.signIn(subject("manual"), local.email(), false);
        assertThat(people.mayLinkLocalAccount()).isTrue();

        people.linkLocalAccount(" " + local.email().toUpperCase() + " ", LOCAL_PASSWORD);

        assertThat(((PortalPrincipal) securityContext.getContext().getAuthentication().getPrincipal()).personId())
                .isEqualTo(local.id());
        assertThat(people.currentPerson().orElseThrow().id()).isEqualTo(local.id());
        assertMerged(keycloakPerson, local);
        assertThat(people.mayLinkLocalAccount()).isFalse();
        assertThat(links.signIn(keycloak("manual", local.email(), false, null)).getId()).isEqualTo(local.id());
    }

    @Test
    void aWrongPasswordLinksNothing() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        long keycloakPerson = keycloakSignIns.signIn(subject("wrong"), local.email(), false);

        assertThatThrownBy(() -> people.linkLocalAccount(local.email(), "not the password"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.fieldMessageKeys()).containsEntry("password", "mydata.link.failed"));

        assertThat(row(keycloakPerson).get("merged_into")).isNull();
        assertThat(row(local.id()).get("oidc_subject")).isNull();
        assertThat(((PortalPrincipal) securityContext.getContext().getAuthentication().getPrincipal()).personId())
                .isEqualTo(keycloakPerson);
    }

    @Test
    void aLocalAccountLinkedAlreadyCannotBeLinkedAgain() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        links.signIn(keycloak("owner", local.email(), true, null));
        long other = keycloakSignIns.signIn(subject("other"), local.email(), false);

        assertThatThrownBy(() -> people.linkLocalAccount(local.email(), LOCAL_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                        refused.fieldMessageKeys()).containsEntry("email", "mydata.link.already-linked"));
        assertThat(row(other).get("merged_into")).isNull();
        assertThat(row(local.id()).get("oidc_subject")).isEqualTo(subject("owner"));
    }

    @Test
    void onlyAKeycloakLoginLinksALocalAccount() {
        TestPerson local = signedIn.signUp("Mads Medarbejder");
        TestPerson another = signedIn.signUp("Birgitte Borger");
        signedIn.as(another, Role.CITIZEN);

        assertThat(people.mayLinkLocalAccount()).isFalse();
        assertThatThrownBy(() -> people.linkLocalAccount(local.email(), LOCAL_PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.fieldMessageKeys()).containsEntry("email", "mydata.link.not-possible"));
        assertThat(row(local.id()).get("oidc_subject")).isNull();
    }

    /** The merged row names the local account's person, who is credited for it from now on. */
    private void assertMerged(long merged, TestPerson into) {
        assertThat(row(merged)).containsEntry("merged_into", into.id()).containsEntry("oidc_subject", null)
                .containsEntry("email", null);
        assertThat(people.authors(List.of(PersonId.of(merged))).get(PersonId.of(merged)).personId()).isEqualTo(into.id());
        assertThat(people.authorName(PersonId.of(merged))).isPresent().isEqualTo(people.authorName(PersonId.of(into.id())));
    }

    private String subject(String user) {
        return user + "-" + run;
    }

    private OidcIdentity keycloak(String user, String email, boolean verified, String workplace) {
        return new OidcIdentity(subject(user), "Mads fra Keycloak", email, verified, workplace, Set.of(Role.EMPLOYEE));
    }

    private static String uniqueEmail() {
        return "keycloak-" + UUID.randomUUID() + "@example.dk";
    }

    private int personCount() {
        return jdbc.queryForObject("select count(*) from person", Integer.class);
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select email, oidc_subject, workplace, password_hash, merged_into from person "
                + "where id = ?", id);
    }
}
