package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's refusal of a form shown at the fields it names, translated, with the focus on the first of them; a
 * long form also lists them ({@link #inFormOrder}) under a status line that says in one sentence what was refused.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    /** The field the server names {@code name}, listed by its own label. */
    public <T extends Component & HasValidation> FieldErrors add(String name, T field) {
        return put(name, field, field instanceof HasLabel labelled ? labelled.getLabel() : null);
    }

    /** The field the server names {@code name}, one of several alike in {@code group} (e.g. "Resultat 2"). */
    public <T extends Component & HasValidation & HasLabel> FieldErrors add(String name, T field, String group) {
        return put(name, field, group + ", " + field.getLabel());
    }

    private FieldErrors put(String name, Component field, String label) {
        fields.put(name, (HasValidation) field);
        labels.put(name, label);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    private static void focus(Component field) {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            // A radio group: its first choice takes the focus.
            field.getElement().executeJs("this.querySelector('input')?.focus()");
        }
    }

    /**
     * The refusal's messages in the form's order (the order the fields were added), each with its field and led by
     * its label ("Virkning: …"), so that two fields refused alike are two problems, each saying which field; those
     * the form has no field for come last, without one. The same message for one field is said once.
     */
    public List<Problem> inFormOrder(InvalidInputException refused) {
        Map<List<Object>, Problem> problems = new LinkedHashMap<>();
        Map<String, String> unplaced = new LinkedHashMap<>(new TreeMap<>(refused.fieldMessageKeys()));
        fields.forEach((name, field) -> {
            String key = unplaced.remove(name);
            if (key != null) {
                String label = labels.get(name);
                String message = I18NProvider.translate(key);
                problems.putIfAbsent(List.of(field, message), new Problem(
                        label == null || label.isBlank() ? message : label + ": " + message, (Component) field));
            }
        });
        unplaced.values().stream().map(I18NProvider::translate)
                .forEach(message -> problems.putIfAbsent(List.of(message), new Problem(message, null)));
        return List.copyOf(problems.values());
    }

    /** One thing refused: its message, and the field it is about (null: none in the form). */
    public record Problem(String message, Component field) {
    }

    public void show(InvalidInputException refused) {
        clear();
        boolean focused = false;
        for (Map.Entry<String, HasValidation> field : fields.entrySet()) {
            String key = refused.fieldMessageKeys().get(field.getKey());
            if (key != null) {
                field.getValue().setErrorMessage(I18NProvider.translate(key));
                field.getValue().setInvalid(true);
                if (!focused) {
                    focus((Component) field.getValue());
                    focused = true;
                }
            }
        }
    }
}
