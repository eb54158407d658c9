package dk.coi.portal.shared.revision;

import dk.coi.portal.shared.Phrase;
import java.util.function.BiFunction;

/**
 * What a change was: the person's own words ({@code text}) or the portal's description of it ({@code phrase}),
 * or neither when nobody said.
 */
public record EditSummary(String text, Phrase phrase) {

    public static EditSummary of(String text) {
        return new EditSummary(text == null || text.isBlank() ? null : text, null);
    }

    public static EditSummary of(Phrase phrase) {
        return new EditSummary(null, phrase);
    }

    /** The summary in words; {@code translator} translates the portal's own descriptions. */
    public String words(BiFunction<String, Object[], String> translator) {
        return phrase != null ? phrase.render(translator) : text == null ? "" : text;
    }

    public boolean isEmpty() {
        return text == null && phrase == null;
    }
}
