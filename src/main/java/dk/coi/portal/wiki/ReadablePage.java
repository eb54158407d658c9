package dk.coi.portal.wiki;

import java.time.Instant;

/** A page anyone can read at its own address (not deleted, not a redirect), and when it last changed. */
public record ReadablePage(String title, Instant lastEdited) {
}
