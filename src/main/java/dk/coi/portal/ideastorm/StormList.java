package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * The storm list, grouped: open ones by their end, coming ones by their start, and one page of concluded ones,
 * latest first ({@code concludedPage} from 1; {@code moreConcluded} when older ones follow). {@code mayCreate}: the
 * person may start a new storm. {@code drafts}: the storms not yet published, for staff (empty for everyone else).
 */
public record StormList(List<StormSummary> open, List<StormSummary> coming, List<StormSummary> concluded,
                        List<StormSummary> drafts, int concludedPage, boolean moreConcluded, boolean mayCreate) {

    /** Concluded storms on a page of the list. */
    public static final int CONCLUDED_PER_PAGE = 20;
}
