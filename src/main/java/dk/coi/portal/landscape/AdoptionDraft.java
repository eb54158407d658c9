package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationId;
import java.time.YearMonth;

/**
 * A workplace's record that it reused a case, as the form gives it: the adopting workplace (an organisation of the
 * register, not the case's own), how ({@code kind}), from when (a month, not in the future), what it changed and why
 * (Markdown), its own results so far (a short text: structured results belong to its own case), and whether to
 * register its own case draft, linked to the original, at once, under the title {@code ownCaseTitle} (when empty,
 * the original's title "i" the workplace's name: the original's own title is taken in the original's organisation
 * and says nothing of the reuse).
 */
public record AdoptionDraft(OrganisationId workplace, AdoptionKind kind, YearMonth adoptedIn, String changes,
                            String results, boolean registerOwnCase, String ownCaseTitle) {

    /** The most characters of the results. */
    public static final int MAX_RESULTS = 1_000;

    /** A reuse recorded without naming the own case's title (the default title when one is registered). */
    public AdoptionDraft(OrganisationId workplace, AdoptionKind kind, YearMonth adoptedIn, String changes,
                         String results, boolean registerOwnCase) {
        this(workplace, kind, adoptedIn, changes, results, registerOwnCase, null);
    }

    /** The title a workplace's own case of a reuse is offered: "{@code original} i {@code workplace}". */
    public static String ownCaseTitle(String original, String workplace) {
        return original + " i " + workplace;
    }
}
