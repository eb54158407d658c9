package dk.coi.portal.landscape;

import java.util.List;
import java.util.Map;

/**
 * A page of the published cases, newest first: its cards (and the names of their municipalities), which page it is (from 0), how many pages and cases there
 * are, and the addresses of the pages around it ({@code landskab?side=N}, counted from 1 in the address).
 */
public record CaseCards(List<CaseCard> cards, Map<Integer, String> municipalities, int page, int pages, long total) {

    public static final int PAGE_SIZE = 20;
    public static final String PAGE = "side";

    public CaseCards {
        cards = List.copyOf(cards);
        municipalities = Map.copyOf(municipalities);
    }

    /** The name of the municipality a card's organisation lies in; null for none or the organisation itself. */
    public String municipalityOf(CaseCard card) {
        String name = card.municipalityCode() == null ? null : municipalities.get(card.municipalityCode());
        return name == null || name.equals(card.organisationName()) ? null : name;
    }

    /** The page (from 0) an address's {@code side} asks for; the first for none or nonsense. */
    public static int pageOf(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,6}")) {
            return 0;
        }
        return Math.max(Integer.parseInt(parameter) - 1, 0);
    }

    public static String address(int page) {
        return page == 0 ? CaseRoutes.LIST : CaseRoutes.LIST + "?" + PAGE + "=" + (page + 1);
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

    public String previous() {
        return address(page - 1);
    }

    public String next() {
        return address(page + 1);
    }

    public String last() {
        return address(Math.max(pages - 1, 0));
    }
}
