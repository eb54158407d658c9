package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseContacts;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStart;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.LeaveGuard;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;

/**
 * A public employee registers a case for their workplace (their own chosen, when the register knows it by their
 * account's workplace, still changeable): the form's four sections; saved as a draft that opens on
 * its edit form, from where it is submitted for review. Anyone else signed in is told who registers cases.
 */
@Route(CaseRoutes.NEW)
@PermitAll
class NewCaseView extends Div implements TranslatedPageTitle, BeforeLeaveObserver {

    private final CaseService cases;
    private final CaseForm form;
    private final FormStatus status = new FormStatus("case-status");

    NewCaseView(CaseService cases, OrganisationService organisations, PersonService people,
                CaseContacts contacts, Clock clock) {
        this.cases = cases;
        addClassName("portal-case-form");
        CaseStart start = cases.start();
        if (!start.mayRegister()) {
            this.form = null;
            add(new H1(getTranslation(titleKey())), CaseRefusal.of("landscape.refusal.register"));
            return;
        }
        this.form = new CaseForm(cases, organisations, contacts, clock, people.currentContributorId());
        form.preselect(start.workplace());
        Button save = new Button(getTranslation("landscape.form.save-draft"), click -> save());
        save.setId("case-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // The status above the form: what a save refuses is seen and heard from the button at the form's end.
        add(new H1(getTranslation(titleKey())), status.listing(form.problems()), form.problems(),
                new Paragraph(getTranslation("landscape.form.intro")), form, save);
    }

    private void save() {
        DraftSaving.save(this, form, status, () -> cases.register(form.draft()));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        LeaveGuard.askBeforeLeaving(event, form != null && form.hasUnsavedChanges());
    }

    @Override
    public String titleKey() {
        return "landscape.form.new-title";
    }
}
