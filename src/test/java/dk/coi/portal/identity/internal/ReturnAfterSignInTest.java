package dk.coi.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/** Only a path on the portal itself is ever returned to after signing in: no open redirect. */
class ReturnAfterSignInTest {

    @Test
    void pathsOnThePortalAreKept() {
        assertThat(ReturnAfterSignIn.pagePath("/wiki/De_syv_principper")).contains("/wiki/De_syv_principper");
        assertThat(ReturnAfterSignIn.pagePath("/soeg?q=innovation&side=2")).contains("/soeg?q=innovation&side=2");
        assertThat(ReturnAfterSignIn.pagePath("/")).contains("/");
    }

    @Test
    void charactersALocationHeaderCannotCarryArePercentEncoded() {
        assertThat(ReturnAfterSignIn.pagePath("/wiki/Æble og pære")).contains("/wiki/%C3%86ble%20og%20p%C3%A6re");
    }

    @Test
    void addressesOnOtherSitesOrThatABrowserCouldReadAsSuchAreRefused() {
        assertThat(new String[] {"https://angriber.example/", "//angriber.example", "/\\angriber.example",
                "\\/angriber.example", "/\t/angriber.example", "/\n/angriber.example", "javascript:alert(1)",
                "angriber.example", "", "/" + "a".repeat(2000)})
                .allSatisfy(candidate -> assertThat(ReturnAfterSignIn.pagePath(candidate)).as(candidate).isEmpty());
        assertThat(ReturnAfterSignIn.pagePath(null)).isEmpty();
    }

    @Test
    void theSignInPagesThemselvesAreNotReturnedTo() {
        assertThat(ReturnAfterSignIn.pagePath("/login?error")).isEmpty();
        assertThat(ReturnAfterSignIn.pagePath("/opret-konto")).isEmpty();
        assertThat(ReturnAfterSignIn.pagePath("/logout")).isEmpty();
    }

    /** The trial's finding: after signing in, the address kept Spring's "?continue". */
    @Test
    void theAddressReturnedToLosesTheMarkOfSpringsSavedRequestAndKeepsTheRest() {
        assertThat(ReturnAfterSignIn.cleanAddress("http://localhost:8080/landskab/mine?continue"))
                .isEqualTo("http://localhost:8080/landskab/mine");
        assertThat(ReturnAfterSignIn.cleanAddress("http://localhost:8080/soeg?q=gr%C3%B8n&continue&side=2"))
                .isEqualTo("http://localhost:8080/soeg?q=gr%C3%B8n&side=2");
        assertThat(ReturnAfterSignIn.cleanAddress("/wiki/Forside")).isEqualTo("/wiki/Forside");
    }

    /**
     * The review's finding: the saved request was forgotten from a new default cache, not the one the handler is
     * configured with (Vaadin's), so it stayed in the session.
     */
    @Test
    void theSavedRequestIsReturnedToAtItsCleanAddressAndForgottenFromTheConfiguredCache() throws Exception {
        HttpSessionRequestCache configured = new HttpSessionRequestCache();
        configured.setSessionAttrName("portal.saved-request");
        ReturnAfterSignIn handler = new ReturnAfterSignIn(new SignInLanguage(null));
        handler.setRequestCache(configured);
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest needingSignIn = new MockHttpServletRequest("GET", "/landskab/mine");
        needingSignIn.setSession(session);
        configured.saveRequest(needingSignIn, new MockHttpServletResponse());
        MockHttpServletRequest signIn = new MockHttpServletRequest("POST", "/login");
        signIn.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationSuccess(signIn, response, new TestingAuthenticationToken("ea", "hemmelig"));
        assertThat(response.getRedirectedUrl()).isEqualTo("http://localhost/landskab/mine");
        assertThat(configured.getRequest(signIn, response)).as("forgotten").isNull();
    }
}
