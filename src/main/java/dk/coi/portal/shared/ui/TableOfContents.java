package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.H2;
import dk.coi.portal.shared.Sections;
import java.util.List;
import java.util.Optional;

/** A long text's table of contents, as the server-rendered pages show it ({@code contents.jte}). */
public final class TableOfContents {

    private TableOfContents() {
    }

    /** The table for the text's headings, if it has {@link Sections#CONTENTS_FROM} or more. */
    public static Optional<Nav> of(List<Sections.Heading> headings, String label) {
        if (headings.size() < Sections.CONTENTS_FROM) {
            return Optional.empty();
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
        title.addClassName("portal-toc-title");
        Nav nav = new Nav(title, list);
        nav.setId("table-of-contents");
        nav.addClassName("portal-toc");
        nav.getElement().setAttribute("aria-label", label);
        return Optional.of(nav);
    }
}
