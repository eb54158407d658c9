package dk.coi.portal.landscape;

import java.util.List;

/** A run of the published cases a catalogue search finds, in its order, and how many it finds in all. */
public record CaseHits(List<CaseCard> cards, long total) {

    public CaseHits {
        cards = List.copyOf(cards);
    }
}
