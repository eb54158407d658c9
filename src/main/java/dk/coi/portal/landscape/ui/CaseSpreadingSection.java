package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.CaseSpreading;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.ui.FragmentTarget;
import dk.coi.portal.shared.ui.SafeHtmlContent;

/**
 * How a published case spread, on its page for signed-in people, with the ids of the server-rendered section
 * ({@code landscape/spreading.jte}): what the person may do to reuse it, the workplaces that did, and its lineage.
 */
class CaseSpreadingSection extends Section {

    CaseSpreadingSection(CaseSpreading spreading) {
        setId("case-spreading");
        H2 heading = new H2(getTranslation("landscape.spreading.heading"));
        heading.setId("case-spreading-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        Paragraph actions = new Paragraph();
        actions.setId("case-reuse-actions");
        actions.addClassName("portal-case-reuse-actions");
        if (spreading.mayAdopt()) {
            actions.add(link("case-adopt", spreading.adoptPath(), "landscape.spreading.adopt"));
        }
        if (spreading.mayRequestContact()) {
            actions.add(link("case-request-contact", spreading.contactPath(), "landscape.spreading.request-contact"));
        }
        if (actions.getChildren().findAny().isPresent()) {
            add(actions);
        }
        Paragraph count = new Paragraph(getTranslation("landscape.spreading.count", spreading.adopters().size()));
        count.setId("case-reuse-count");
        add(count);
        if (!spreading.adopters().isEmpty()) {
            UnorderedList adopters = new UnorderedList();
            adopters.setId("case-adopters");
            adopters.addClassName("portal-case-adopters");
            spreading.adopters().forEach(adopter -> adopters.add(adopter(adopter)));
            add(adopters);
            FragmentTarget.showWhenBuilt(this);   // #adoption-N, from the reuse form's "recorded already"
        }
        if (!spreading.from().isEmpty() || !spreading.onward().isEmpty()) {
            H3 lineageHeading = new H3(getTranslation("landscape.spreading.lineage"));
            lineageHeading.setId("case-lineage-heading");
            OrderedList lineage = new OrderedList();
            lineage.setId("case-lineage");
            lineage.addClassName("portal-case-lineage");
            lineage.getElement().setAttribute("aria-labelledby", "case-lineage-heading");
            spreading.from().forEach(step -> lineage.add(step(step)));
            ListItem current = new ListItem();
            current.getElement().setAttribute("aria-current", "page");
            current.getElement().appendChild(new Element("strong")
                    .setText(getTranslation("landscape.spreading.this-case")));
            lineage.add(current);
            spreading.onward().forEach(step -> {
                ListItem item = step(step);
                item.addClassName("portal-case-lineage-onward");
                item.getElement().setAttribute("data-depth", String.valueOf(step.depth()));
                if (step.depth() > 1) {
                    Span via = new Span(getTranslation("landscape.spreading.via", step.depth() - 1));
                    via.addClassName("portal-card-meta");
                    item.addComponentAsFirst(via);
                }
                lineage.add(item);
            });
            add(lineageHeading, lineage);
        }
        add(new Paragraph(link("case-spreading-overview", AdoptionRoutes.SPREADING, "landscape.spreading.overview")));
    }

    private ListItem adopter(CaseSpreading.Adopter adopter) {
        ListItem item = new ListItem();
        item.setId(CaseSpreading.Adopter.anchor(adopter.id()));
        Anchor organisation = new Anchor("/" + adopter.organisation().path(), adopter.organisation().name());
        organisation.getElement().setAttribute("lang", "da");
        Paragraph line = new Paragraph(organisation);
        line.add(": " + getTranslation(adopter.kind().labelKey()) + ", "
                + DateFormats.month(adopter.adoptedIn(), getLocale()));
        Div changes = SafeHtmlContent.prose(adopter.changes());
        changes.getElement().setAttribute("lang", "da");
        item.add(line, changes);
        if (adopter.results() != null) {
            Span results = new Span(adopter.results());
            results.getElement().setAttribute("lang", "da");
            item.add(new Paragraph(new Span(getTranslation("landscape.spreading.results") + " "), results));
        }
        if (adopter.ownCasePath() != null) {
            Anchor own = new Anchor("/" + adopter.ownCasePath(), adopter.ownCaseTitle());
            own.getElement().setAttribute("lang", "da");
            item.add(new Paragraph(new Span(getTranslation("landscape.spreading.own-case") + " "), own));
        }
        return item;
    }

    private static ListItem step(CaseSpreading.LineageStep step) {
        Anchor title = new Anchor("/" + step.path(), step.title());
        title.getElement().setAttribute("lang", "da");
        Span organisation = new Span(step.organisation());
        organisation.addClassName("portal-card-meta");
        organisation.getElement().setAttribute("lang", "da");
        ListItem item = new ListItem(title);
        item.add(new Span(" "), organisation);
        return item;
    }

    private Anchor link(String id, String path, String key) {
        Anchor link = new Anchor("/" + path, getTranslation(key));
        link.setId(id);
        return link;
    }
}
