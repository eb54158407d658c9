package dk.coi.portal.landscape;

import java.util.Locale;

/** What kind of innovation a case is (OECD OPSI's types). */
public enum InnovationType {
    SERVICE, PROCESS, ORGANISATION, COMMUNICATION, TECHNOLOGY, POLICY;

    /** The translation key of its name. */
    public String labelKey() {
        return "landscape.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
