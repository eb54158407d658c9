package dk.coi.portal.wiki;

/** Who may edit a page: everyone signed in, or COI staff only. */
public enum PageProtection {
    NONE, STAFF
}
