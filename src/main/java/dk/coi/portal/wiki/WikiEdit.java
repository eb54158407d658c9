package dk.coi.portal.wiki;

/**
 * An edit as the editor submits it. {@code baseVersion} is the page version the editor started from
 * ({@code null} when creating a page) and {@code baseRevision} the revision whose text it started from; a save on
 * top of a newer version is merged with it (three-way, against that revision's text) or is an edit conflict.
 */
public record WikiEdit(String title, String content, String summary, boolean minor, Long baseVersion,
                       Long baseRevision) {

    /** An edit whose starting text is not known by revision: a newer version is never merged automatically. */
    public WikiEdit(String title, String content, String summary, boolean minor, Long baseVersion) {
        this(title, content, summary, minor, baseVersion, null);
    }
}
