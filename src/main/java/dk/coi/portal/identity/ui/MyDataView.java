package dk.coi.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.ui.SafeConfirm;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;

/**
 * The signed-in person's own page: who they are, their data as JSON, linking a Keycloak login to their local
 * account, and erasure (GDPR).
 */
@Route(MyDataView.ROUTE)
@PermitAll
class MyDataView extends VerticalLayout implements TranslatedPageTitle {

    static final String ROUTE = "min-side";

    MyDataView(PersonService people, PersonalDataService personalData, AuthenticationContext authentication) {
        addClassName("portal-narrow");
        CurrentPerson me = people.currentPerson().orElseThrow();
        add(new H1(getTranslation("mydata.title")));
        add(new Paragraph(getTranslation("mydata.signed-in-as", me.displayName(),
                getTranslation(me.highestRole().labelKey()))));

        add(new H2(getTranslation("mydata.export.title")), new Paragraph(getTranslation("mydata.export.text")));
        DownloadHandler export = DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(personalData.exportCurrentPerson()), "mine-data.json",
                "application/json", -1));
        Anchor download = new Anchor(export, getTranslation("mydata.export.button"));
        download.setId("export-data");
        download.addClassName("portal-button-link");
        add(download);

        if (people.mayLinkLocalAccount()) {
            add(new LinkLocalAccountForm(people));
        }

        add(new H2(getTranslation("mydata.erase.title")), new Paragraph(getTranslation("mydata.erase.text")));
        Button erase = new Button(getTranslation("mydata.erase.button"));
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.setId("erase-me");
        erase.addClickListener(click -> SafeConfirm.ask("erase-me-confirm", getTranslation("mydata.erase.confirm.title"),
                getTranslation("mydata.erase.confirm.text"), getTranslation("mydata.erase.confirm.yes"),
                getTranslation("action.cancel"), () -> {
                    personalData.eraseCurrentPerson();
                    authentication.logout();
                }, () -> { }).open());
        add(erase);
    }

    @Override
    public String titleKey() {
        return "mydata.title";
    }
}
