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
import java.util.ArrayList;
import java.util.List;

/**
 * Staff write a storm's evaluation rubric, on the new-storm screen and the storm's staff screen: criteria in order,
 * each with a name, an optional description and a weight of 1–10, added and removed until the form they are part of
 * is saved ({@link #drafts}); what the server refuses is shown at the fields ({@link #show}). Once an idea has been
 * scored the rubric is shown locked, saying why.
 */
class RubricEditor extends Div {

    /** One criterion's fields. */
    private record Row(TextField name, TextField description, IntegerField weight, ListItem item) {
    }

    private final OrderedList rows = new OrderedList();
    private final List<Row> fields = new ArrayList<>();

    RubricEditor(Rubric rubric) {
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
        add(more);
    }

    /** The criteria as written, in order. */
    List<CriterionDraft> drafts() {
        return fields.stream().map(row -> new CriterionDraft(row.name().getValue(), row.description().getValue(),
                row.weight().getValue())).toList();
    }

    /** What the server refused, at the fields it names by their place now (criteria may have been removed). */
    void show(InvalidInputException refused) {
        FieldErrors errors = new FieldErrors();
        for (int i = 0; i < fields.size(); i++) {
            Row row = fields.get(i);
            String prefix = "criteria." + i + ".";
            errors.add(prefix + "name", row.name()).add(prefix + "description", row.description())
                    .add(prefix + "weight", row.weight());
        }
        errors.show(refused);
    }

    private Row addRow(Criterion criterion) {
        int index = fields.size();
        TextField name = new TextField(getTranslation("ideastorm.rubric.name", index + 1));
        name.setId("storm-rubric-name-" + index);
        name.setMaxLength(EvaluationRules.MAX_CRITERION_NAME);
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
}
