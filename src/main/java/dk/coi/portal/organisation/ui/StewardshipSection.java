package dk.coi.portal.organisation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Section;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationScreen;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.ReasonField;
import dk.coi.portal.shared.ui.SafeConfirm;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Staff's part of an organisation's page: mark or unmark it as an innovation unit, correct its name and municipality
 * (not a municipality's or region's), and merge it into the organisation
 * kept (chosen by name, with a required reason, after saying yes to a question whose first answer, focused, is to
 * cancel), and undo a merge into it for a while (with a reason). What the server refuses is said at the fields and under them; after a
 * change the page is shown anew ({@code changed}: which organisation, what was done).
 */
class StewardshipSection extends Composite<Section> {

    static final String STATUS = "organisation-stewardship-status";

    private final FormStatus status = new FormStatus(STATUS);
    private final OrganisationId organisation;

    StewardshipSection(OrganisationScreen screen, OrganisationService organisations,
                       OrganisationStewardship stewardship, BiConsumer<OrganisationId, String> changed) {
        OrganisationId id = screen.organisation().id();
        organisation = id;
        H2 heading = new H2(getTranslation("organisation.stewardship.heading"));
        heading.setId("organisation-stewardship-heading");
        getContent().setId("organisation-stewardship");
        getContent().getElement().setAttribute("aria-labelledby", "organisation-stewardship-heading");
        getContent().add(heading);
        if (screen.may().markInnovationUnit()) {
            boolean marked = screen.innovationUnit();
            Button mark = new Button(getTranslation(marked ? "organisation.innovation-unit.unmark"
                    : "organisation.innovation-unit.mark-button"), click -> attempt(new FieldErrors(), () -> {
                        stewardship.markInnovationUnit(id, !marked);
                        return marked ? "organisation.innovation-unit.unmarked" : "organisation.innovation-unit.marked";
                    }, changed));
            mark.setId("organisation-mark");
            getContent().add(mark);
        }
        if (screen.may().amend()) {
            addAmending(screen, organisations, stewardship, changed);
        }
        if (screen.may().merge()) {
            ComboBox<OrganisationSummary> kept = new ComboBox<>(getTranslation("organisation.merge.kept"));
            kept.setId("organisation-merge-kept");
            kept.setHelperText(getTranslation("organisation.merge.kept-help"));
            kept.setWidthFull();
            kept.setItemLabelGenerator(OrganisationSummary::name);
            kept.setItems(query -> organisations.search(query.getFilter().orElse("")).stream()
                    .filter(candidate -> !candidate.id().equals(id)).skip(query.getOffset()).limit(query.getLimit()));
            ReasonField reason = new ReasonField("organisation.merge.reason", "organisation-merge-reason")
                    .withHelp("organisation.merge.reason-help");
            reason.setRequired(true);
            reason.setWidthFull();
            Runnable mergeNow = () -> {
                reason.setInvalid(false);
                attempt(new FieldErrors().add("kept", kept), () -> {
                    stewardship.merge(id, kept.getValue() == null ? null : kept.getValue().id(), reason.getValue());
                    return "organisation.merge.merged";
                }, changed, reason);
            };
            Button merge = new Button(getTranslation("organisation.merge.button"), click -> {
                // Without both choices there is nothing to ask: the server says what is missing at the fields.
                if (kept.getValue() == null || reason.getValue().isBlank()) {
                    mergeNow.run();
                } else {
                    askBeforeMerging(screen.organisation().name(), kept.getValue().name(), mergeNow);
                }
            });
            merge.setId("organisation-merge-button");
            merge.addThemeVariants(ButtonVariant.ERROR);
            getContent().add(kept, reason, merge);
        }
        if (!screen.undoableMerges().isEmpty()) {
            H3 undoHeading = new H3(getTranslation("organisation.merge.undo.heading"));
            Select<OrganisationSummary> duplicate = new Select<>();
            duplicate.setLabel(getTranslation("organisation.merge.undo.duplicate"));
            duplicate.setHelperText(getTranslation("organisation.merge.undo.help"));
            duplicate.setId("organisation-undo-duplicate");
            duplicate.setItems(screen.undoableMerges());
            duplicate.setItemLabelGenerator(OrganisationSummary::name);
            duplicate.setValue(screen.undoableMerges().getFirst());
            duplicate.setWidthFull();
            ReasonField reason = new ReasonField("organisation.merge.undo.reason", "organisation-undo-reason")
                    .withHelp("organisation.merge.reason-help");
            reason.setRequired(true);
            reason.setWidthFull();
            Button undo = new Button(getTranslation("organisation.merge.undo.button"), click -> {
                reason.setInvalid(false);
                attempt(new FieldErrors(), () -> {
                    stewardship.undoMerge(duplicate.getValue().id(), reason.getValue());
                    return "organisation.merge.undo.done";
                }, changed, reason);
            });
            undo.setId("organisation-undo-button");
            getContent().add(undoHeading, duplicate, reason, undo);
        }
        getContent().add(status);
    }

    /**
     * Correcting the name and the municipality it lies in, both shown as they are, with a reason if staff like; the
     * version shown goes with the correction, so a correction of what someone else has since changed is refused.
     */
    private void addAmending(OrganisationScreen screen, OrganisationService organisations,
                             OrganisationStewardship stewardship, BiConsumer<OrganisationId, String> changed) {
        OrganisationId id = organisation;
        H3 amendHeading = new H3(getTranslation("organisation.amend.heading"));
        TextField name = new TextField(getTranslation("organisation.field.name"));
        name.setId("organisation-amend-name");
        name.setValue(screen.organisation().name());
        name.setRequired(true);
        name.setWidthFull();
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("organisation.field.municipality"));
        municipality.setId("organisation-amend-municipality");
        municipality.setHelperText(getTranslation("organisation.amend.municipality-help"));
        municipality.setItems(organisations.municipalities());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        municipality.setValue(screen.municipality());
        municipality.setWidthFull();
        ReasonField reason = new ReasonField("organisation.amend.reason", "organisation-amend-reason")
                .withHelp("organisation.merge.reason-help");
        reason.setWidthFull();
        Button save = new Button(getTranslation("organisation.amend.button"), click -> {
            reason.setInvalid(false);
            attempt(new FieldErrors().add("name", name).add("municipality", municipality),
                    () -> stewardship.amend(id, name.getValue(), municipality.getValue() == null ? null
                            : municipality.getValue().code(), screen.version(), reason.getValue())
                            ? "organisation.amend.done" : "organisation.amend.unchanged", changed, reason);
        });
        save.setId("organisation-amend-button");
        getContent().add(amendHeading, name, municipality, reason, save);
    }

    /**
     * Asks whether to merge, as the portal asks before anything is lost ({@code shared.ui.LeaveGuard}): cancelling is
     * the first answer, focused when the question opens, and what Escape does; merging is the other, marked as the
     * destructive one. The one place the question is asked, so a shared safe confirmation can replace it.
     */
    private void askBeforeMerging(String duplicate, String keptName, Runnable merge) {
        SafeConfirm.ask("organisation-merge-confirm",
                getTranslation("organisation.merge.confirm.title", duplicate, keptName),
                getTranslation("organisation.merge.confirm.text", duplicate, keptName),
                getTranslation("organisation.merge.confirm.merge"), getTranslation("organisation.merge.confirm.keep"),
                merge, () -> { }).open();
    }

    /** Does what staff asked ({@code action}: what was done), or says at the fields and under them why not. */
    private void attempt(FieldErrors errors, Supplier<String> action, BiConsumer<OrganisationId, String> changed,
                         ReasonField... reasons) {
        status.clear();
        String done;
        try {
            done = action.get();
        } catch (InvalidInputException refused) {
            errors.show(refused);
            for (ReasonField reason : reasons) {
                reason.explain(refused);
            }
            status.refused(refused);
            return;
        }
        changed.accept(organisation, done);
    }
}
