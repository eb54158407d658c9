package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import dk.coi.portal.shared.Sections;
import java.util.List;
import java.util.Optional;

/**
 * A long text's table of contents, and the words that name the headings' "§" links, as the server-rendered pages
 * show them ({@code contents.jte}).
 */
public final class TableOfContents {

    private TableOfContents() {
    }

    /** The table for the text's headings, if it has {@link Sections#CONTENTS_FROM} or more, titled {@code label}. */
    public static Optional<Nav> of(List<Sections.Heading> headings, String label) {
        if (headings.size() < Sections.CONTENTS_FROM) {
            return Optional.empty();
        }
        int top = headings.stream().mapToInt(Sections.Heading::level).min().orElse(1);
        OrderedList list = new OrderedList();
        // The headings are the content's words, in Danish (WCAG 3.1.2).
        ContentLanguage.danish(list);
        for (Sections.Heading heading : headings) {
            ListItem item = new ListItem(new Anchor(heading.href(), heading.text()));
            item.addClassName("portal-toc-level-" + Math.min(heading.level() - top + 1, 4));
            list.add(item);
        }
        H2 title = new H2(label);
        title.setId(Sections.CONTENTS_TITLE_ID);
        title.addClassName("portal-toc-title");
        Nav nav = new Nav(title, list);
        nav.setId("table-of-contents");
        nav.addClassName("portal-toc");
        nav.getElement().setAttribute("aria-labelledby", Sections.CONTENTS_TITLE_ID);
        return Optional.of(nav);
    }

    /**
     * The hidden {@code words} (e.g. "Afsnit") that name the headings' "§" links together with each heading's own,
     * for a text that has headings.
     */
    public static Optional<Span> linkWords(List<Sections.Heading> headings, String words) {
        if (headings.isEmpty()) {
            return Optional.empty();
        }
        Span linkWords = new Span(words);
        linkWords.setId(Sections.LINK_LABEL_ID);
        // The attribute, not setVisible(false): Vaadin would not send an invisible component's words to the browser.
        linkWords.getElement().setAttribute("hidden", true);
        return Optional.of(linkWords);
    }
}
