package dk.coi.portal.landscape;

import dk.coi.portal.organisation.Municipality;
import java.time.YearMonth;
import java.util.List;

/**
 * The landscape's spreading at a glance: the published cases reused most (most first), and every reuse of a
 * published case as a flow from the case's organisation to the adopting workplace, newest first, each with the
 * municipalities they lie in (null for a state body or another organisation in none) for the map.
 */
public record SpreadingOverview(List<ReusedCase> mostReused, List<Flow> flows) {

    /** How many reused cases the overview lists at most. */
    public static final int MOST_REUSED = 10;

    public SpreadingOverview {
        mostReused = List.copyOf(mostReused);
        flows = List.copyOf(flows);
    }

    /** A case with how many workplaces reused it. */
    public record ReusedCase(CaseId id, String title, String organisation, String path, long count) {
    }

    /** One reuse: which case, from which organisation to which workplace, how and since when. */
    public record Flow(String caseTitle, String casePath, String from, Municipality fromMunicipality, String to,
                       Municipality toMunicipality, AdoptionKind kind, YearMonth adoptedIn) {
    }
}
