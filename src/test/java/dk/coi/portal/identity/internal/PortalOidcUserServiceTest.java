package dk.coi.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

class PortalOidcUserServiceTest {

    private static OidcUser claiming(String name, String userName) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", "subject-1"));
        if (name != null) {
            claims.put("name", name);
        }
        if (userName != null) {
            claims.put("preferred_username", userName);
        }
        return new DefaultOidcUser(List.of(), new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                claims));
    }

    @Test
    void aClaimedNameLosesTheCharactersThatWouldDisguiseItInsteadOfBeingRefused() {
        assertThat(PortalOidcUserService.displayNameOf(claiming(" Ole \u202Eexe.txt\u200B Hansen\uD800 ", "ole")))
                .isEqualTo("Ole exe.txt Hansen");
        assertThat(PortalOidcUserService.displayNameOf(claiming("Åse Ærø", "aase"))).isEqualTo("Åse Ærø");
    }

    @Test
    void aNameOfOnlyHiddenCharactersGivesWayToTheUserNameAndThenTheSubject() {
        assertThat(PortalOidcUserService.displayNameOf(claiming("\u202E\u200B", "ole\u2066"))).isEqualTo("ole");
        assertThat(PortalOidcUserService.displayNameOf(claiming(null, null))).isEqualTo("subject-1");
    }
}
