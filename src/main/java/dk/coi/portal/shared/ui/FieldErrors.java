package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's refusal of a form shown at the fields it names, translated, with the focus on the first of
 * them; what names no field is left to the form's status line, which says everything refused.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** The field the server names {@code name}. */
    public <T extends Component & HasValidation> FieldErrors add(String name, T field) {
        fields.put(name, field);
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
     * The refusal's messages in the form's order (the order the fields were added), each with its field; those the
     * form has no field for come last, without one. The same message for several fields is said once.
     */
    public List<Problem> inFormOrder(InvalidInputException refused) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        Map<String, String> unplaced = new LinkedHashMap<>(new TreeMap<>(refused.fieldMessageKeys()));
        fields.forEach((name, field) -> {
            String key = unplaced.remove(name);
            if (key != null) {
                String message = I18NProvider.translate(key);
                problems.putIfAbsent(message, new Problem(message, (Component) field));
            }
        });
        unplaced.values().stream().map(I18NProvider::translate)
                .forEach(message -> problems.putIfAbsent(message, new Problem(message, null)));
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
