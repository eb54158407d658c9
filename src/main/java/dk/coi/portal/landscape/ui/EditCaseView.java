package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.landscape.CaseEditing;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseContacts;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStatus;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.LeaveGuard;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;

/**
 * A case's editors (and staff) change it: the same form, opened at the version saved last (a save over a newer one
 * is refused and says so); a draft or returned case is submitted for review from here, with staff's comment shown
 * when it was sent back.
 */
@Route(CaseRoutes.LIST + "/:case(\\d{1,18})/" + CaseRoutes.EDIT)
@PermitAll
class EditCaseView extends Div implements TranslatedPageTitle, BeforeEnterObserver, BeforeLeaveObserver {

    /** The query parameter of a case opened from its idea's action, the case having been made of it already. */
    static final String MADE_FROM_IDEA = "fra-ide";

    private final CaseService cases;
    private final OrganisationService organisations;
    private final CaseForm form;
    private final FormStatus status = new FormStatus("case-status");
    private final Paragraph state = new Paragraph();
    private final Paragraph comment = new Paragraph();
    private final Anchor page = new Anchor();
    private final Button submit = new Button();
    private CaseEditing editing;

    EditCaseView(CaseService cases, OrganisationService organisations, PersonService people,
                 CaseContacts contacts, Clock clock) {
        this.cases = cases;
        this.organisations = organisations;
        this.form = new CaseForm(cases, organisations, contacts, clock, people.currentContributorId());
        addClassName("portal-case-form");
        state.setId("case-state");
        comment.setId("case-staff-comment");
        page.setId("case-page-link");
        page.setText(getTranslation("landscape.form.see-page"));
        Button save = new Button(getTranslation("landscape.form.save"), click -> save());
        save.setId("case-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setText(getTranslation("landscape.form.submit"));
        submit.setId("case-submit");
        submit.addClickListener(click -> submit());
        // The status above the form: what a save says is seen and heard from the button at the form's end.
        add(new H1(getTranslation(titleKey())), status.listing(form.problems()), form.problems(), state, comment,
                new Paragraph(page), form, new HorizontalLayout(save, submit));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CaseId> id = event.getRouteParameters().get("case").flatMap(CaseRoutes::idOf);
        Optional<CaseEditing> found = id.flatMap(cases::editing);
        if (found.isEmpty()) {
            if (id.flatMap(cases::screen).isPresent()) {
                removeAll();
                add(new H1(getTranslation(titleKey())), CaseRefusal.of(cases.entry().mayRegister()
                        ? "landscape.refusal.edit" : "landscape.refusal.edit-employees"));
                return;
            }
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("gemt")) {
            status.done(getTranslation("landscape.form.saved"));
        } else if (parameters.containsKey(MADE_FROM_IDEA)) {
            status.done(getTranslation("landscape.from-idea.opened-existing"));
        }
    }

    private void show(CaseEditing shown) {
        editing = shown;
        form.show(shown.draft(), organisations.find(shown.draft().organisation()).orElse(null),
                shown.contact());
        state.setText(getTranslation("landscape.form.state", getTranslation(shown.status().labelKey())));
        comment.setVisible(shown.status() == CaseStatus.RETURNED && shown.staffComment() != null);
        comment.setText(shown.staffComment() == null ? "" : getTranslation("landscape.form.staff-comment",
                shown.staffComment()));
        page.setHref("/" + shown.path());
        submit.setVisible(shown.status() == CaseStatus.DRAFT || shown.status() == CaseStatus.RETURNED);
    }

    private CaseId id() {
        return editing.id();
    }

    private void save() {
        status.clear();
        try {
            cases.edit(id(), form.draft(), editing.version());
            form.markSaved();
            show(cases.editing(id()).orElseThrow());
            status.doneHere(getTranslation("landscape.form.saved"));
        } catch (InvalidInputException refused) {
            sayRefusal(refused, "landscape.form.not-saved", caseMessage(refused));
        }
    }

    /**
     * Saved first, so that a submission refused for what only submitting requires (a section, the contact) keeps
     * what was written, and says so; a draft the server refuses to save is neither saved nor submitted.
     */
    private void submit() {
        status.clear();
        try {
            cases.edit(id(), form.draft(), editing.version());
        } catch (InvalidInputException refused) {
            sayRefusal(refused, "landscape.form.not-saved-nor-submitted", caseMessage(refused));
            return;
        }
        form.markSaved();
        show(cases.editing(id()).orElseThrow());
        try {
            cases.submit(id());
            show(cases.editing(id()).orElseThrow());
            status.doneHere(getTranslation("landscape.form.submitted"));
        } catch (InvalidInputException refused) {
            // Of the case as a whole: e.g. a co-editor submitted it meanwhile.
            sayRefusal(refused, "landscape.form.saved-not-submitted",
                    getTranslation("landscape.form.saved-not-submittable"));
        }
    }

    /**
     * Says a refusal: one of the case as a whole (changed or submitted meanwhile) has nothing in the form to correct,
     * so {@code wholeCaseText} says it on its own, not "correct this:" over a list; else {@code correctKey} says what
     * became of the case, and the list under it what to correct.
     */
    private void sayRefusal(InvalidInputException refused, String correctKey, String wholeCaseText) {
        if (refused.fieldMessageKeys().containsKey(CaseService.WHOLE_CASE)) {
            form.problems().clear();
            status.refusedHere(wholeCaseText);
        } else {
            form.showRefusal(refused);
            status.refusedHere(getTranslation(correctKey));
        }
    }

    /** The refusal's message about the case as a whole, if it has one. */
    private static String caseMessage(InvalidInputException refused) {
        String key = refused.fieldMessageKeys().get(CaseService.WHOLE_CASE);
        return key == null ? null : I18NProvider.translate(key);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        LeaveGuard.askBeforeLeaving(event, form.hasUnsavedChanges());
    }

    @Override
    public String titleKey() {
        return "landscape.form.edit-title";
    }
}
