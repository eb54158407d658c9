package dk.coi.portal.wiki;

import java.time.Instant;

/** A page whose talk page has comments anyone can read, and when the newest of them was written. */
public record DiscussedPage(String title, Instant lastComment) {
}
