package dk.coi.portal.organisation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationPage;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationScreen;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.Optional;

/**
 * An organisation's page as organisationer/{id}-{name} for signed-in people (readers who are not signed in get the
 * server-rendered page at the same address): what it is, where, under whom, its units, what other modules show about
 * it (its cases, {@link dk.coi.portal.organisation.OrganisationSections}); employees add a unit from
 * here, staff mark it as an innovation unit and merge it into the organisation kept ({@link StewardshipSection}).
 */
@Route(OrganisationRoutes.LIST + "/:organisation(" + OrganisationRoutes.SEGMENT + ")")
@AnonymousAllowed
class OrganisationView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService organisations;
    private final OrganisationStewardship stewardship;
    private String title = "";

    OrganisationView(OrganisationService organisations, OrganisationStewardship stewardship) {
        this.organisations = organisations;
        this.stewardship = stewardship;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String segment = event.getRouteParameters().get("organisation").orElse("");
        Optional<OrganisationPage> screen = OrganisationRoutes.idOf(segment).flatMap(organisations::page);
        if (screen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!screen.get().path().equals(OrganisationRoutes.LIST + "/" + segment)) {
            event.forwardTo(Navigation.routerPath(screen.get().path()));
            return;
        }
        show(screen.get());
    }

    /**
     * Shows the organisation anew after a staff action, saying what was done where the action stood; a merged
     * duplicate's page is the kept organisation's, which says it.
     */
    private void changed(OrganisationId id, String doneKey) {
        OrganisationPage screen = organisations.page(id).orElseThrow();
        if (!screen.screen().organisation().id().equals(id)) {
            getUI().ifPresent(ui -> {
                Navigation.open(ui, screen.path());
                if (ui.getCurrentView() instanceof OrganisationView kept) {
                    kept.said(doneKey);
                }
            });
            return;
        }
        show(screen);
        said(doneKey);
    }

    private void said(String doneKey) {
        FormStatus.within(this, StewardshipSection.STATUS).ifPresent(status -> status.doneHere(getTranslation(doneKey)));
    }

    private void show(OrganisationPage page) {
        OrganisationScreen screen = page.screen();
        removeAll();
        title = screen.organisation().name();
        H1 heading = new H1(title);
        ContentLanguage.danish(heading);
        add(heading);
        if (screen.innovationUnit()) {
            Paragraph mark = new Paragraph(getTranslation("organisation.innovation-unit.mark"));
            mark.setId("organisation-innovation-unit");
            mark.addClassNames("portal-tag", "portal-tag--success");
            add(mark);
        }
        add(facts(screen));
        units(screen).ifPresent(this::add);
        page.sections().forEach(section -> add(ContributedSections.of(section, 2, "")));
        Paragraph links = new Paragraph(new Anchor(OrganisationRoutes.LIST, getTranslation("organisation.list.title")),
                new Anchor(OrganisationRoutes.INNOVATION_UNITS, getTranslation("organisation.innovation-units.title")));
        links.addClassName("portal-link-row");
        add(links);
        if (screen.may().markInnovationUnit() || screen.may().merge()) {
            add(new StewardshipSection(screen, organisations, stewardship, this::changed));
        }
    }

    private DescriptionList facts(OrganisationScreen screen) {
        DescriptionList facts = new DescriptionList();
        facts.setId("organisation-facts");
        facts.addClassName("portal-storm-facts");
        DescriptionList.Description kind = new DescriptionList.Description(
                screen.kind().render(this::getTranslation));
        kind.setId("organisation-kind");
        fact(facts, "organisation.field.kind", kind);
        DescriptionList.Description level = new DescriptionList.Description(
                getTranslation(screen.organisation().type().levelKey()));
        level.setId("organisation-level");
        fact(facts, "organisation.field.type", level);
        if (screen.officialCode() != null) {
            fact(facts, "organisation.field.code", new DescriptionList.Description(
                    String.valueOf(screen.officialCode())));
        }
        if (screen.municipality() != null && screen.officialCode() == null) {
            fact(facts, "organisation.field.municipality", danish(new Anchor(OrganisationRoutes.organisation(
                    screen.municipality().id(), screen.municipality().name()), screen.municipality().name())));
        }
        if (screen.region() != null) {
            DescriptionList.Description region = danish(new Anchor(OrganisationRoutes.organisation(
                    screen.region().id(), screen.region().name()), screen.region().name()));
            region.setId("organisation-region");
            fact(facts, "organisation.field.region", region);
        }
        if (screen.parent() != null) {
            fact(facts, "organisation.field.parent", danish(new Anchor(screen.parent().path(), screen.parent().name())));
        }
        return facts;
    }

    private void fact(DescriptionList facts, String labelKey, DescriptionList.Description value) {
        facts.add(new DescriptionList.Term(getTranslation(labelKey)), value);
    }

    private static DescriptionList.Description danish(Anchor link) {
        DescriptionList.Description value = new DescriptionList.Description(link);
        ContentLanguage.danish(value);
        return value;
    }

    /**
     * The organisation's units with the way to add one; without units, only an employee (who may add one) is told
     * that none is registered, and nobody is shown an empty section.
     */
    private Optional<Section> units(OrganisationScreen screen) {
        if (screen.units().isEmpty() && !screen.may().addUnit()) {
            return Optional.empty();
        }
        H2 heading = new H2(getTranslation("organisation.units.heading"));
        heading.setId("organisation-units-heading");
        Section section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", "organisation-units-heading");
        if (screen.units().isEmpty()) {
            section.add(new Paragraph(getTranslation("organisation.units.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("organisation-units");
            for (OrganisationSummary unit : screen.units()) {
                ListItem item = new ListItem(new Anchor(unit.path(), unit.name()));
                ContentLanguage.danish(item);
                list.add(item);
            }
            section.add(list);
        }
        if (screen.may().addUnit()) {
            Anchor add = new Anchor(OrganisationRoutes.newUnitUnder(screen.organisation().id()),
                    getTranslation("organisation.units.add"));
            add.setId("organisation-add-unit");
            section.add(new Paragraph(add));
        }
        return Optional.of(section);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
