package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.coi.portal.landscape.CaseCard;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.List;

/** The cases most like a case ({@code CaseCatalogue.related}) on its page, as {@code landscape/related.jte} shows them. */
class RelatedCases extends Section {

    RelatedCases(List<CaseCard> related) {
        setId("case-related");
        addClassName("portal-case-related");
        H2 heading = new H2(getTranslation("landscape.related.title"));
        heading.setId("case-related-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-case-list");
        for (CaseCard card : related) {
            Span meta = new Span(ContentLanguage.danish(new Span(card.organisationName())),
                    new Span(" · " + getTranslation(card.sector().labelKey())));
            if (card.reused() != null) {
                meta.add(new Span(" · "), CaseListView.reused(card));
            }
            meta.addClassName("portal-card-meta");
            ListItem item = new ListItem(ContentLanguage.danish(new Anchor(card.path(), card.title())), new Span(" "),
                    meta);
            item.addClassName("portal-case-card");
            list.add(item);
        }
        add(heading, list);
    }
}
