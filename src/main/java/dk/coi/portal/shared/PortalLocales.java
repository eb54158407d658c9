package dk.coi.portal.shared;

import java.util.List;
import java.util.Locale;

/** The portal's languages: Danish first, English second. */
public final class PortalLocales {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DANISH, ENGLISH);
    /** Cookie that remembers a visitor's language choice. */
    public static final String COOKIE = "portal-lang";

    private PortalLocales() {
    }

    /** The supported locale for a language tag, Danish for anything unknown. */
    public static Locale fromTag(String tag) {
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(tag))
                .findFirst()
                .orElse(DANISH);
    }
}
