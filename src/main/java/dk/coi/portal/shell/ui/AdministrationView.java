package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.coi.portal.shared.TranslatedPageTitle;
import jakarta.annotation.security.RolesAllowed;

/** The administrators' start page: links to each administration tool. */
@Route("admin")
@Menu(title = "nav.admin", order = 80, icon = "vaadin:cog")
@RolesAllowed("ADMIN")
class AdministrationView extends VerticalLayout implements TranslatedPageTitle {

    AdministrationView() {
        add(new H1(getTranslation("nav.admin")), new Paragraph(getTranslation("admin.intro")),
                new UnorderedList(new ListItem(new Anchor("admin/soegeindeks", getTranslation("admin.search-index")))));
    }

    @Override
    public String titleKey() {
        return "nav.admin";
    }
}
