package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.Theme;
import dk.coi.portal.ideastorm.ThemeService;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.InvalidInputException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Staff's control of a storm's themes on its page: each theme with rename and remove (refused while ideas use it),
 * and a form to add one. What the server says is said under it; the storm page is refreshed after a change.
 */
class ThemeControl extends Composite<Div> {

    private final ThemeService themes;
    private final StormId storm;
    private final Consumer<String> changed;
    private final FormStatus status = new FormStatus("theme-status");

    /** {@code changed} shows the storm's ideas section again, told the key of what was done, for its new control. */
    ThemeControl(ThemeService themes, StormId storm, List<Theme> current, Consumer<String> changed) {
        this.themes = themes;
        this.storm = storm;
        this.changed = changed;
        getContent().setId("storm-themes");
        getContent().addClassName("portal-storm-themes");
        H3 heading = new H3(getTranslation("ideastorm.themes.heading"));
        heading.setId("storm-themes-heading");
        getContent().add(heading);
        if (current.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("ideastorm.themes.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.getElement().setAttribute("aria-labelledby", "storm-themes-heading");
            current.forEach(theme -> list.add(item(theme)));
            getContent().add(list);
        }
        TextField name = field("theme-new-name", "ideastorm.themes.name");
        TextField description = field("theme-new-description", "ideastorm.themes.description");
        Button add = new Button(getTranslation("ideastorm.themes.add"),
                click -> attempt(() -> themes.add(storm, name.getValue(), description.getValue()),
                        "ideastorm.themes.added"));
        add.setId("theme-add");
        FlexLayout form = new FlexLayout(name, description, add);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        form.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        getContent().add(form, status);
    }

    private ListItem item(Theme theme) {
        Span name = new Span(theme.name());
        ListItem item = new ListItem(name);
        item.addClassName("portal-storm-theme");
        TextField newName = field("theme-name-" + theme.id().value(), "ideastorm.themes.name");
        newName.setValue(theme.name());
        TextField newDescription = field("theme-description-" + theme.id().value(), "ideastorm.themes.description");
        newDescription.setValue(theme.description() == null ? "" : theme.description());
        Button rename = new Button(getTranslation("ideastorm.themes.rename"), click -> attempt(
                () -> themes.rename(theme.id(), newName.getValue(), newDescription.getValue(), theme.version()),
                "ideastorm.themes.renamed"));
        rename.getElement().setAttribute("aria-label", getTranslation("ideastorm.themes.rename-label", theme.name()));
        Button remove = new Button(getTranslation("ideastorm.themes.remove"),
                click -> attempt(() -> themes.remove(theme.id()), "ideastorm.themes.removed"));
        remove.setId("theme-remove-" + theme.id().value());
        remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
        remove.getElement().setAttribute("aria-label", getTranslation("ideastorm.themes.remove-label", theme.name()));
        rename.addThemeVariants(ButtonVariant.SMALL);
        FlexLayout edit = new FlexLayout(newName, newDescription, rename, remove);
        edit.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        edit.setAlignItems(FlexLayout.Alignment.BASELINE);
        edit.getStyle().set("gap", "var(--lumo-space-s)");
        item.add(edit);
        return item;
    }

    /** A change that succeeds rebuilds this control; what the server refuses is said here. */
    private void attempt(Runnable action, String doneKey) {
        status.clear();
        try {
            action.run();
        } catch (InvalidInputException refused) {
            status.refused(refused);
            return;
        }
        changed.accept(doneKey);
    }

    /** Says what was done where the control the person used stood, and takes the focus there. */
    void said(String doneKey) {
        status.doneHere(getTranslation(doneKey));
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        // Side by side where there is room, each on its own full line on a phone, labels never cut.
        field.getStyle().set("flex", "1 1 14rem").set("min-width", "0");
        return field;
    }
}
