package dk.coi.portal.identity;

import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;

import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestContributor;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class SignUpAndPersonalDataTest {

    private static final String STRONG = "Kaffe med havremælk ved Limfjorden";

    @Autowired
    SignedIn signedIn;
    @Autowired
    PersonService people;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${portal.sign-up.per-hour-per-address:10}")
    int signUpsPerHour;

    @BeforeEach
    void anonymous() {
        signedIn.anonymous();
    }

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private static String uniqueEmail() {
        return "test-" + UUID.randomUUID() + "@example.dk";
    }

    private int people() {
        return jdbc.queryForObject("select count(*) from person", Integer.class);
    }

    @Test
    void aCitizenSignsUpWithANormalisedEmailAndAHashedPassword() {
        String email = uniqueEmail();
        long id = people.signUp(new SignUpRequest("  Søren Ærø Østergård ", "  " + email.toUpperCase() + " ", STRONG));

        var row = jdbc.queryForMap("select display_name, email, password_hash from person where id = ?", id);
        assertThat(row.get("display_name")).isEqualTo("Søren Ærø Østergård");
        assertThat(row.get("email")).isEqualTo(email);
        assertThat((String) row.get("password_hash")).startsWith("{bcrypt}").doesNotContain(STRONG);
        assertThat(jdbc.queryForList("select role from person_role where person_id = ?", String.class, id))
                .containsExactly("CITIZEN");
    }

    @Test
    void aTakenEmailIsRefusedWhateverItsCaseAndNothingIsStored() {
        String email = uniqueEmail();
        people.signUp(new SignUpRequest("Første", email, STRONG));
        int before = people();

        assertThatThrownBy(() -> people.signUp(new SignUpRequest("Anden", email.toUpperCase(), STRONG)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("email", "signup.email.taken"));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        int before = people();
        assertThatThrownBy(() -> people.signUp(new SignUpRequest("x".repeat(101), "ikke-en-mail", "password1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("displayName", "signup.name.too-long")
                        .containsEntry("email", "signup.email.invalid")
                        .containsEntry("password", "signup.password.too-short"));
        assertThatThrownBy(() -> people.signUp(new SignUpRequest("Navn\u0007med klokke", uniqueEmail(), STRONG)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("displayName", "input.control-characters"));
        assertThatThrownBy(() -> people.signUp(new SignUpRequest("Navn", uniqueEmail(), "passwordpassword")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldMessageKeys()).containsEntry("password", "signup.password.weak"));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void oneClientAddressMayTryOnlySoManySignUpsAnHourTakenEmailsIncluded() {
        String taken = uniqueEmail();
        people.signUp(new SignUpRequest("Første", taken, STRONG));
        try {
            fromAddress("10.77.0.1");
            assertThatThrownBy(() -> people.signUp(new SignUpRequest("Prøver", taken, STRONG)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.fieldMessageKeys()).containsEntry("email", "signup.email.taken"));
            for (int i = 1; i < signUpsPerHour; i++) {
                people.signUp(new SignUpRequest("Konto " + i, uniqueEmail(), STRONG));
            }
            int before = people();
            assertThatThrownBy(() -> people.signUp(new SignUpRequest("En for meget", uniqueEmail(), STRONG)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.fieldMessageKeys()).containsEntry("email", "signup.rate-limited"));
            assertThatThrownBy(() -> people.signUp(new SignUpRequest("Gætter", taken, STRONG)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.fieldMessageKeys()).containsEntry("email", "signup.rate-limited"));
            assertThat(people()).isEqualTo(before);

            fromAddress("10.78.0.1");
            people.signUp(new SignUpRequest("Fra en anden adresse", uniqueEmail(), STRONG));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static void fromAddress(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void signedInPeopleCannotSignUpAgain() {
        signedIn.as(1, "Nogen", Role.CITIZEN);
        assertThatThrownBy(() -> people.signUp(new SignUpRequest("Navn", uniqueEmail(), STRONG)))
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void aSignedInPersonsLanguageChoiceIsKeptAsTheirsButNotOnceErased() {
        long id = people.signUp(new SignUpRequest("Lone Language", uniqueEmail(), STRONG));
        people.chooseLanguage(Locale.ENGLISH);
        assertThat(language(id)).as("a visitor's choice stays in their browser").isNull();

        signedIn.as(id, "Lone Language", Role.CITIZEN);
        people.chooseLanguage(Locale.ENGLISH);
        assertThat(language(id)).isEqualTo("en");
        assertThatThrownBy(() -> people.chooseLanguage(Locale.GERMAN)).isInstanceOf(InvalidInputException.class);
        assertThat(language(id)).isEqualTo("en");

        personalData.eraseCurrentPerson();
        people.chooseLanguage(PortalLocales.DANISH);
        assertThat(language(id)).as("an erased person's lingering session stores nothing").isNull();
    }

    private String language(long id) {
        return jdbc.queryForObject("select language from person where id = ?", String.class, id);
    }

    @Test
    void exportAndErasureNeedASignedInPerson() {
        assertThatThrownBy(() -> personalData.exportCurrentPerson())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        assertThatThrownBy(() -> personalData.eraseCurrentPerson())
                .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
    }

    @Test
    void aPersonDownloadsTheirDataAndThenErasesThemselves() {
        String email = uniqueEmail();
        long id = people.signUp(new SignUpRequest("Gitte Glemmer", email, STRONG));
        signedIn.as(id, "Gitte Glemmer", Role.CITIZEN);

        String json = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"displayName\" : \"Gitte Glemmer\"", email, "\"loginMethods\" : [ \"local\" ]",
                "\"test-module\"", "\"contribution of " + id + "\"");

        personalData.eraseCurrentPerson();

        var row = jdbc.queryForMap("select display_name, email, password_hash, oidc_subject, erased_at from person where id = ?", id);
        assertThat(row.get("display_name")).isEqualTo("");
        assertThat(row.get("email")).isNull();
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(people.authorName(PersonId.of(id))).isEmpty();
        assertThat(TestContributor.erased).contains(id);
    }
}
