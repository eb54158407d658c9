package dk.coi.portal.shared;

import dk.coi.portal.shared.revision.EditSummary;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The UI's translation files for texts made outside a browser session (mail), where Vaadin's
 * {@code getTranslation} has no UI to ask; the same files, and as there, a text is put through
 * {@code MessageFormat} only when it has arguments.
 */
@Component
public class Texts {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    Texts() {
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** A stored phrase in words, in the given language. */
    public String get(Locale locale, Phrase phrase) {
        return phrase.render((key, arguments) -> get(locale, key, arguments));
    }

    /** A change's summary in words: the person's own, or the portal's description translated. */
    public String get(Locale locale, EditSummary summary) {
        return summary.words((key, arguments) -> get(locale, key, arguments));
    }

    public String get(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, PortalLocales.fromTag(locale.getLanguage()));
    }

    /** The text of a key in the given language, if it has one. */
    public Optional<String> find(Locale locale, String key, Object... arguments) {
        return Optional.ofNullable(messages.getMessage(key, arguments, null,
                PortalLocales.fromTag(locale.getLanguage())));
    }
}
