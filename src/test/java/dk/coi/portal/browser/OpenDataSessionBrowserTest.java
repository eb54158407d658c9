package dk.coi.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import dk.coi.portal.identity.Role;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestCaseDrafts;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The open-data API to a signed-in browser: its session cookie goes along, and the API neither uses it (staff's
 * browser is answered as anyone's: no case waiting for review) nor makes or renews a session (no Set-Cookie, not
 * even for a session id the server does not know, where making one would have to send a new one).
 */
@PortalTest
class OpenDataSessionBrowserTest extends BrowserTestSupport {

    @Autowired
    CaseService cases;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SignedIn signedIn;

    @Test
    void aSignedInBrowsersSessionIsNeitherUsedNorMadeByTheApi() {
        String tag = "session-" + UUID.randomUUID().toString().substring(0, 8);
        signedIn.newPerson("Ea Ansat", Role.EMPLOYEE);
        CaseId waiting = cases.register(TestCaseDrafts.draft("Venter på gennemsyn " + tag, "Indsendt.",
                organisations.municipalities().getFirst().id()));
        cases.submit(waiting);
        signedIn.clear();
        Page staff = signedIn("coi@demo.coi.dk", "demo");
        List<Cookie> before = staff.context().cookies();
        assertThat(before).extracting(cookie -> cookie.name).contains("JSESSIONID");

        APIResponse kase = staff.request().get(address("api/v1/cases/" + waiting.value()));
        APIResponse list = staff.request().get(address("api/v1/cases?q=" + tag));
        Page anonymous = visitor(1280, 900);
        APIResponse anonymousList = anonymous.request().get(address("api/v1/cases?q=" + tag));
        APIResponse unknownSession = anonymous.request().get(address("api/v1/cases?q=" + tag),
                RequestOptions.create().setHeader("Cookie", "JSESSIONID=" + UUID.randomUUID().toString()
                        .replace("-", "").toUpperCase(Locale.ROOT)));

        assertThat(kase.status()).isEqualTo(404);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).isEqualTo(anonymousList.text()).contains("\"totalItems\":0");
        assertThat(unknownSession.text()).isEqualTo(anonymousList.text());
        assertThat(List.of(kase, list, unknownSession)).allSatisfy(answer ->
                assertThat(answer.headersArray()).noneMatch(header -> header.name.equalsIgnoreCase("Set-Cookie")));
        assertThat(staff.context().cookies()).extracting(cookie -> cookie.name + "=" + cookie.value)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(cookie -> cookie.name + "=" + cookie.value)
                        .toList());
    }

    private String address(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
