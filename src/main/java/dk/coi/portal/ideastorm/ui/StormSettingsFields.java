package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.ideastorm.StormSettings;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How staff run a storm, on the new-storm screen and on the storm's staff screen: whether new ideas wait for their
 * approval, and the budget of votes per person (empty: none). The budget is typed as text, so that what is not a
 * whole number is said at the field rather than silently read as "no budget".
 */
final class StormSettingsFields {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    final Checkbox preModerated = new Checkbox(I18NProvider.translate("ideastorm.storm.pre-moderated"));
    final TextField voteBudget = new TextField(I18NProvider.translate("ideastorm.storm.vote-budget"));

    StormSettingsFields() {
        preModerated.setId("storm-pre-moderated");
        preModerated.setHelperText(I18NProvider.translate("ideastorm.storm.pre-moderated.help"));
        voteBudget.setId("storm-vote-budget");
        voteBudget.setHelperText(I18NProvider.translate("ideastorm.storm.vote-budget.help"));
        voteBudget.setAllowedCharPattern("[0-9]");
    }

    void show(StormSettings settings) {
        preModerated.setValue(settings.preModerated());
        voteBudget.setValue(settings.voteBudget() == null ? "" : settings.voteBudget().toString());
    }

    /** The settings as typed; refused at the budget field when it is neither empty nor a whole number. */
    StormSettings settings() {
        String budget = voteBudget.getValue().strip();
        if (!budget.isEmpty() && !WHOLE_NUMBER.matcher(budget).matches()) {
            throw new InvalidInputException(Map.of("budget", "ideastorm.vote.budget.out-of-range"));
        }
        return new StormSettings(preModerated.getValue(), budget.isEmpty() ? null : Integer.valueOf(budget));
    }

    List<Component> components() {
        return List.of(preModerated, voteBudget);
    }

    /** Adds the budget field at the server's name for it. */
    FieldErrors addTo(FieldErrors errors) {
        return errors.add("budget", voteBudget);
    }
}
