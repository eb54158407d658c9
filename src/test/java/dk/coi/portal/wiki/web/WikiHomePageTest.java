package dk.coi.portal.wiki.web;

import static dk.coi.portal.support.PublicHttp.readablePage;
import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The wiki's front page as a reader who is not signed in, a search engine or a link preview fetches it. */
@PortalTest
class WikiHomePageTest {

    @LocalServerPort
    int port;
    @Value("${portal.base-url}/")
    String baseUrl;

    @Test
    void theWikisFrontPageListsEveryPageAndAsksToSignInToStartOne() throws Exception {
        String html = readablePage(port, "/wiki");

        assertThat(html).contains("<title>Innovationswiki | Innovationsportalen</title>", "<h1>Innovationswiki</h1>")
                .contains("<meta name=\"description\" content=\"Åben vidensdeling om offentlig innovation.")
                .contains("<link rel=\"canonical\" href=\"" + baseUrl + "wiki\">")
                .contains("id=\"recent-changes-link\" href=\"/wiki/seneste-aendringer\"")
                .contains("id=\"wiki-log-link\" href=\"/wiki/log\"")
                .contains("<ul id=\"wiki-pages\">", "<a href=\"/wiki/De_syv_principper\">De syv principper</a>")
                .contains("id=\"new-page-login\" href=\"/login?next=/wiki\"", "Log ind for at oprette en side")
                .contains("id=\"nav-wiki\" href=\"/wiki\" aria-current=\"page\"")
                .doesNotContain("new-page-title", "watchlist-link", "review-queue-link");
    }
}
