package dk.coi.portal.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dk.coi.portal.organisation.Municipality;
import dk.coi.portal.organisation.NewUnit;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.organisation.internal.OrganisationRules;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.FieldErrors;
import dk.coi.portal.shared.ui.FormStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * An employee adds their own unit: the organisation it belongs to (found by name, municipalities first), its name,
 * and the municipality it is located in when not the parent's. The server checks everything; what it refuses is said
 * at the fields, translated, and nothing is stored. A stored unit opens on its page. The fields stand one under the
 * other in a column of a comfortable width, the button under them, on a wide screen as on a phone.
 */
@Route(OrganisationRoutes.NEW_UNIT)
@RolesAllowed("EMPLOYEE")
class NewUnitView extends Div implements TranslatedPageTitle, BeforeEnterObserver {

    private final OrganisationService organisations;
    private final ComboBox<OrganisationSummary> parent = new ComboBox<>();
    private final TextField name = new TextField();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final FormStatus status = new FormStatus("organisation-new-status");

    NewUnitView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("portal-narrow");
        parent.setLabel(getTranslation("organisation.field.parent"));
        parent.setId("organisation-new-parent");
        parent.setHelperText(getTranslation("organisation.new.parent-help"));
        parent.setRequiredIndicatorVisible(true);
        parent.setWidthFull();
        parent.setItemLabelGenerator(OrganisationSummary::name);
        parent.setItems(query -> organisations.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        name.setLabel(getTranslation("organisation.field.name"));
        name.setId("organisation-new-name");
        name.setRequired(true);
        name.setMaxLength(OrganisationRules.MAX_NAME_LENGTH);
        name.setWidthFull();
        municipality.setLabel(getTranslation("organisation.field.municipality"));
        municipality.setId("organisation-new-municipality");
        municipality.setHelperText(getTranslation("organisation.new.municipality-help"));
        municipality.setItems(organisations.municipalities());
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        municipality.setWidthFull();
        Button add = new Button(getTranslation("organisation.new.button"), click -> add());
        add.setId("organisation-new-button");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout fields = new FormLayout(parent, name, municipality);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation(titleKey())), new Paragraph(getTranslation("organisation.new.intro")), fields,
                new Div(add), status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> under = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(OrganisationRoutes.UNDER, List.of());
        under.stream().findFirst().flatMap(OrganisationRoutes::idOf).flatMap(organisations::find)
                .ifPresent(parent::setValue);
    }

    private void add() {
        status.clear();
        FieldErrors errors = new FieldErrors().add("parent", parent).add("name", name).add("municipality", municipality);
        try {
            OrganisationId id = organisations.addUnit(new NewUnit(name.getValue(),
                    parent.getValue() == null ? null : parent.getValue().id(),
                    municipality.getValue() == null ? null : municipality.getValue().code()));
            getUI().ifPresent(ui -> Navigation.open(ui, organisations.find(id).orElseThrow().path()));
        } catch (InvalidInputException refused) {
            errors.show(refused);
            status.refused(refused);
        }
    }

    @Override
    public String titleKey() {
        return "organisation.new.title";
    }
}
