package dk.coi.portal.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The portal's roles, from least to most trusted. Each role includes the ones before it, so an ADMIN may
 * do everything a COI_STAFF member may; the granted authorities carry the whole chain.
 */
public enum Role {
    CITIZEN, EMPLOYEE, COI_STAFF, ADMIN;

    /** Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes. */
    public Set<Role> withIncluded() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.ordinal() <= ordinal()) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** This role and every role that includes it. */
    public Set<Role> andAbove() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.ordinal() >= ordinal()) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Translation key of the role's name. */
    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role highestOf(Set<Role> roles) {
        return roles.stream().max(Enum::compareTo).orElse(CITIZEN);
    }
}
