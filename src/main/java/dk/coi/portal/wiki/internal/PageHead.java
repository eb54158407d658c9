package dk.coi.portal.wiki.internal;

import java.time.Instant;

/** A page's title, last change and the start of its text (enough to tell a redirect), as a query selects them. */
public record PageHead(String title, Instant updatedAt, String start) {

    /** A redirect's line ("#OMDIRIGER [[title]]", a title at most 255 characters) fits in this much. */
    public static final int START_LENGTH = 600;

    public boolean isRedirect() {
        return PageStructure.redirectTargetOf(start).isPresent();
    }
}
