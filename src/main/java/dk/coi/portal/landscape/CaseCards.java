package dk.coi.portal.landscape;

import java.util.List;
import java.util.Map;

/**
 * A page of the cases a catalogue search found: its cards (and the names of their municipalities), which page it is
 * (from 0), and how many pages and cases there are.
 */
public record CaseCards(List<CaseCard> cards, Map<Integer, String> municipalities, int page, int pages, long total) {

    public static final int PAGE_SIZE = 20;

    public CaseCards {
        cards = List.copyOf(cards);
        municipalities = Map.copyOf(municipalities);
    }

    /** The name of the municipality a card's organisation lies in; null for none or the organisation itself. */
    public String municipalityOf(CaseCard card) {
        String name = card.municipalityCode() == null ? null : municipalities.get(card.municipalityCode());
        return name == null || name.equals(card.organisationName()) ? null : name;
    }

    public boolean pastTheLast() {
        return page > 0 && page >= pages;
    }

    public boolean hasPrevious() {
        return page > 0 && !pastTheLast();
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }
}
