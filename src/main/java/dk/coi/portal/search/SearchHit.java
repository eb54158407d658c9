package dk.coi.portal.search;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.SafeHtml;
import java.util.function.BiFunction;

/**
 * One search result: its title and a snippet of its text, both plain text escaped for HTML with the matched words
 * in {@code <mark>}, and what its module adds to its kind ({@code context}, null: nothing).
 */
public record SearchHit(String typeLabelKey, String path, SafeHtml title, SafeHtml snippet, Phrase context) {

    /** Its kind, and what its module adds ({@link SearchableContent#contextOf}), in the reader's words. */
    public String label(BiFunction<String, Object[], String> translator) {
        String kind = translator.apply(typeLabelKey, new Object[0]);
        return context == null ? kind : kind + " · " + context.render(translator);
    }
}
