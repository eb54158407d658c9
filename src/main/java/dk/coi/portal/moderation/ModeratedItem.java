package dk.coi.portal.moderation;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.shared.Phrase;

/**
 * A piece of content as moderation sees it: what to call it ({@code title}, a phrase translated when shown, e.g.
 * "Comment on the talk page of X"; it goes into the moderation log, which anyone may read, so it names where the
 * content is and never quotes the content itself), the start of its text as plain text ({@code excerpt}, never markup), where it
 * is seen ({@code path}, a route path without leading slash), whether it is hidden now, and who wrote it
 * ({@code author}, null when nobody is known, e.g. once erased): nobody may report their own content.
 */
public record ModeratedItem(Phrase title, String excerpt, String path, boolean hidden, PersonId author) {

    public static final int EXCERPT_LENGTH = 300;
    public static final int GIST_LENGTH = 60;

    /** The start of a plain text, on one line and at most {@value #EXCERPT_LENGTH} characters. */
    public static String excerptOf(String plainText) {
        String oneLine = plainText == null ? "" : plainText.replaceAll("\\s+", " ").strip();
        return shortened(oneLine, EXCERPT_LENGTH);
    }

    /**
     * The first words of an excerpt, at most {@value #GIST_LENGTH} characters: enough to tell two pieces of content
     * of the same title apart in a list (two comments on one talk page).
     */
    public static String gist(String excerpt) {
        return shortened(excerpt == null ? "" : excerpt, GIST_LENGTH);
    }

    private static String shortened(String oneLine, int length) {
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1) + "…";
    }
}
