package dk.coi.portal.ideastorm;

import java.util.Locale;

/** Who may take part in a storm (everyone may read it). */
public enum Audience {
    SIGNED_IN, PUBLIC_EMPLOYEES;

    public String labelKey() {
        return "ideastorm.audience." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
