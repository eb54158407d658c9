package dk.coi.portal.wiki;

import java.util.Locale;

/** Where a proposed change to a reviewed page stands. */
public enum ReviewStatus {
    PENDING, ACCEPTED, REJECTED;

    public String labelKey() {
        return "wiki.proposal.status." + name().toLowerCase(Locale.ROOT);
    }
}
