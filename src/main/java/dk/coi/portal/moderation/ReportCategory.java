package dk.coi.portal.moderation;

import java.util.Locale;

/** What kind of problem a person reports; their own words come with it as the reason. */
public enum ReportCategory {
    OFFENSIVE, SPAM, PERSONAL_DATA, OFF_TOPIC, OTHER;

    /** Translation key, e.g. "moderation.category.personal-data". */
    public String labelKey() {
        return "moderation.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
