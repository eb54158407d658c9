package dk.coi.portal.organisation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.organisation.OrganisationKind;
import dk.coi.portal.organisation.OrganisationList;
import dk.coi.portal.organisation.OrganisationListing;
import dk.coi.portal.organisation.OrganisationQuery;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.Region;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.ContentLanguage;

/**
 * The register's list for signed-in people (readers who are not signed in get {@code organisation/list.jte} at the
 * same address, with the same ids and words): searched by name, filtered by type and region, a page at a time, all
 * held in the address, so a list can be shared and the back button returns to it.
 */
@Route(OrganisationRoutes.LIST)
@Menu(title = "nav.organisations", order = 45, icon = "vaadin:building")
@AnonymousAllowed
class OrganisationListView extends Div implements TranslatedPageTitle, BeforeEnterObserver {

    private final OrganisationService organisations;

    OrganisationListView(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        OrganisationQuery query = OrganisationQuery.of(
                parameters.getSingleParameter(OrganisationQuery.TEXT).orElse(null),
                parameters.getSingleParameter(OrganisationQuery.KIND).orElse(null),
                parameters.getSingleParameter(OrganisationQuery.REGION).orElse(null),
                parameters.getSingleParameter(OrganisationQuery.PAGE).orElse(null));
        // As the reading page redirects: an empty field of the form is no part of the list's address.
        if (query.leavesOutAnyOf(parameters.getParameters().keySet())) {
            event.forwardTo(OrganisationRoutes.LIST, QueryParameters.simple(query.parameters()));
            return;
        }
        show(organisations.list(query));
    }

    private void show(OrganisationList list) {
        removeAll();
        OrganisationQuery query = list.query();
        Paragraph intro = new Paragraph(getTranslation("organisation.list.intro"));
        intro.setId("organisations-intro");
        add(new H1(getTranslation(titleKey())), intro, filters(list));
        Paragraph count = new Paragraph(list.pastTheLast()
                ? getTranslation("organisation.list.past-last", list.pages())
                : getTranslation("organisation.list.count", list.total()));
        count.setId("organisations-count");
        count.getElement().setAttribute("role", "status");
        add(count);
        if (list.pastTheLast() && list.pages() > 0) {
            Anchor last = new Anchor(list.last(), getTranslation("organisation.list.last"));
            last.setId("organisations-last");
            add(new Paragraph(last));
        }
        if (!list.organisations().isEmpty()) {
            UnorderedList lines = new UnorderedList();
            lines.setId("organisations");
            lines.addClassName("portal-organisation-list");
            for (OrganisationListing listing : list.organisations()) {
                Anchor name = ContentLanguage.danish(new Anchor(listing.organisation().path(),
                        listing.organisation().name()));
                Span meta = new Span(listing.kind().render(this::getTranslation));
                meta.addClassName("portal-card-meta");
                if (listing.municipality() != null) {
                    meta.add(new Span(" · "), ContentLanguage.danish(new Span(listing.municipality())));
                }
                if (listing.region() != null) {
                    meta.add(new Span(" · "), ContentLanguage.danish(new Span(listing.region())));
                }
                lines.add(new ListItem(name, new Span(" "), meta));
            }
            add(lines);
        }
        if (list.pages() > 1 && !list.pastTheLast()) {
            Nav pager = new Nav();
            pager.setId("organisations-pager");
            pager.addClassName("portal-pager");
            pager.getElement().setAttribute("aria-label", getTranslation("organisation.list.pages"));
            if (list.hasPrevious()) {
                Anchor previous = new Anchor(list.previous(), getTranslation("organisation.list.previous"));
                previous.setId("organisations-previous");
                previous.getElement().setAttribute("rel", "prev");
                pager.add(previous);
            }
            pager.add(new Span(getTranslation("organisation.list.page", query.page() + 1, list.pages())));
            if (list.hasNext()) {
                Anchor next = new Anchor(list.next(), getTranslation("organisation.list.next"));
                next.setId("organisations-next");
                next.getElement().setAttribute("rel", "next");
                pager.add(next);
            }
            add(pager);
        }
        add(new Paragraph(new Anchor(OrganisationRoutes.INNOVATION_UNITS,
                getTranslation("organisation.innovation-units.title"))));
    }

    /** The search and filters; showing them opens the list's address for them, from the first page. */
    private HorizontalLayout filters(OrganisationList list) {
        OrganisationQuery query = list.query();
        TextField text = new TextField(getTranslation("organisation.list.text"));
        text.setId("organisations-text");
        text.setValue(query.text());
        text.setMaxLength(OrganisationQuery.MAX_TEXT_LENGTH);
        text.setClearButtonVisible(true);
        Select<OrganisationKind> kind = new Select<>();
        kind.setLabel(getTranslation("organisation.list.kind"));
        kind.setId("organisations-kind");
        kind.setItems(OrganisationKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("organisation.list.all-kinds"));
        kind.setItemLabelGenerator(choice -> choice == null ? getTranslation("organisation.list.all-kinds")
                : getTranslation(choice.pluralKey()));
        kind.setValue(query.kind());
        Select<Region> region = new Select<>();
        region.setLabel(getTranslation("organisation.list.region"));
        region.setId("organisations-region");
        region.setItems(list.regions());
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("organisation.list.all-regions"));
        region.setItemLabelGenerator(choice -> choice == null ? getTranslation("organisation.list.all-regions")
                : choice.name());
        list.regions().stream().filter(choice -> query.regionCode() != null && choice.code() == query.regionCode())
                .findFirst().ifPresent(region::setValue);
        Button show = new Button(getTranslation("organisation.list.show"), click -> getUI().ifPresent(ui ->
                Navigation.open(ui, new OrganisationQuery(text.getValue(), kind.getValue(),
                        region.getValue() == null ? null : region.getValue().code(), 0).address())));
        show.setId("organisations-show");
        show.addClickShortcut(Key.ENTER);
        HorizontalLayout filters = new HorizontalLayout(text, kind, region, show);
        filters.setId("organisations-filters");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.getElement().setAttribute("role", "search");
        return filters;
    }

    @Override
    public String titleKey() {
        return "organisation.list.title";
    }
}
