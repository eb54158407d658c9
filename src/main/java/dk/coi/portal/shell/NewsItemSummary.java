package dk.coi.portal.shell;

import java.time.LocalDate;

/** A news item from COI as the front page and the news page show it. */
public record NewsItemSummary(long id, String title, String body, LocalDate publishedOn) {

    public String path() {
        return "nyheder/" + id;
    }
}
