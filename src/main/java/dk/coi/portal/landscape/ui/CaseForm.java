package dk.coi.portal.landscape.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.landscape.CaseContacts;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.MarkdownEditor;
import dk.coi.portal.shared.ui.ProblemList;
import dk.coi.portal.shared.ui.RequiredChoice;
import dk.coi.portal.shared.ui.RequiredLegend;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A case's form in four sections: basics, qualification (four Markdown sections with live preview and the evidence
 * level), results (an editable list, one group of fields per result) and contact. It reads and makes a
 * {@link CaseDraft}; what the server refuses is said at the fields it names.
 */
class CaseForm extends Div {

    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    private final TextField partners = new TextField();
    private final Select<CaseSector> sector = new Select<>();
    private final IntegerField yearStarted = new IntegerField();
    private final Select<CaseStage> stage = new Select<>();
    private final Select<InnovationType> innovationType = new Select<>();
    private final TextField targetGroup = new TextField();
    private final Select<Novelty> novelty = new Select<>();
    private final TextArea links = new TextArea();
    private final TextField tags = new TextField();
    private final MarkdownEditor effect;
    private final MarkdownEditor process;
    private final MarkdownEditor conditions;
    private final MarkdownEditor documentation;
    private final Select<EvidenceLevel> evidenceLevel = new Select<>();
    private final Div resultList = new Div();
    private final List<ResultFields> results = new ArrayList<>();
    private final Checkbox contactMe = new Checkbox();
    private final ComboBox<Author> contactOther = new ComboBox<>();
    private final TextField contactRole = new TextField();
    private final Checkbox contactPublic = new Checkbox();
    private final ProblemList problems = new ProblemList("case-problems");
    private final long me;
    private final CaseContacts contacts;
    /** The contact person when it is not the person editing (null: none). */
    private PersonId otherContact;
    /** The contact the case named when shown, whose own choice the public-name box shows. */
    private PersonId shownContact;
    /** The draft as last shown or saved, against which a person leaving is asked about their changes. */
    private CaseDraft saved;

    CaseForm(CaseService cases, OrganisationService organisations, CaseContacts contacts, Clock clock, long me) {
        this.me = me;
        this.contacts = contacts;
        addClassName("portal-form");
        setId("case-form");
        Function<String, SafeHtml> preview = cases::preview;
        effect = editor("effect", preview);
        process = editor("process", preview);
        conditions = editor("conditions", preview);
        documentation = editor("documentation", preview);

        field(title, "title", "landscape.field.title");
        title.setRequired(true);
        title.setMaxLength(200);
        field(summary, "summary", "landscape.field.summary");
        summary.setRequired(true);
        summary.setMaxLength(2000);
        organisation.setId("case-organisation");
        organisation.setLabel(getTranslation("landscape.field.organisation"));
        organisation.setRequiredIndicatorVisible(true);
        organisation.setWidthFull();
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(query -> organisations.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        field(partners, "partners", "landscape.field.partners");
        choice(sector, "sector", "landscape.field.sector", CaseSector.values(), CaseSector::labelKey);
        yearStarted(clock);
        choice(stage, "stage", "landscape.field.stage", CaseStage.values(), CaseStage::labelKey);
        choice(innovationType, "type", "landscape.field.type", InnovationType.values(), InnovationType::labelKey);
        field(targetGroup, "target-group", "landscape.field.target-group");
        choice(novelty, "novelty", "landscape.field.novelty", Novelty.values(), Novelty::labelKey);
        field(links, "links", "landscape.field.links");
        links.setHelperText(getTranslation("landscape.field.links.help"));
        field(tags, "tags", "landscape.field.tags");
        tags.setHelperText(getTranslation("landscape.field.tags.help"));
        choice(evidenceLevel, "evidence", "landscape.field.evidence", EvidenceLevel.values(),
                EvidenceLevel::labelKey);
        evidenceLevel.setValue(EvidenceLevel.NOT_EVALUATED);
        evidenceLevel.addValueChangeListener(change -> evidenceLevel.setHelperText(change.getValue() == null ? null
                : getTranslation(change.getValue().explanationKey())));
        evidenceLevel.setHelperText(getTranslation(EvidenceLevel.NOT_EVALUATED.explanationKey()));
        // Every choice is required, marked as the required text fields are.
        Map.of(sector, "sector", stage, "stage", innovationType, "innovationType", novelty, "novelty", evidenceLevel,
                "evidenceLevel").forEach((choice, field) -> RequiredChoice.mark(choice,
                "landscape.case." + field + ".required"));
        contactMe.setId("case-contact-me");
        contactMe.setLabel(getTranslation("landscape.field.contact-me"));
        contactMe.setValue(true);
        contactMe.addValueChangeListener(change -> showContactChoice());
        contactOther();
        field(contactRole, "contact-role", "landscape.field.contact-role");
        contactRole.setHelperText(getTranslation("landscape.field.contact-role.help"));
        contactPublic.setId("case-contact-public");
        contactPublic.setLabel(getTranslation("landscape.field.contact-public"));

        FormLayout basics = new FormLayout(title, summary, organisation, partners, sector, yearStarted, stage,
                innovationType, targetGroup, novelty, links, tags);
        basics.setColspan(title, 2);
        basics.setColspan(summary, 2);
        basics.setColspan(organisation, 2);
        basics.setColspan(links, 2);
        resultList.setId("case-results");
        Button addResult = new Button(getTranslation("landscape.result.add"), click -> addResult(CaseResult.empty()));
        addResult.setId("case-add-result");
        addResult.addThemeVariants(ButtonVariant.TERTIARY);
        Paragraph qualificationRequired = new Paragraph(getTranslation("landscape.form.qualification.required"));
        qualificationRequired.setId("case-qualification-required");
        add(RequiredLegend.of("case-required-legend"), section("case-basics", "landscape.form.basics", basics),
                section("case-qualification", "landscape.form.qualification", qualificationRequired, effect, process,
                        conditions, documentation, evidenceLevel),
                section("case-results-section", "landscape.field.results", resultList, addResult),
                section("case-contact", "landscape.field.contact", contactMe, contactOther, contactRole,
                        contactPublic));
        showContactChoice();
        saved = draft();
    }

    /**
     * Another contact person than the one editing: a public employee of the case's organisation, its parent or its
     * units, found by name through {@link CaseContacts} (name and workplace, never an e-mail address).
     */
    private void contactOther() {
        contactOther.setId("case-contact-other");
        contactOther.setLabel(getTranslation("landscape.field.contact-other"));
        contactOther.setHelperText(getTranslation("landscape.field.contact-other.help"));
        contactOther.setWidthFull();
        contactOther.setItemLabelGenerator(Author::credit);
        contactOther.setItems(query -> organisation.getValue() == null ? Stream.empty()
                : contacts.candidates(organisation.getValue().id(), query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        // A colleague of the organisation before may not be one of the organisation chosen: chosen again, if so.
        organisation.addValueChangeListener(change -> {
            contactOther.clear();
            contactOther.getDataProvider().refreshAll();
        });
        contactOther.addValueChangeListener(change -> {
            otherContact = change.getValue() == null ? null : PersonId.of(change.getValue().personId());
            if (!Objects.equals(otherContact, shownContact)) {
                contactPublic.setValue(false);
            }
        });
    }

    /**
     * The search for another contact while the person editing is not it. Whether a name is public is the contact
     * person's own choice: only they may switch it on (the service refuses anyone else), so with someone else as
     * contact the box shows their choice and cannot be changed.
     */
    private void showContactChoice() {
        contactOther.setVisible(!contactMe.getValue());
        contactPublic.setReadOnly(!contactMe.getValue());
    }

    /**
     * One of the four questions every case answers: marked required, as submitting and publishing require it, but
     * checked only by the server, as a draft may be saved without it.
     */
    private MarkdownEditor editor(String name, Function<String, SafeHtml> preview) {
        MarkdownEditor editor = new MarkdownEditor("case-" + name, getTranslation("landscape.field." + name),
                getTranslation("landscape.field." + name + ".help"), preview);
        editor.source().setManualValidation(true);
        editor.source().setRequiredIndicatorVisible(true);
        return editor;
    }

    /**
     * The year started, required, from {@link CaseDraft#FIRST_YEAR_STARTED} to this year; the browser's own check
     * says what is wrong in the server's words (missing, in the future, too early), and a text that is no year.
     */
    private void yearStarted(Clock clock) {
        yearStarted.setId("case-year");
        yearStarted.setLabel(getTranslation("landscape.field.year"));
        yearStarted.setRequiredIndicatorVisible(true);
        yearStarted.setMin(CaseDraft.FIRST_YEAR_STARTED);
        yearStarted.setMax(LocalDate.now(clock.withZone(DateFormats.DANISH_TIME)).getYear());
        yearStarted.setHelperText(getTranslation("landscape.field.year.help"));
        yearStarted.setI18n(new IntegerField.IntegerFieldI18n()
                .setRequiredErrorMessage(getTranslation("landscape.case.yearStarted.required"))
                .setMinErrorMessage(getTranslation("landscape.case.yearStarted.too-early"))
                .setMaxErrorMessage(getTranslation("landscape.case.yearStarted.future"))
                .setBadInputErrorMessage(getTranslation("landscape.case.yearStarted.not-a-year")));
    }

    private Section section(String id, String headingKey, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        section.add(content);
        return section;
    }


    private <F extends Component & com.vaadin.flow.component.HasLabel & com.vaadin.flow.component.HasSize> void field(
            F field, String id, String labelKey) {
        field.setId("case-" + id);
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
    }

    private <T extends Enum<T>> void choice(Select<T> select, String id, String labelKey, T[] values,
                                            Function<T, String> key) {
        select.setId("case-" + id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> getTranslation(key.apply(value)));
    }

    private void addResult(CaseResult result) {
        ResultFields fields = new ResultFields(result);
        results.add(fields);
        resultList.add(fields);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < results.size(); i++) {
            results.get(i).number(i);
        }
    }

    /** Shows a case's fields; {@code contact}: the person it names as contact by name (null: none or unknown). */
    void show(CaseDraft draft, OrganisationSummary chosen, Author contact) {
        title.setValue(text(draft.title()));
        summary.setValue(text(draft.summary()));
        organisation.setValue(chosen);
        partners.setValue(text(draft.partners()));
        sector.setValue(draft.sector());
        yearStarted.setValue(draft.yearStarted());
        stage.setValue(draft.stage());
        innovationType.setValue(draft.innovationType());
        targetGroup.setValue(text(draft.targetGroup()));
        novelty.setValue(draft.novelty());
        links.setValue(String.join("\n", draft.links()));
        tags.setValue(String.join(", ", draft.tags()));
        effect.setSavedValue(text(draft.effect()));
        process.setSavedValue(text(draft.process()));
        conditions.setSavedValue(text(draft.conditions()));
        documentation.setSavedValue(text(draft.documentation()));
        evidenceLevel.setValue(draft.evidenceLevel());
        results.clear();
        resultList.removeAll();
        draft.results().forEach(this::addResult);
        boolean mine = draft.contactPerson() != null && draft.contactPerson().value() == me;
        shownContact = draft.contactPerson();
        contactOther.setValue(mine ? null : contact);
        otherContact = mine ? null : shownContact;
        contactMe.setValue(mine);
        contactRole.setValue(text(draft.contactRole()));
        contactPublic.setValue(draft.contactPublic());
        showContactChoice();
        problems.clear();
        saved = draft();
    }

    /** Chooses an organisation for a new case (none: {@code null}) as shown, not as a change to save. */
    void preselect(OrganisationSummary workplace) {
        organisation.setValue(workplace);
        saved = draft();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    CaseDraft draft() {
        PersonId contact = contactMe.getValue() ? PersonId.of(me) : otherContact;
        return new CaseDraft(title.getValue(), summary.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(), partners.getValue(),
                sector.getValue(), yearStarted.getValue(), stage.getValue(), innovationType.getValue(),
                targetGroup.getValue(), novelty.getValue(), Arrays.asList(links.getValue().split("\\R")),
                Arrays.asList(tags.getValue().split(",")), effect.getValue(), process.getValue(),
                conditions.getValue(), documentation.getValue(), evidenceLevel.getValue(),
                results.stream().map(ResultFields::result).toList(), contact, contactRole.getValue(),
                contactPublic.getValue());
    }

    /** Whether any field differs from what was shown or saved last (not only the Markdown sections). */
    boolean hasUnsavedChanges() {
        return !draft().equals(saved) || effect.hasUnsavedText() || process.hasUnsavedText()
                || conditions.hasUnsavedText() || documentation.hasUnsavedText();
    }

    void markSaved() {
        problems.clear();
        saved = draft();
        effect.markSaved();
        process.markSaved();
        conditions.markSaved();
        documentation.markSaved();
    }

    /** The list of what the server refused last, for the view to show right after its status. */
    ProblemList problems() {
        return problems;
    }

    /**
     * Says each refusal at its field (a result's at its own field), the first one focused, and lists them in the
     * form's order in {@link #problems()}.
     */
    void showRefusal(InvalidInputException refused) {
        FieldErrors errors = new FieldErrors().add("title", title).add("summary", summary)
                .add("organisation", organisation).add("partners", partners).add("sector", sector)
                .add("yearStarted", yearStarted).add("stage", stage).add("innovationType", innovationType)
                .add("targetGroup", targetGroup).add("novelty", novelty).add("links", links).add("tags", tags)
                .add("effect", effect.source()).add("process", process.source())
                .add("conditions", conditions.source()).add("documentation", documentation.source())
                .add("evidenceLevel", evidenceLevel);
        for (int i = 0; i < results.size(); i++) {
            results.get(i).register(errors, "results." + i + ".");
        }
        // A colleague chosen is refused at their field; no one named, at the box the person may tick.
        if (!contactMe.getValue() && contactOther.getValue() != null) {
            errors.add("contactPerson", contactOther);
        } else {
            errors.add("contactPerson", contactMe);
        }
        errors.add("contactRole", contactRole);
        errors.show(refused);
        problems.show(errors.inFormOrder(refused));
    }

    /** One result's fields, with its number in the list and a button that removes it. */
    private final class ResultFields extends Div {

        private final H3 heading = new H3();
        private final TextField metric = new TextField();
        private final TextField unit = new TextField();
        private final TextField baseline = new TextField();
        private final TextField target = new TextField();
        private final TextField result = new TextField();
        private final TextField comparisonGroup = new TextField();
        private final TextField period = new TextField();
        private final TextField source = new TextField();
        private final Checkbox expected = new Checkbox();
        private final DatePicker followUp = new DatePicker();
        private final Button remove = new Button();
        /** The stored result these fields edit (null: a new one), so that it stays itself wherever it moves. */
        private final Long storedId;

        ResultFields(CaseResult given) {
            storedId = given.id();
            addClassName("portal-case-result");
            metric.setRequired(true);
            expected.setLabel(getTranslation("landscape.result.expected"));
            followUp.setLabel(getTranslation("landscape.result.follow-up"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClickListener(click -> {
                results.remove(this);
                resultList.remove(this);
                renumber();
            });
            metric.setValue(given.metric());
            unit.setValue(given.unit());
            baseline.setValue(given.baseline());
            target.setValue(given.target());
            result.setValue(given.result());
            comparisonGroup.setValue(given.comparisonGroup());
            period.setValue(given.period());
            source.setValue(given.source());
            expected.setValue(given.expected());
            followUp.setValue(given.followUp());
            FormLayout layout = new FormLayout(metric, unit, baseline, target, result, comparisonGroup, period,
                    source, expected, followUp);
            layout.setColspan(metric, 2);
            add(heading, layout, remove);
        }

        void number(int index) {
            String at = "case-result-" + index + "-";
            heading.setText(getTranslation("landscape.result.heading", index + 1));
            label(metric, at + "metric", "landscape.result.metric");
            label(unit, at + "unit", "landscape.result.unit");
            label(baseline, at + "baseline", "landscape.result.baseline");
            label(target, at + "target", "landscape.result.target");
            label(result, at + "result", "landscape.result.result");
            label(comparisonGroup, at + "comparison-group", "landscape.result.comparison-group");
            label(period, at + "period", "landscape.result.period");
            label(source, at + "source", "landscape.result.source");
            expected.setId(at + "expected");
            followUp.setId(at + "follow-up");
            remove.setText(getTranslation("landscape.result.remove", index + 1));
            remove.setId(at + "remove");
        }

        private void label(TextField field, String id, String labelKey) {
            field.setId(id);
            field.setLabel(getTranslation(labelKey));
            field.setWidthFull();
        }

        /** Its fields, each listed with the result's heading: "Resultat 2, Enhed: …". */
        void register(FieldErrors errors, String prefix) {
            String group = heading.getText();
            errors.add(prefix + "metric", metric, group).add(prefix + "unit", unit, group)
                    .add(prefix + "baseline", baseline, group).add(prefix + "target", target, group)
                    .add(prefix + "result", result, group).add(prefix + "comparisonGroup", comparisonGroup, group)
                    .add(prefix + "period", period, group).add(prefix + "source", source, group)
                    .add(prefix + "followUp", followUp, group);
        }

        CaseResult result() {
            return new CaseResult(metric.getValue(), unit.getValue(), baseline.getValue(), target.getValue(),
                    result.getValue(), comparisonGroup.getValue(), period.getValue(), source.getValue(),
                    expected.getValue(), followUp.getValue(), storedId);
        }
    }

}
