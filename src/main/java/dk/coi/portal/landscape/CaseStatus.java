package dk.coi.portal.landscape;

import java.util.Locale;

/** Where a case is in its review: a draft, submitted to COI staff, published, or returned with staff's comment. */
public enum CaseStatus {
    DRAFT, SUBMITTED, PUBLISHED, RETURNED;

    /** The translation key of its name. */
    public String labelKey() {
        return "landscape.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
