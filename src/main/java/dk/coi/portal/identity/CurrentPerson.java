package dk.coi.portal.identity;

import java.util.Set;

/** The signed-in person as the UI and other modules see them. */
public record CurrentPerson(long id, String displayName, Set<Role> roles) {

    public CurrentPerson {
        roles = Set.copyOf(roles);
    }

    public Role highestRole() {
        return Role.highestOf(roles);
    }

    /** Whether the person holds the role, directly or through a role that includes it. */
    public boolean has(Role role) {
        return roles.stream().anyMatch(held -> held.withIncluded().contains(role));
    }
}
