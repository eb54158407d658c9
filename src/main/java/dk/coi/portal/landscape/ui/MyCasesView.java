package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import dk.coi.portal.landscape.CaseLine;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStatus;
import dk.coi.portal.landscape.OwnCases;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.FragmentTarget;
import dk.coi.portal.shared.ui.ListScreen;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The cases the signed-in person owns or co-edits, newest first, each with its status (and staff's comment when it
 * was sent back), a link to read it and one to edit it, and a link to register a new one; and the contact requests
 * the person sent about reusing a case, with their replies ({@link SentRequestsSection}). For those who may not
 * register cases (a citizen writing about a case) their requests come first, and who registers cases is said briefly
 * where their cases would be.
 */
@Route(CaseRoutes.MINE)
@PermitAll
class MyCasesView extends ListScreen {

    private final CaseService cases;

    MyCasesView(CaseService cases) {
        super("my-cases-status");
        this.cases = cases;
        addClassName("portal-my-cases");
    }

    @Override
    protected void addContent() {
        OwnCases own = cases.own();
        if (own.mayRegister()) {
            Anchor register = new Anchor("/" + CaseRoutes.NEW, getTranslation("landscape.mine.register"));
            register.setId("case-register");
            add(register);
            addCases(own.cases(), "landscape.mine.none");
            add(SentRequestsSection.of(own.sent(), getLocale()));
        } else {
            add(SentRequestsSection.of(own.sent(), getLocale()));
            addCases(own.cases(), "landscape.mine.not-registering");
        }
        FragmentTarget.showWhenBuilt(this);   // #my-requests, from the confirmation of a request sent
    }

    /** "Mine cases": the list, or {@code noneKey} said when there is none. */
    private void addCases(List<CaseLine> mine, String noneKey) {
        H2 heading = new H2(getTranslation("landscape.mine.cases"));
        heading.setId("my-cases-heading");
        add(heading);
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(noneKey));
            none.setId("my-cases-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("my-cases");
        for (CaseLine line : mine) {
            ListItem item = new ListItem(new Anchor("/" + line.path(), line.title()), ChangeLines.separator(),
                    new Text(line.organisationName()), ChangeLines.separator(),
                    new Text(getTranslation(line.status().labelKey())), ChangeLines.separator(),
                    new Anchor("/" + line.editPath(), getTranslation("landscape.case.edit")));
            if (line.status() == CaseStatus.RETURNED && line.staffComment() != null) {
                item.add(new Paragraph(getTranslation("landscape.form.staff-comment", line.staffComment())));
            }
            list.add(item);
        }
        add(list);
    }

    @Override
    public String titleKey() {
        return "landscape.mine.title";
    }
}
