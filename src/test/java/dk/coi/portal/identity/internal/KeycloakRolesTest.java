package dk.coi.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeycloakRolesTest {

    private static String accessTokenWithPayload(String json) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(json.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void rolesClaimFromTheRealmMapperIsUsedAndKeycloakDefaultsIgnored() {
        var roles = KeycloakRoles.from(Map.of("roles", List.of("coi_staff", "offline_access",
                "default-roles-innovationsportal", "uma_authorization")), null);
        assertThat(roles).containsExactlyInAnyOrder(Role.CITIZEN, Role.COI_STAFF);
    }

    @Test
    void realmAccessInTheAccessTokenIsTheFallback() {
        String token = accessTokenWithPayload("{\"realm_access\":{\"roles\":[\"ADMIN\",\"offline_access\"]}}");
        assertThat(KeycloakRoles.from(Map.of(), token)).containsExactlyInAnyOrder(Role.CITIZEN, Role.ADMIN);
    }

    @Test
    void someoneWithoutPortalRolesIsACitizen() {
        assertThat(KeycloakRoles.from(Map.of(), accessTokenWithPayload("{}"))).containsExactly(Role.CITIZEN);
        assertThat(KeycloakRoles.from(Map.of(), "not-a-jwt")).containsExactly(Role.CITIZEN);
    }
}
