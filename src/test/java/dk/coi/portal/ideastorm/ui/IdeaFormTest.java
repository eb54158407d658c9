package dk.coi.portal.ideastorm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.Theme;
import dk.coi.portal.ideastorm.ThemeId;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.support.PortalTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: the idea form's theme is marked required as the other fields are. Under a chosen theme no "Skal
 * udfyldes" shows (the trial read the old visible helper text as an error); a save the server refuses for want of a
 * theme shows its message at the theme.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class IdeaFormTest extends SpringBrowserlessTest {

    private static final Theme HOMES = new Theme(ThemeId.of(1), "Boliger", "", 0);
    private static final Theme SCHOOLS = new Theme(ThemeId.of(2), "Skoler", "", 0);

    @Autowired
    IdeaService ideas;

    private final List<IdeaDraft> saved = new ArrayList<>();
    private IdeaForm form;

    @BeforeEach
    void aFormOfAStormWithThemes() {
        form = new IdeaForm(ideas, StormId.of(1), List.of(HOMES, SCHOOLS), null, "ideastorm.form.submit",
                draft -> {
                    if (draft.theme() == null) {
                        throw new InvalidInputException(Map.of("theme", "ideastorm.idea.theme.required"));
                    }
                    saved.add(draft);
                });
        UI.getCurrent().add(form);
        ((TextField) part("idea-title")).setValue("Flere cykelstier");
    }

    @SuppressWarnings("unchecked")
    private Select<Theme> theme() {
        return (Select<Theme>) part("idea-theme");
    }

    private Component part(String id) {
        return form.getChildren().findFirst().orElseThrow().getChildren()
                .filter(child -> child.getId().equals(Optional.of(id))).findFirst().orElseThrow();
    }

    @Test
    void aChosenThemeShowsNoRequiredMessageOnlyTheMarkScreenReadersHear() {
        test(theme()).selectItem("Skoler");
        assertThat(theme().isInvalid()).isFalse();
        assertThat(theme().isRequiredIndicatorVisible()).isTrue();
        assertThat(theme().getClassNames()).as("'Skal udfyldes' is for screen readers only, not seen as an error")
                .contains("portal-required-said");
        test((Button) part("idea-save")).click();
        assertThat(saved).extracting(IdeaDraft::theme).containsExactly(SCHOOLS.id());
        assertThat(theme().isInvalid()).isFalse();
    }

    @Test
    void aSaveRefusedForWantOfAThemeShowsItsMessageAtTheTheme() {
        assertThat(theme().isInvalid()).as("not before a save").isFalse();
        test((Button) part("idea-save")).click();
        assertThat(saved).isEmpty();
        assertThat(theme().isInvalid()).isTrue();
        assertThat(theme().getErrorMessage()).isEqualTo("Vælg et tema.");

        test(theme()).selectItem("Boliger");
        assertThat(theme().isInvalid()).as("gone once chosen").isFalse();
    }
}
