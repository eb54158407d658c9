package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.landscape.CaseFromIdea;
import dk.coi.portal.landscape.CaseContacts;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.IdeaCaseDrafts;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.LeaveGuard;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;

/**
 * Staff make a case draft of an idea carried on in an idea storm: the case form, started with what the idea gives
 * ({@link IdeaCaseDrafts#start}); saved as a draft they own, linked to the idea, which opens on its edit form. An idea
 * a case was made from already opens that case's edit form, saying so; one never carried on is not found; anyone but
 * staff is told who does this.
 */
@Route(IdeaCaseDrafts.ROUTE + "/:idea")
@PermitAll
class CaseFromIdeaView extends Div implements TranslatedPageTitle, BeforeEnterObserver, BeforeLeaveObserver {

    private final CaseService cases;
    private final IdeaCaseDrafts drafts;
    private final CaseForm form;
    private final FormStatus status = new FormStatus("case-status");
    private IdeaId idea;

    CaseFromIdeaView(CaseService cases, IdeaCaseDrafts drafts, OrganisationService organisations,
                     PersonService people, CaseContacts contacts, Clock clock) {
        this.cases = cases;
        this.drafts = drafts;
        this.form = new CaseForm(cases, organisations, contacts, clock, people.currentContributorId());
        addClassName("portal-case-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (!cases.entry().mayReview()) {
            add(new H1(getTranslation(titleKey())), CaseRefusal.of("landscape.refusal.from-idea"));
            return;
        }
        Optional<CaseFromIdea> start = event.getRouteParameters().getLong("idea").map(IdeaId::of)
                .flatMap(drafts::start);
        if (start.isEmpty()) {
            Optional<String> made = event.getRouteParameters().getLong("idea").map(IdeaId::of)
                    .flatMap(drafts::madeFrom);
            if (made.isPresent()) {
                event.forwardTo(made.get(), QueryParameters.of(EditCaseView.MADE_FROM_IDEA, ""));
            } else {
                event.rerouteToError(NotFoundException.class);
            }
            return;
        }
        idea = start.get().idea().idea();
        form.show(start.get().draft(), start.get().organisation(), null);
        Paragraph from = new Paragraph(getTranslation("landscape.from-idea.from") + " ");
        from.setId("case-from-idea");
        from.add(ContentLanguage.danish(new Anchor("/" + start.get().idea().ideaPath(), start.get().idea().title())));
        from.add(" " + getTranslation("landscape.from-idea.in-storm", start.get().idea().stormTitle()));
        Button save = new Button(getTranslation("landscape.form.save-draft"), click -> save());
        save.setId("case-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation(titleKey())), from, new Paragraph(getTranslation("landscape.from-idea.intro")),
                form, save, status.listing(form.problems()), form.problems());
    }

    private void save() {
        DraftSaving.save(this, form, status, () -> drafts.create(idea, form.draft()));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        LeaveGuard.askBeforeLeaving(event, idea != null && form.hasUnsavedChanges());
    }

    @Override
    public String titleKey() {
        return "landscape.from-idea.title";
    }
}
