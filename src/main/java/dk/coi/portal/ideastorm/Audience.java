package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.Role;
import java.util.Locale;

/** Who may take part in a storm (everyone may read it). */
public enum Audience {
    SIGNED_IN, PUBLIC_EMPLOYEES;

    /** Whether the signed-in person may take part (submit ideas) in a storm for this audience. */
    public boolean admits(CurrentPerson person) {
        return this == SIGNED_IN || person.has(Role.EMPLOYEE);
    }

    public String labelKey() {
        return "ideastorm.audience." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
