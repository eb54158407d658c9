package dk.coi.portal.search;

/**
 * One search result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text whose only markup is
 * {@code <mark>} around the matched words, so they are safe to show as HTML.
 */
public record SearchHit(String typeLabelKey, String path, String titleHtml, String snippetHtml) {
}
