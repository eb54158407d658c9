package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import dk.coi.portal.landscape.IdeaCaseDrafts;
import dk.coi.portal.landscape.IdeaToCarryOn;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.List;
import java.util.Locale;

/**
 * On staff's review screen: the ideas carried on in the idea storms that no case has been made from yet, each with
 * its storm, when it was carried on and "Opret case-kladde" (the case form started from the idea). Nothing when none
 * waits.
 */
final class CarriedOnIdeasSection {

    private CarriedOnIdeasSection() {
    }

    static Section of(List<IdeaToCarryOn> waiting, Locale locale) {
        Section section = new Section();
        section.setId("case-ideas");
        section.setVisible(!waiting.isEmpty());
        H2 heading = new H2(section.getTranslation("landscape.from-idea.waiting"));
        UnorderedList list = new UnorderedList();
        for (IdeaToCarryOn idea : waiting) {
            Anchor create = new Anchor(IdeaCaseDrafts.route(idea.idea()),
                    section.getTranslation("landscape.from-idea.create"));
            create.setId("case-from-idea-" + idea.idea().value());
            create.getElement().setAttribute("aria-label",
                    section.getTranslation("landscape.from-idea.create-named", idea.title()));
            list.add(new ListItem(ContentLanguage.danish(new Anchor("/" + idea.ideaPath(), idea.title())),
                    ChangeLines.separator(), new Text(section.getTranslation("landscape.from-idea.in-storm",
                    idea.stormTitle())), ChangeLines.separator(), new Text(section.getTranslation(
                    "landscape.from-idea.carried-on-at", ChangeLines.time(idea.carriedOnAt(),
                    locale))), ChangeLines.separator(), create));
        }
        section.add(heading, list);
        return section;
    }
}
