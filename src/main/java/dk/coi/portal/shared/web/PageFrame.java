package dk.coi.portal.shared.web;

import dk.coi.portal.shared.Texts;
import java.util.Locale;

/**
 * What the frame of a server-rendered page needs (templates/layout.jte): its language, its title and the
 * translated texts of the header and footer, in the reader's language.
 */
public final class PageFrame {

    private final Texts texts;
    private final Locale locale;
    private final String title;

    PageFrame(Texts texts, Locale locale, String title) {
        this.texts = texts;
        this.locale = locale;
        this.title = title;
    }

    /** The page's language, for {@code <html lang>}. */
    public String language() {
        return locale.getLanguage();
    }

    /** The document title: the page's own title and the portal's name. */
    public String documentTitle() {
        return title + " | " + text("app.name");
    }

    public String title() {
        return title;
    }

    public String text(String key, Object... arguments) {
        return texts.get(locale, key, arguments);
    }
}
