package dk.coi.portal.wiki.internal;

/** A watch with the title of its page, as a watchlist shows it. */
public record WatchRow(WikiWatch watch, String title) {
}
