package dk.coi.portal.opendata.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of a list: its items, where it is in the whole, and the absolute addresses of it and its neighbours. */
@Schema(description = "A page of a list: its items, the page's place in the whole, and links to this, the previous and "
        + "the next page.")
public record ApiPage<T>(List<T> items, PageInfo page, Links links) {

    public ApiPage {
        items = List.copyOf(items);
    }

    @Schema(description = "Where the page lies: its number (1 the first, as the parameter side), its size (antal), how "
            + "many items the query finds in all and how many pages they fill (paging reaches the first 10 000).")
    public record PageInfo(int number, int size, long totalItems, int totalPages) {
    }

    @Schema(description = "Absolute addresses of this page and its neighbours (null at either end).")
    public record Links(String self, String first, String prev, String next, String last) {
    }
}
