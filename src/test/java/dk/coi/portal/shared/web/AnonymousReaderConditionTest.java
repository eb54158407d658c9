package dk.coi.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class AnonymousReaderConditionTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRequestWithoutAPrincipalIsAReadersAndOneWithAPrincipalIsNot() {
        MockHttpServletRequest reader = new MockHttpServletRequest("GET", "/wiki/Forside");
        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/wiki/Forside");
        signedIn.setUserPrincipal(() -> "Mads");

        assertThat(AnonymousReaderCondition.INSTANCE.getMatchingCondition(reader)).isNotNull();
        assertThat(AnonymousReaderCondition.INSTANCE.getMatchingCondition(signedIn)).isNull();
    }

    @Test
    void theStaticSecurityContextHolderIsNotAsked() {
        // Another application context in the same JVM may have left its context there (found in the full suite).
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone else", null, AuthorityUtils.NO_AUTHORITIES));

        assertThat(AnonymousReaderCondition.INSTANCE.getMatchingCondition(
                new MockHttpServletRequest("GET", "/wiki/Forside"))).isNotNull();
    }
}
