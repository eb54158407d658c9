package dk.coi.portal.notification;

import dk.coi.portal.shared.Phrase;
import java.util.Objects;

/**
 * How a module names a subject it serves ({@link FollowableContent}) and where the subject is: {@code title} in
 * the subject's own words, alike in every language (a page's title; empty where the portal's words name it),
 * {@code shown} the words it is shown and mailed with, translated for each reader, and {@code path} the route
 * path (no leading slash) of the subject itself.
 */
public record SubjectName(String title, Phrase shown, String path) {

    public SubjectName {
        Objects.requireNonNull(title);
        Objects.requireNonNull(shown);
        Objects.requireNonNull(path);
    }

    /** A subject named by its own words (a page by its title). */
    public static SubjectName titled(String title, String path) {
        return new SubjectName(title, Phrase.of("notification.title", title), path);
    }

    /** A subject the portal's words name ("a comment on the talk page of X"), translated for each reader. */
    public static SubjectName described(Phrase shown, String path) {
        return new SubjectName("", shown, path);
    }
}
