package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Keycloak realm roles: from the {@code roles} claim that the realm's protocol mapper adds to the ID
 * token, or else from {@code realm_access.roles} in the access token. Keycloak's own default roles
 * (offline_access, uma_authorization, default-roles-*) match no portal role and are ignored. Every
 * signed-in person is at least a citizen.
 */
final class KeycloakRoles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KeycloakRoles() {
    }

    static Set<Role> from(Map<String, Object> idTokenClaims, String accessToken) {
        List<String> names = new ArrayList<>();
        if (idTokenClaims.get("roles") instanceof Collection<?> roles) {
            roles.forEach(role -> names.add(String.valueOf(role)));
        } else {
            names.addAll(realmRolesInAccessToken(accessToken));
        }
        EnumSet<Role> roles = EnumSet.of(Role.CITIZEN);
        for (String name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name.toUpperCase(Locale.ROOT))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static List<String> realmRolesInAccessToken(String accessToken) {
        String[] parts = accessToken == null ? new String[0] : accessToken.split("\\.");
        if (parts.length < 2) {
            return List.of();
        }
        JsonNode payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        List<String> roles = new ArrayList<>();
        payload.path("realm_access").path("roles").forEach(role -> roles.add(role.asString()));
        return roles;
    }
}
