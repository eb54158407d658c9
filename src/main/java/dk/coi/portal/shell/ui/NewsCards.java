package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shell.NewsItemSummary;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.Locale;

/** A news item's card on the front page and in the archive, as {@code shell/newsCard.jte} shows it. */
final class NewsCards {

    private NewsCards() {
    }

    /**
     * The card with its title in {@code heading} (h2 or h3). The news is written in Danish whatever the reader's
     * language (WCAG 3.1.2); the date is in theirs.
     */
    static Div card(HtmlContainer heading, NewsItemSummary item, Locale locale) {
        heading.add(new Anchor(item.path(), item.title()));
        ContentLanguage.danish(heading);
        Paragraph body = new Paragraph(item.body());
        ContentLanguage.danish(body);
        Div card = new Div(heading, new Paragraph(DateFormats.longDate(item.publishedOn(), locale)), body);
        card.addClassName("portal-card");
        return card;
    }
}
