package dk.coi.portal.search;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.SafeHtml;

/**
 * One search result: its title and a snippet of its text, both plain text escaped for HTML with the matched words
 * in {@code <mark>}, and what its module says of where it belongs or how it stands ({@code context}, null: nothing),
 * shown under it.
 */
public record SearchHit(String typeLabelKey, String path, SafeHtml title, SafeHtml snippet, Phrase context) {
}
