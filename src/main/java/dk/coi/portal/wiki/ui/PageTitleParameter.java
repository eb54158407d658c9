package dk.coi.portal.wiki.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import dk.coi.portal.wiki.WikiTitles;

/** Reads the page title from a wiki route ({@code wiki/:title/...}). */
final class PageTitleParameter {

    private PageTitleParameter() {
    }

    static String of(BeforeEnterEvent event) {
        return WikiTitles.fromPathSegment(event.getRouteParameters().get("title").orElse(""));
    }
}
