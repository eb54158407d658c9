package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationId;
import java.time.YearMonth;

/**
 * A workplace's record that it reused a case, as the form gives it: the adopting workplace (an organisation of the
 * register, not the case's own), how ({@code kind}), from when (a month, not in the future), what it changed and why
 * (Markdown), its own results so far (a short text: structured results belong to its own case), and whether to
 * register its own case draft, linked to the original, at once.
 */
public record AdoptionDraft(OrganisationId workplace, AdoptionKind kind, YearMonth adoptedIn, String changes,
                            String results, boolean registerOwnCase) {

    /** The most characters of the results. */
    public static final int MAX_RESULTS = 1_000;
}
