package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import dk.coi.portal.landscape.CaseLine;
import dk.coi.portal.landscape.IdeaCaseDrafts;
import dk.coi.portal.landscape.IdeaToCarryOn;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.List;
import java.util.Locale;

/**
 * On staff's review screen: the ideas carried on in the idea storms that no case has been made from yet, each with
 * its storm, when it was carried on and "Opret case-kladde" (the case form started from the idea); then the drafts
 * made from such ideas that are not yet submitted, each with its status and a link to edit it, so the draft staff
 * saved is not lost from sight (a draft is in nobody else's queue). Each part shows nothing when empty.
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

    static Section drafts(List<CaseLine> drafts) {
        Section section = new Section();
        section.setId("case-idea-drafts");
        section.setVisible(!drafts.isEmpty());
        H2 heading = new H2(section.getTranslation("landscape.from-idea.drafts"));
        UnorderedList list = new UnorderedList();
        for (CaseLine draft : drafts) {
            Anchor edit = new Anchor("/" + draft.editPath(), section.getTranslation("landscape.from-idea.edit"));
            edit.setId("case-idea-draft-edit-" + draft.id().value());
            edit.getElement().setAttribute("aria-label",
                    section.getTranslation("landscape.from-idea.edit-named", draft.title()));
            list.add(new ListItem(ContentLanguage.danish(new Anchor("/" + draft.path(), draft.title())),
                    ChangeLines.separator(), new Text(draft.organisationName()), ChangeLines.separator(),
                    new Text(section.getTranslation(draft.status().labelKey())), ChangeLines.separator(), edit));
        }
        section.add(heading, list);
        return section;
    }
}
