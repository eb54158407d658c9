package dk.coi.portal.landscape;

import java.util.List;

/** The numbers of the published cases a catalogue search finds, in its order, and how many it finds in all. */
public record CaseHitIds(List<CaseId> ids, long total) {

    public CaseHitIds {
        ids = List.copyOf(ids);
    }
}
