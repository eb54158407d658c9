package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.ideastorm.Criterion;
import dk.coi.portal.ideastorm.CriterionDraft;
import dk.coi.portal.ideastorm.Rubric;
import dk.coi.portal.ideastorm.internal.EvaluationRules;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Staff write a storm's evaluation rubric: criteria in order, each with a name, an optional description and a
 * weight of 1–10, added and removed until saved as a whole. Once an idea has been scored the rubric is shown locked,
 * saying why. {@code save} hands the criteria to the service, which may refuse them field by field.
 */
class RubricEditor extends Div {

    /** One criterion's fields. */
    private record Row(TextField name, TextField description, IntegerField weight, ListItem item) {
    }

    private final OrderedList rows = new OrderedList();
    private final List<Row> fields = new ArrayList<>();
    /** {@code status} says what was refused; the caller places it (and says there what was done). */
    RubricEditor(Rubric rubric, FormStatus status, Consumer<List<CriterionDraft>> save) {
        setId("storm-rubric-editor");
        rows.setId("storm-rubric-criteria");
        add(new Paragraph(getTranslation(rubric.locked() ? "ideastorm.rubric.locked"
                : "ideastorm.rubric.intro")), rows);
        rubric.criteria().forEach(this::addRow);
        if (rubric.locked()) {
            fields.forEach(row -> {
                row.name().setReadOnly(true);
                row.description().setReadOnly(true);
                row.weight().setReadOnly(true);
                row.item().getChildren().filter(Button.class::isInstance).forEach(button -> button.setVisible(false));
            });
            return;
        }
        Button more = new Button(getTranslation("ideastorm.rubric.add"), click -> addRow(null).name().focus());
        more.setId("storm-rubric-add");
        Button saving = new Button(getTranslation("ideastorm.rubric.save"), click -> {
            status.clear();
            try {
                save.accept(fields.stream().map(row -> new CriterionDraft(row.name().getValue(),
                        row.description().getValue(), row.weight().getValue())).toList());
            } catch (InvalidInputException refused) {
                fieldErrors().show(refused);
                status.refused(refused);
            }
        });
        saving.setId("storm-rubric-save");
        add(more, saving);
    }

    private Row addRow(Criterion criterion) {
        int index = fields.size();
        TextField name = new TextField(getTranslation("ideastorm.rubric.name", index + 1));
        name.setId("storm-rubric-name-" + index);
        name.setMaxLength(100);
        TextField description = new TextField(getTranslation("ideastorm.rubric.description", index + 1));
        description.setId("storm-rubric-description-" + index);
        IntegerField weight = new IntegerField(getTranslation("ideastorm.rubric.weight", index + 1));
        weight.setId("storm-rubric-weight-" + index);
        weight.setMin(EvaluationRules.MIN_WEIGHT);
        weight.setMax(EvaluationRules.MAX_WEIGHT);
        weight.setStepButtonsVisible(true);
        weight.setValue(criterion == null ? EvaluationRules.MIN_WEIGHT : criterion.weight());
        if (criterion != null) {
            name.setValue(criterion.name());
            description.setValue(criterion.description() == null ? "" : criterion.description());
        }
        ListItem item = new ListItem(name, description, weight);
        item.addClassName("portal-storm-criterion");
        Row row = new Row(name, description, weight, item);
        Button remove = new Button(getTranslation("ideastorm.rubric.remove", index + 1), click -> {
            fields.remove(row);
            rows.remove(item);
        });
        remove.setId("storm-rubric-remove-" + index);
        item.add(remove);
        fields.add(row);
        rows.add(item);
        return row;
    }

    /** The fields as the server names them, by their place now (criteria may have been removed). */
    private FieldErrors fieldErrors() {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < fields.size(); i++) {
            Row row = fields.get(i);
            String prefix = "criteria." + i + ".";
            errors.add(prefix + "name", row.name()).add(prefix + "description", row.description())
                    .add(prefix + "weight", row.weight());
        }
        return errors;
    }
}
