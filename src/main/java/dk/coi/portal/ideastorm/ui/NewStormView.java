package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.Phase;
import dk.coi.portal.ideastorm.Rubric;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormTemplate;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.LeaveGuard;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff start a storm: a template, its texts, its start and each phase's end (one after the other, in Danish
 * time), each phase listed with what happens in it, and its evaluation rubric (criteria with weights, optional). The
 * server checks everything; what it refuses is said at the
 * fields, translated, and nothing is stored. A stored storm opens on its page.
 */
@Route(StormRoutes.NEW)
@RolesAllowed("COI_STAFF")
class NewStormView extends Div implements TranslatedPageTitle, BeforeLeaveObserver {

    /** The phases' lengths offered at first; staff change them as the storm needs. */
    private static final Duration PHASE = Duration.ofDays(14);

    private final StormService storms;
    private final StormTextsFields texts;
    private final RadioButtonGroup<StormTemplate> template =
            new RadioButtonGroup<>(I18NProvider.translate("ideastorm.field.template"));
    private final DateTimePicker start = DanishHours.picker(I18NProvider.translate("ideastorm.field.start"), "storm-start");
    private final OrderedList phases = new OrderedList();
    private final List<DateTimePicker> ends = new ArrayList<>();
    private final FormStatus status = new FormStatus("storm-new-status");
    private final RubricEditor rubric = new RubricEditor(new Rubric(List.of(), false, 0));
    private final StormSettingsFields settings = new StormSettingsFields();

    NewStormView(StormService storms, Clock clock) {
        this.storms = storms;
        this.texts = new StormTextsFields(storms);
        addClassName("portal-form");
        template.setId("storm-template");
        template.setItems(StormTemplate.values());
        template.setItemLabelGenerator(choice -> getTranslation(choice.labelKey()) + " – "
                + getTranslation(choice.labelKey() + ".about"));
        template.setRequiredIndicatorVisible(true);
        template.addValueChangeListener(change -> showPhases());
        // Tomorrow at nine, Danish time: a start staff usually move, but never one in the past.
        start.setValue(LocalDateTime.of(LocalDate.now(clock.withZone(DateFormats.DANISH_TIME)).plusDays(1),
                LocalTime.of(9, 0)));
        start.addValueChangeListener(change -> followStart(change.getOldValue(), change.getValue()));
        phases.setId("storm-new-phases");
        phases.addClassName("portal-storm-phases");
        phases.getElement().setAttribute("aria-labelledby", "storm-new-phases-heading");
        Button save = new Button(getTranslation("ideastorm.new.save"), click -> save());
        save.setId("storm-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("ideastorm.new.intro"));
        H2 phasesHeading = new H2(getTranslation("ideastorm.new.phases"));
        phasesHeading.setId("storm-new-phases-heading");
        add(new H1(getTranslation("ideastorm.new.title")), intro, template);
        texts.components().forEach(this::add);
        settings.components().forEach(this::add);
        H2 rubricHeading = new H2(getTranslation("ideastorm.rubric.heading"));
        add(phasesHeading, new Paragraph(getTranslation("ideastorm.new.phases.intro")), start, phases, rubricHeading,
                rubric, save, status);
        template.setValue(StormTemplate.SIMPLE);
    }

    /** The template's phases with what each is for, each with its end, following on from the start. */
    private void showPhases() {
        phases.removeAll();
        ends.clear();
        if (template.getValue() == null) {
            return;
        }
        LocalDateTime end = start.getValue();
        int position = 0;
        for (StormTemplate.TemplatePhase phase : template.getValue().phases()) {
            Span name = new Span(getTranslation(phase.kind().labelKey()));
            name.addClassName("portal-storm-phase-name");
            Span about = new Span(Phase.explanation(phase.kind(), phase.switches()).render(I18NProvider::translate));
            about.addClassName("portal-storm-phase-about");
            DateTimePicker phaseEnd = DanishHours.picker(
                    getTranslation("ideastorm.field.phase-end", getTranslation(phase.kind().labelKey())),
                    "storm-phase-end-" + position);
            end = end == null ? null : end.plus(PHASE);
            phaseEnd.setValue(end);
            ends.add(phaseEnd);
            ListItem item = new ListItem(name, about, phaseEnd);
            item.addClassName("portal-storm-phase");
            phases.add(item);
            position++;
        }
    }

    /**
     * A new start moves every phase's end by as much, so the lengths staff set stay as they were; a start given
     * where there was none gives the phases their first lengths from it.
     */
    private void followStart(LocalDateTime before, LocalDateTime after) {
        if (before == null) {
            showPhases();
            return;
        }
        if (after == null) {
            return;
        }
        Duration moved = Duration.between(before, after);
        ends.stream().filter(end -> end.getValue() != null).forEach(end -> end.setValue(end.getValue().plus(moved)));
    }

    private void save() {
        status.clear();
        FieldErrors errors = settings.addTo(texts.errors().add("template", template).add("start", start));
        for (int i = 0; i < ends.size(); i++) {
            errors.add("phases." + i, ends.get(i));
        }
        try {
            StormId id = storms.create(new NewStorm(texts.title.getValue(), texts.question.getValue(),
                    texts.description.getValue(), texts.owner.getValue(), texts.audience.getValue(), texts.deadline(),
                    template.getValue(), DanishHours.instant(start.getValue()), lengths(), rubric.drafts()),
                    settings.settings());
            errors.clear();
            texts.description.markSaved();
            // The storm's number alone leads on to its address with its title's words.
            getUI().ifPresent(ui -> ui.navigate(StormRoutes.LIST + "/" + id.value()));
        } catch (InvalidInputException refused) {
            errors.show(refused);
            rubric.show(refused);
            status.refused(refused);
        }
    }

    /** Each phase's length: from the end of the one before (the first from the start) to its own end. */
    private List<Duration> lengths() {
        List<Duration> lengths = new ArrayList<>();
        LocalDateTime from = start.getValue();
        for (DateTimePicker end : ends) {
            LocalDateTime to = end.getValue();
            lengths.add(from == null || to == null ? null
                    : Duration.between(DanishHours.instant(from), DanishHours.instant(to)));
            from = to;
        }
        return lengths;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        LeaveGuard.askBeforeLeaving(event, texts.description.hasUnsavedText());
    }

    @Override
    public String titleKey() {
        return "ideastorm.new.title";
    }
}
