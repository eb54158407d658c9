package dk.coi.portal.landscape.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import dk.coi.portal.identity.Role;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: the catalogue offers the cases of the search it shows as open data, following its filters and order
 * but not its page (a download holds them all), outside Vaadin's router, beside a link to the page about the data.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class CatalogueDownloadsViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void theDownloadsCarryTheCurrentSearch() {
        signedIn.newPerson("Dagmar Download", Role.CITIZEN);

        UI.getCurrent().navigate("landskab", QueryParameters.simple(Map.of("sektor", "employment", "sorter", "nyeste",
                "side", "1")));

        Anchor csv = $(Anchor.class).withId("catalogue-download-csv").single();
        assertThat(csv.getHref()).isEqualTo("/api/v1/cases.csv?sektor=employment&sorter=nyeste");
        assertThat(csv.getText()).isEqualTo("Hent som CSV");
        assertThat(csv.isRouterIgnore()).isTrue();
        assertThat($(Anchor.class).withId("catalogue-download-json").single().getHref())
                .isEqualTo("/api/v1/cases.json?sektor=employment&sorter=nyeste");
        assertThat($(Anchor.class).withId("catalogue-open-data").single().getHref()).isEqualTo("aabne-data");

        UI.getCurrent().navigate("landskab", QueryParameters.simple(Map.of("q", "ledige")));
        assertThat($(Anchor.class).withId("catalogue-download-json").single().getHref())
                .isEqualTo("/api/v1/cases.json?q=ledige");
    }
}
