package dk.coi.portal.landscape;

import java.util.Locale;

/**
 * How well a case's effect is documented, weakest first: not evaluated, qualitative, measured before and after,
 * compared with a comparison group, a randomised controlled trial. Each has a short explanation for readers.
 */
public enum EvidenceLevel {
    NOT_EVALUATED, QUALITATIVE, BEFORE_AFTER, COMPARISON_GROUP, RCT;

    /** The translation key of its name. */
    public String labelKey() {
        return "landscape.evidence." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The translation key of a sentence explaining what it means. */
    public String explanationKey() {
        return labelKey() + ".explained";
    }
}
