package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import dk.coi.portal.landscape.CaseLine;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStatus;
import dk.coi.portal.landscape.ContactRequests;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.ListScreen;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The cases the signed-in person owns or co-edits, newest first, each with its status (and staff's comment when it
 * was sent back), a link to read it and one to edit it; and a link to register a new one for those who may
 * (others are told who registers cases). Beside them the contact requests the person sent about reusing a case, with
 * their replies ({@link SentRequestsSection}).
 */
@Route(CaseRoutes.MINE)
@PermitAll
class MyCasesView extends ListScreen {

    private final CaseService cases;
    private final ContactRequests requests;

    MyCasesView(CaseService cases, ContactRequests requests) {
        super("my-cases-status");
        this.cases = cases;
        this.requests = requests;
        addClassName("portal-my-cases");
    }

    @Override
    protected void addContent() {
        if (cases.entry().mayRegister()) {
            Anchor register = new Anchor("/" + CaseRoutes.NEW, getTranslation("landscape.mine.register"));
            register.setId("case-register");
            add(register);
        } else {
            add(CaseRefusal.of("landscape.refusal.register"));
        }
        addCases(cases.mine());
        add(SentRequestsSection.of(requests.sent(), getLocale()));
    }

    private void addCases(List<CaseLine> mine) {
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("landscape.mine.none"));
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
