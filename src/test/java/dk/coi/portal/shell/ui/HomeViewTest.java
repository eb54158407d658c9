package dk.coi.portal.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import dk.coi.portal.support.PortalTest;
import org.junit.jupiter.api.Test;

/** Browserless: the front page as the server builds it, without a browser. */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class HomeViewTest extends SpringBrowserlessTest {

    @Test
    void theFrontPageNamesThePortalLinksEveryAreaAndShowsTheNewestNewsFirst() {
        HomeView home = navigate(HomeView.class);

        assertThat($view(H1.class).single().getText()).isEqualTo("Innovationsportalen");
        assertThat($view(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("wiki", "idestorme", "landskab", "historier", "praktik");
        assertThat($view(Anchor.class).all()).extracting(Anchor::getText)
                .containsSubsequence("Velkommen til Innovationsportalen", "Hvad er offentlig innovation?",
                        "Randomiserede forsøg i beskæftigelsesindsatsen");
        assertThat(home.getPageTitle()).as("the portal's name, said once").isEqualTo("Innovationsportalen");
        assertThat($view(Anchor.class).id("news-archive-link").getHref()).isEqualTo("nyheder");
        assertThat($view(Anchor.class).all()).as("the news is in Danish whatever the reader's language")
                .filteredOn(link -> link.getText().equals("Velkommen til Innovationsportalen"))
                .singleElement().satisfies(link -> assertThat(link.getParent().orElseThrow())
                        .isInstanceOf(H3.class)
                        .satisfies(heading -> assertThat(heading.getElement().getAttribute("lang")).isEqualTo("da")));
    }
}
