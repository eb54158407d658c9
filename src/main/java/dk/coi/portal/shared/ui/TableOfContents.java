package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.H2;
import dk.coi.portal.shared.Sections;
import java.util.List;

/**
 * A long text's table of contents, and the words that name the headings' "§" links, as the server-rendered pages
 * show them ({@code contents.jte}).
 */
public final class TableOfContents {

    private TableOfContents() {
    }

    /**
     * What a text with these headings needs above it: the hidden words that name its "§" links ({@code linkLabel},
     * e.g. "Link til afsnittet") and, with {@link Sections#CONTENTS_FROM} headings or more, the table titled
     * {@code label}.
     */
    public static List<Component> of(List<Sections.Heading> headings, String label, String linkLabel) {
        if (headings.isEmpty()) {
            return List.of();
        }
        Span linkWords = new Span(linkLabel);
        linkWords.setId(Sections.LINK_LABEL_ID);
        // The attribute, not setVisible(false): Vaadin would not send an invisible component's words to the browser.
        linkWords.getElement().setAttribute("hidden", true);
        if (headings.size() < Sections.CONTENTS_FROM) {
            return List.of(linkWords);
        }
        int top = headings.stream().mapToInt(Sections.Heading::level).min().orElse(1);
        OrderedList list = new OrderedList();
        // The headings are the content's words, in Danish (WCAG 3.1.2).
        list.getElement().setAttribute("lang", "da");
        for (Sections.Heading heading : headings) {
            ListItem item = new ListItem(new Anchor(heading.href(), heading.text()));
            item.addClassName("portal-toc-level-" + Math.min(heading.level() - top + 1, 4));
            list.add(item);
        }
        H2 title = new H2(label);
        title.setId("table-of-contents-title");
        title.addClassName("portal-toc-title");
        Nav nav = new Nav(title, list);
        nav.setId("table-of-contents");
        nav.addClassName("portal-toc");
        nav.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        return List.of(linkWords, nav);
    }
}
