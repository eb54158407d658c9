package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dk.coi.portal.ideastorm.EvaluationService;
import dk.coi.portal.ideastorm.Phase;
import dk.coi.portal.ideastorm.PhaseLogLine;
import dk.coi.portal.ideastorm.PhaseTimes;
import dk.coi.portal.ideastorm.Rubric;
import dk.coi.portal.ideastorm.StormEdit;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormManagement;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormResultsService;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.LeaveGuard;
import dk.coi.portal.shared.ui.ReasonField;
import dk.coi.portal.shared.ui.SafeConfirm;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff run a storm: edit its texts (refused when someone saved other texts meanwhile), its settings
 * (pre-moderation, votes per person) and its rubric, change its phases' times, move it to another phase by hand with
 * a reason, read its phase log (who, when, from and to, why; the clock's changes as "automatic") and publish its
 * results (see them first on the results page, which is a preview until then). Each section says at its button what
 * was done or refused; a save in one section keeps what staff changed and did not save in the others, and leaving
 * the screen with a field changed and not saved asks first.
 */
@Route(StormRoutes.LIST + "/:storm(" + StormRoutes.STORM_SEGMENT + ")/" + StormRoutes.MANAGEMENT)
@RolesAllowed("COI_STAFF")
class StormManagementView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final StormService storms;
    private final StormResultsService results;
    private final EvaluationService evaluation;
    private StormId id;
    private static final String TEXTS_SECTION = "storm-texts";
    private StormTextsFields texts;
    /** The storm as last read: saves carry its versions, also from a section kept as staff left it. */
    private StormManagement current;
    /** The sections in which staff changed a field since they were last shown; a save elsewhere keeps them. */
    private final Set<Section> changedSections = new HashSet<>();
    private String title = "";

    StormManagementView(StormService storms, StormResultsService results, EvaluationService evaluation) {
        this.storms = storms;
        this.results = results;
        this.evaluation = evaluation;
        addClassName("portal-form");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StormId> named = StormRoutes.idOf(event.getRouteParameters().get("storm").orElse(""));
        Optional<StormManagement> storm = named.flatMap(this::read);
        if (storm.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = named.get();
        show(storm.get());
    }

    private Optional<StormManagement> read(StormId storm) {
        try {
            return Optional.of(storms.management(storm));
        } catch (InvalidInputException unknown) {
            return Optional.empty();
        }
    }

    private void show(StormManagement storm) {
        current = storm;
        title = getTranslation("ideastorm.manage.title", storm.storm().title());
        removeAll();
        Anchor back = new Anchor(storm.path(), getTranslation("ideastorm.manage.back"));
        back.setId("storm-manage-back");
        Anchor evaluate = new Anchor(storm.evaluationPath(), getTranslation("ideastorm.evaluation.link"));
        evaluate.setId("storm-manage-evaluation");
        add(new H1(title), new Paragraph(back), new Paragraph(evaluate));
        if (storm.storm().draft()) {
            add(StormSections.draftNote());
        }
        changedSections.clear();
        sections(storm).forEach(section -> {
            add(section);
            watchForChanges(section, section);
        });
    }

    private List<Section> sections(StormManagement storm) {
        return List.of(publicationSection(storm), textsSection(storm), settingsSection(storm), timesSection(storm),
                PhaseSwitchesSection.of(storms, id, () -> current.settingsVersion(), storm, this::done,
                        this::refused),
                rubricSection(), moveSection(storm), logSection(storm), resultsSection(storm), deleteSection(storm));
    }

    /** Notes any field staff change in the section, so that neither a save elsewhere nor leaving loses it. */
    private void watchForChanges(Section section, Component parent) {
        parent.getChildren().forEach(child -> {
            if (child instanceof HasValue<?, ?> field) {
                whenChanged(field, () -> changedSections.add(section));
            } else {
                watchForChanges(section, child);
            }
        });
    }

    private static <E extends HasValue.ValueChangeEvent<V>, V> void whenChanged(HasValue<E, V> field,
                                                                                 Runnable changed) {
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changed.run();
            }
        });
    }

    /** Shows the storm as it now stands, and says in the section the person used what was done. */
    private void done(FormStatus where, String text) {
        Set<Section> keep = new HashSet<>(changedSections);
        keep.remove(where.findAncestor(Section.class));
        List<Section> before = getChildren().filter(Section.class::isInstance).map(Section.class::cast).toList();
        StormTextsFields textsBefore = texts;
        show(storms.management(this.id));
        keepUnsaved(before, keep, textsBefore);
        FormStatus.within(this, where.getId().orElseThrow()).ifPresent(status -> status.doneHere(text));
    }

    /**
     * Says why a save was refused. When someone else saved the texts, or how the storm runs, since the screen was
     * shown: who and when, that the person's edits are still in the form and not saved, and a button that shows the
     * saved values in this section instead (the other sections keep what the person changed there).
     */
    private void refused(FormStatus status, InvalidInputException refused) {
        status.refused(refused);
        boolean textsConflict = refused.fieldMessageKeys().containsValue("ideastorm.edit.conflict");
        if (!textsConflict && !refused.fieldMessageKeys().containsValue("ideastorm.settings.conflict")) {
            return;
        }
        StormManagement.LastChange change = textsConflict ? storms.management(id).textsChange()
                : storms.management(id).settingsChange();
        if (change == null) {
            return;
        }
        status.setText(getTranslation(textsConflict ? "ideastorm.conflict.texts" : "ideastorm.conflict.settings",
                change.by() != null ? change.by() : getTranslation("person.erased"),
                DateFormats.dateTime(change.at(), getLocale())) + " ");
        Button reload = new Button(getTranslation("ideastorm.conflict.reload"),
                click -> done(status, getTranslation("ideastorm.conflict.reloaded")));
        reload.setId(status.getId().orElseThrow() + "-reload");
        reload.addThemeVariants(ButtonVariant.TERTIARY);
        status.add(reload);
    }

    /**
     * Puts back the sections in which staff had changed fields but saved something else, as they left them: every
     * save shows the storm anew, and that must not throw their other edits away (their saves use {@link #current}'s
     * versions, so they still go through).
     */
    private void keepUnsaved(List<Section> before, Set<Section> keep, StormTextsFields textsBefore) {
        List<Section> shown = getChildren().filter(Section.class::isInstance).map(Section.class::cast).toList();
        for (Section old : before) {
            if (keep.contains(old)) {
                shown.stream().filter(fresh -> fresh.getId().equals(old.getId())).findFirst().ifPresent(fresh -> {
                    replace(fresh, old);
                    changedSections.add(old);
                    if (old.getId().equals(Optional.of(TEXTS_SECTION))) {
                        texts = textsBefore;
                    }
                });
            }
        }
    }

    /** A draft is made public here; until then staff alone see it. */
    private Section publicationSection(StormManagement storm) {
        Section section = StormSections.labelled("storm-publication", "ideastorm.manage.publication");
        FormStatus status = new FormStatus("storm-publish-status");
        if (!storm.storm().draft()) {
            section.add(new Paragraph(getTranslation("ideastorm.manage.public")), status);
            return section;
        }
        Runnable publishNow = () -> {
            status.clear();
            try {
                storms.publish(id);
                done(status, getTranslation("ideastorm.manage.published"));
            } catch (InvalidInputException refused) {
                status.refused(refused);
            }
        };
        Button publish = new Button(getTranslation("ideastorm.manage.publish"), click -> SafeConfirm.ask(
                "storm-publish-dialog", getTranslation("ideastorm.manage.publish-title", storm.storm().title()),
                getTranslation("ideastorm.manage.publish-text"), getTranslation("ideastorm.manage.publish-confirm"),
                getTranslation("ideastorm.manage.publish-wait"), publishNow, () -> { }).open());
        publish.setId("storm-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(new Paragraph(getTranslation("ideastorm.manage.draft-intro")), publish, status);
        return section;
    }

    /**
     * Deleting the storm, while nobody has taken part in it, after a question; otherwise why it cannot be deleted.
     */
    private Section deleteSection(StormManagement storm) {
        Section section = StormSections.labelled("storm-deletion", "ideastorm.manage.deletion");
        if (!storm.deletable()) {
            Paragraph why = new Paragraph(getTranslation("ideastorm.storm.has-participation"));
            why.setId("storm-delete-refused");
            section.add(why);
            return section;
        }
        FormStatus status = new FormStatus("storm-delete-status");
        Runnable deleteNow = () -> {
            status.clear();
            try {
                storms.delete(id);
                changedSections.clear();
                getUI().ifPresent(ui -> ui.navigate(StormRoutes.LIST));
            } catch (InvalidInputException refused) {
                status.refused(refused);
            }
        };
        Button delete = new Button(getTranslation("ideastorm.manage.delete"), click -> SafeConfirm.ask(
                "storm-delete-dialog", getTranslation("ideastorm.manage.delete-title", storm.storm().title()),
                getTranslation("ideastorm.manage.delete-text"), getTranslation("ideastorm.manage.delete-confirm"),
                getTranslation("ideastorm.manage.delete-keep"), deleteNow, () -> { }).open());
        delete.setId("storm-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        section.add(new Paragraph(getTranslation("ideastorm.manage.delete-intro")), delete, status);
        return section;
    }

    private Section textsSection(StormManagement storm) {
        texts = new StormTextsFields(storms);
        texts.show(storm.storm());
        FormStatus status = new FormStatus("storm-texts-status");
        FieldErrors errors = texts.errors();
        Button save = new Button(getTranslation("ideastorm.manage.save-texts"), click -> {
            status.clear();
            try {
                storms.update(id, new StormEdit(current.textsVersion(), texts.title.getValue(),
                        texts.question.getValue(), texts.description.getValue(), texts.owner.getValue(),
                        texts.audience.getValue(), texts.deadline()));
                texts.description.markSaved();
                done(status, getTranslation("ideastorm.manage.texts-saved"));
            } catch (InvalidInputException refused) {
                errors.show(refused);
                refused(status, refused);
            }
        });
        save.setId("storm-save-texts");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Section section = StormSections.labelled(TEXTS_SECTION, "ideastorm.manage.texts");
        texts.components().forEach(section::add);
        section.add(save, status);
        return section;
    }

    private Section settingsSection(StormManagement storm) {
        StormSettingsFields settings = new StormSettingsFields();
        settings.show(storm.settings());
        FormStatus status = new FormStatus("storm-settings-status");
        FieldErrors errors = settings.addTo(new FieldErrors());
        Button save = new Button(getTranslation("ideastorm.manage.save-settings"), click -> {
            status.clear();
            try {
                storms.changeSettings(id, settings.settings(), current.settingsVersion());
                done(status, getTranslation("ideastorm.manage.settings-saved"));
            } catch (InvalidInputException refused) {
                errors.show(refused);
                refused(status, refused);
            }
        });
        save.setId("storm-save-settings");
        Section section = StormSections.labelled("storm-settings", "ideastorm.manage.settings");
        settings.components().forEach(section::add);
        section.add(save, status);
        return section;
    }

    private Section timesSection(StormManagement storm) {
        List<DateTimePicker[]> pickers = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
        OrderedList phases = new OrderedList();
        phases.addClassName("portal-storm-phases");
        for (Phase phase : storm.storm().phases()) {
            String name = getTranslation(phase.kind().labelKey());
            DateTimePicker start = DanishHours.picker(getTranslation("ideastorm.field.phase-start", name),
                    "storm-phase-start-" + phase.position());
            start.setValue(DanishHours.danish(phase.start()));
            DateTimePicker end = DanishHours.picker(getTranslation("ideastorm.field.phase-end", name),
                    "storm-phase-end-" + phase.position());
            end.setValue(DanishHours.danish(phase.end()));
            pickers.add(new DateTimePicker[] {start, end});
            errors.add("phases." + phase.position() + ".start", start);
            errors.add("phases." + phase.position(), end);
            ListItem item = new ListItem(start, end);
            item.addClassName("portal-storm-phase");
            phases.add(item);
        }
        FormStatus status = new FormStatus("storm-times-status");
        Button save = new Button(getTranslation("ideastorm.manage.save-times"), click -> {
            status.clear();
            try {
                storms.changePhaseTimes(id, pickers.stream().map(pair -> new PhaseTimes(
                        DanishHours.instant(pair[0].getValue()), DanishHours.instant(pair[1].getValue()))).toList(),
                        current.settingsVersion());
                done(status, getTranslation("ideastorm.manage.times-saved"));
            } catch (InvalidInputException refused) {
                errors.show(refused);
                refused(status, refused);
            }
        });
        save.setId("storm-save-times");
        Section section = StormSections.labelled("storm-times", "ideastorm.manage.times");
        section.add(phases, save, status);
        return section;
    }

    /** The evaluation rubric, editable until the first score. */
    private Section rubricSection() {
        Rubric rubric = evaluation.rubric(id);
        Section section = StormSections.labelled("storm-rubric", "ideastorm.rubric.heading");
        RubricEditor editor = new RubricEditor(rubric);
        section.add(editor);
        if (!rubric.locked()) {
            FormStatus status = new FormStatus("storm-rubric-status");
            Button save = new Button(getTranslation("ideastorm.rubric.save"), click -> {
                status.clear();
                try {
                    evaluation.setRubric(id, editor.drafts(), rubric.version());
                    done(status, getTranslation("ideastorm.rubric.saved"));
                } catch (InvalidInputException refused) {
                    editor.show(refused);
                    status.refused(refused);
                }
            });
            save.setId("storm-rubric-save");
            section.add(save, status);
        }
        return section;
    }

    private Section moveSection(StormManagement storm) {
        Select<Phase> phase = new Select<>();
        phase.setId("storm-move-phase");
        phase.setLabel(getTranslation("ideastorm.manage.move.phase"));
        phase.setItems(storm.storm().phases());
        phase.setItemLabelGenerator(choice -> getTranslation(choice.kind().labelKey()));
        ReasonField reason = new ReasonField("ideastorm.manage.move.reason", "storm-move-reason");
        reason.setRequired(true);
        FormStatus status = new FormStatus("storm-move-status");
        FieldErrors errors = new FieldErrors().add("phase", phase);
        Button move = new Button(getTranslation("ideastorm.manage.move.button"), click -> {
            status.clear();
            reason.setInvalid(false);
            try {
                storms.movePhase(id, phase.getValue() == null ? -1 : phase.getValue().position(), reason.getValue());
                done(status, getTranslation("ideastorm.manage.moved",
                        getTranslation(phase.getValue().kind().labelKey())));
            } catch (InvalidInputException refused) {
                errors.show(refused);
                reason.explain(refused);
                status.refused(refused);
            }
        });
        move.setId("storm-move-button");
        Section section = StormSections.labelled("storm-move", "ideastorm.manage.move");
        section.add(new Paragraph(getTranslation("ideastorm.manage.move.intro")), phase, reason, move, status);
        return section;
    }

    private Section logSection(StormManagement storm) {
        Section section = StormSections.labelled("storm-log", "ideastorm.manage.log");
        if (storm.log().isEmpty()) {
            section.add(new Paragraph(getTranslation("ideastorm.manage.log.empty")));
            return section;
        }
        OrderedList lines = new OrderedList();
        lines.setId("storm-log-lines");
        // Latest first: the change staff look for is usually the last one.
        for (PhaseLogLine line : storm.log().reversed()) {
            String at = DateFormats.dateTime(line.at(), getLocale());
            String to = getTranslation(line.to().labelKey());
            ListItem item = new ListItem(line.from() == null
                    ? getTranslation("ideastorm.manage.log.started", at, to, who(line))
                    : getTranslation("ideastorm.manage.log.line", at, getTranslation(line.from().labelKey()), to,
                            who(line)));
            if (line.reason() != null) {
                Span reason = new Span(getTranslation("ideastorm.manage.log.reason", line.reason()));
                reason.addClassName("portal-storm-log-reason");
                item.add(new Paragraph(reason));
            }
            lines.add(item);
        }
        section.add(lines);
        return section;
    }

    private Section resultsSection(StormManagement storm) {
        Section section = StormSections.labelled("storm-results", "ideastorm.manage.results");
        Anchor page = new Anchor(storm.resultsPath(), getTranslation(storm.storm().resultsPublishedAt() == null
                ? "ideastorm.manage.results.preview" : "ideastorm.manage.results.page"));
        page.setId("storm-results-page");
        // Also beside the published results, so that "published" is said where the button was (done(...)).
        FormStatus status = new FormStatus("storm-results-status");
        if (storm.storm().resultsPublishedAt() != null) {
            Paragraph published = new Paragraph(getTranslation("ideastorm.manage.results.published",
                    DateFormats.dateTime(storm.storm().resultsPublishedAt(), getLocale()),
                    storm.resultsPublishedBy() != null ? storm.resultsPublishedBy()
                            : I18NProvider.translate("person.erased")));
            published.setId("storm-results-published");
            section.add(published, new Paragraph(page), status);
            return section;
        }
        if (!storm.mayPublishResults()) {
            section.add(new Paragraph(getTranslation("ideastorm.manage.results.not-yet")), new Paragraph(page));
            return section;
        }
        Runnable publishNow = () -> {
            status.clear();
            try {
                results.publish(id);
                done(status, getTranslation("ideastorm.manage.results.done"));
            } catch (InvalidInputException refused) {
                status.refused(refused);
            }
        };
        Button publish = new Button(getTranslation("ideastorm.manage.results.publish"), click -> {
            if (storm.unansweredIdeas() == 0) {
                publishNow.run();
                return;
            }
            ConfirmDialog ask = SafeConfirm.ask("storm-results-unanswered",
                    getTranslation("ideastorm.manage.results.unanswered-title"),
                    getTranslation("ideastorm.manage.results.unanswered", storm.unansweredIdeas()),
                    getTranslation("ideastorm.manage.results.publish-anyway"),
                    getTranslation("ideastorm.manage.results.wait"), publishNow, () -> { });
            ask.open();
        });
        publish.setId("storm-results-publish");
        section.add(new Paragraph(getTranslation("ideastorm.manage.results.intro")), new Paragraph(page), publish,
                status);
        return section;
    }

    private static String who(PhaseLogLine line) {
        if (!line.byHand()) {
            return I18NProvider.translate("ideastorm.manage.log.automatic");
        }
        return line.by() != null ? line.by() : I18NProvider.translate("person.erased");
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        LeaveGuard.askBeforeLeaving(event, !changedSections.isEmpty() || texts != null && texts.description.hasUnsavedText());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
