package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import dk.coi.portal.landscape.AdoptionDraft;
import dk.coi.portal.landscape.AdoptionKind;
import dk.coi.portal.landscape.AdoptionRoutes;
import dk.coi.portal.landscape.Adoptions;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseSpreading;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.LeaveGuard;
import dk.coi.portal.shared.ui.MarkdownEditor;
import dk.coi.portal.shared.ui.RequiredChoice;
import dk.coi.portal.shared.ui.RequiredLegend;
import jakarta.annotation.security.PermitAll;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Optional;

/**
 * "Vi har genbrugt den": a public employee records that their workplace reused a published case — which workplace,
 * how, since which month, what they changed and why, their own results — and may register their own case draft from
 * it at once, under a title of its own (offered as the case's "i" the workplace, which the person may change). The
 * workplaces offered are those that may reuse it (not the case's own), the person's own chosen first; a workplace that
 * recorded reusing it already is said to have, with a link to its reuse, as soon as it is chosen. Refusals are said
 * at the fields, all at once; a saved reuse is confirmed in place of the form, with the way on; anyone but a public
 * employee is told who records reuse.
 */
@Route(CaseRoutes.LIST + "/:case(" + CaseRoutes.SEGMENT + ")/" + AdoptionRoutes.ADOPT)
@PermitAll
class AdoptCaseView extends ReuseCaseView implements BeforeLeaveObserver {

    private final CaseService cases;
    private final OrganisationService organisations;
    private final FormStatus status = new FormStatus("adoption-status");
    private final ComboBox<OrganisationSummary> workplace = new ComboBox<>();
    private final RadioButtonGroup<AdoptionKind> kind = new RadioButtonGroup<>();
    private final Select<Month> month = new Select<>();
    private final IntegerField year = new IntegerField();
    private final TextArea results = new TextArea();
    private final Checkbox ownCase = new Checkbox();
    private final TextField ownCaseTitle = new TextField();
    private final Div form = new Div();
    private final Paragraph recordedAlready = new Paragraph();
    private MarkdownEditor changes;

    AdoptCaseView(Adoptions adoptions, CaseService cases, OrganisationService organisations) {
        super(adoptions);
        this.cases = cases;
        this.organisations = organisations;
    }

    @Override
    boolean mayUse(CaseSpreading kase) {
        return kase.mayAdopt();
    }

    @Override
    String refusalKey() {
        return "landscape.refusal.adopt";
    }

    @Override
    void showForm(CaseSpreading kase) {
        add(new Paragraph(getTranslation("landscape.adoption.intro")));
        workplace.setId("adoption-workplace");
        workplace.setLabel(getTranslation("landscape.adoption.workplace"));
        workplace.setHelperText(getTranslation("landscape.adoption.workplace.help"));
        workplace.setRequiredIndicatorVisible(true);
        workplace.setWidthFull();
        workplace.setItemLabelGenerator(OrganisationSummary::name);
        workplace.setItems(query -> organisations.search(query.getFilter().orElse("")).stream()
                .filter(found -> !found.id().equals(kase.organisation()))
                .skip(query.getOffset()).limit(query.getLimit()));
        kind.setId("adoption-kind");
        kind.setLabel(getTranslation("landscape.adoption.kind"));
        kind.setRequiredIndicatorVisible(true);
        kind.setItems(AdoptionKind.values());
        kind.setItemLabelGenerator(choice -> getTranslation(choice.labelKey()));
        month.setId("adoption-month");
        month.setLabel(getTranslation("landscape.adoption.month"));
        month.setItems(Month.values());
        month.setItemLabelGenerator(choice -> choice.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        RequiredChoice.mark(month, "landscape.adoption.adoptedIn.required");
        year.setId("adoption-year");
        year.setLabel(getTranslation("landscape.adoption.year"));
        year.setRequiredIndicatorVisible(true);
        year.setValue(YearMonth.now(DateFormats.DANISH_TIME).getYear());
        changes = new MarkdownEditor("adoption-changes", getTranslation("landscape.adoption.changes"),
                getTranslation("landscape.adoption.changes.help"), cases::preview);
        // Required (the service refuses a reuse without it), marked as the other required fields are.
        changes.source().setManualValidation(true);
        changes.source().setRequiredIndicatorVisible(true);
        results.setId("adoption-results");
        results.setLabel(getTranslation("landscape.adoption.results"));
        results.setHelperText(getTranslation("landscape.adoption.results.help"));
        results.setMaxLength(AdoptionDraft.MAX_RESULTS);
        results.setWidthFull();
        ownCase.setId("adoption-own-case");
        ownCase.setLabel(getTranslation("landscape.adoption.own-case"));
        ownCaseTitle.setId("adoption-own-case-title");
        ownCaseTitle.setLabel(getTranslation("landscape.adoption.own-case-title"));
        ownCaseTitle.setHelperText(getTranslation("landscape.adoption.own-case-title.help"));
        ownCaseTitle.setWidthFull();
        ownCaseTitle.setVisible(false);
        ownCase.addValueChangeListener(ticked -> ownCaseTitle.setVisible(ticked.getValue()));
        // The title follows the workplace chosen until the person writes one of their own.
        workplace.addValueChangeListener(chosen -> {
            String offered = chosen.getOldValue() == null ? ""
                    : AdoptionDraft.ownCaseTitle(kase.title(), chosen.getOldValue().name());
            if (chosen.getValue() != null && (ownCaseTitle.isEmpty() || ownCaseTitle.getValue().equals(offered))) {
                ownCaseTitle.setValue(AdoptionDraft.ownCaseTitle(kase.title(), chosen.getValue().name()));
            }
        });
        // Said as soon as the workplace is known, not only when the form is sent (the service refuses it too).
        workplace.addValueChangeListener(chosen -> sayRecordedAlready(kase, chosen.getValue()));
        workplace.setValue(kase.ownWorkplace());
        Button save = new Button(getTranslation("landscape.adoption.save"), click -> save(kase));
        save.setId("adoption-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Div when = new Div(month, year);
        when.addClassName("portal-form-row");
        recordedAlready.setId("adoption-recorded-already");
        // Always in the page, empty until a workplace recorded already is chosen: a screen reader hears it change.
        recordedAlready.getElement().setAttribute("aria-live", "polite");
        form.add(RequiredLegend.of("adoption-required-legend"), workplace, recordedAlready, kind, when, changes,
                results, ownCase, ownCaseTitle, save);
        add(form, status);
    }

    private void sayRecordedAlready(CaseSpreading kase, OrganisationSummary chosen) {
        recordedAlready.removeAll();
        Optional<CaseSpreading.Adopter> recorded = chosen == null ? Optional.empty() : kase.recordedBy(chosen.id());
        recorded.ifPresent(adopter -> {
            Anchor existing = new Anchor("/" + kase.adopterPath(adopter),
                    getTranslation("landscape.adoption.recorded-already.see"));
            existing.setId("adoption-recorded-already-link");
            recordedAlready.add(new Text(getTranslation("landscape.adoption.recorded-already", chosen.name()) + " "),
                    existing);
        });
    }

    private void save(CaseSpreading kase) {
        status.clear();
        YearMonth adoptedIn = month.getValue() == null || year.getValue() == null ? null
                : YearMonth.of(year.getValue(), month.getValue());
        FieldErrors errors = new FieldErrors().add("workplace", workplace).add("kind", kind)
                .add("adoptedIn", month.isEmpty() ? month : year).add("results", results)
                .add("ownCaseTitle", ownCaseTitle);
        try {
            adoptions.adopt(kase.id(), new AdoptionDraft(workplace.getValue() == null ? null
                    : workplace.getValue().id(), kind.getValue(), adoptedIn, changes.getValue(),
                    results.getValue(), ownCase.getValue(), ownCase.getValue() ? ownCaseTitle.getValue() : null));
            changes.markSaved();
            form.setVisible(false);
            Anchor back = new Anchor("/" + kase.path(), getTranslation("landscape.adoption.saved.back"));
            back.setId("adoption-saved-back");
            status.doneHere(getTranslation(ownCase.getValue() ? "landscape.adoption.saved.own-case"
                    : "landscape.adoption.saved"));
            status.add(new Text(" "), back);
            if (ownCase.getValue()) {
                Anchor mine = new Anchor("/" + CaseRoutes.MINE, getTranslation("landscape.list.mine"));
                mine.setId("adoption-saved-mine");
                status.add(new Text(" "), mine);
            }
        } catch (InvalidInputException refused) {
            errors.show(refused);
            String changesProblem = refused.fieldMessageKeys().get("changes");
            if (changesProblem == null) {
                changes.clearError();
            } else {
                changes.showError(getTranslation(changesProblem));
            }
            status.refused(refused);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        LeaveGuard.askBeforeLeaving(event, changes != null && changes.hasUnsavedText());
    }

    @Override
    public String titleKey() {
        return "landscape.adoption.title";
    }
}
