package dk.coi.portal.shell;

/**
 * A module's notices for the signed-in person (e.g. changes to watched wiki pages), linked from the header
 * with the number not yet read. A module registers one bean of this type per kind of notice.
 */
public interface PersonalNotices {

    /** How many notices the signed-in person has not read. */
    int unread();

    /** Route path of the page that lists the notices. */
    String path();

    /** Translation key of the link, e.g. "wiki.watchlist.short". */
    String labelKey();
}
