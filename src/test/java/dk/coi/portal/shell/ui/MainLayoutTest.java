package dk.coi.portal.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.shell.PersonalNotices;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.shared.PortalContact;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless: the header's count of unread notices follows notices left while the page stays open. */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiWatchService watchlist;
    @Autowired
    PersonService people;
    @Autowired
    AuthenticationContext authentication;
    @Autowired
    SearchService search;
    @Autowired
    List<PersonalNotices> noticeKinds;
    @Autowired
    PortalContact contact;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void theUnreadCountMovesWithoutNavigatingWhenANoticeIsLeft() {
        TestPerson editor = signedIn.signUp("Erik Skriver");
        signedIn.as(editor, Role.EMPLOYEE);
        String title = "Overvåget " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Første tekst", "ny", false, null));
        TestPerson reader = signedIn.signUp("Lise Læser");
        signedIn.as(reader, Role.CITIZEN);
        watchlist.watch(title, FollowPeriod.PERMANENT, PortalLocales.DANISH);
        // The test's UI opened its first view before anyone signed in: the reader's own header, as on signing in.
        MainLayout header = new MainLayout(people, authentication, search, noticeKinds, contact);
        UI.getCurrent().add(header);
        assertThat(noticesLink().getText()).isEqualTo("Beskeder");
        assertThat(UI.getCurrent().getPollInterval()).as("the header asks again each minute")
                .isEqualTo((int) MainLayout.NOTICE_POLL.toMillis());

        signedIn.as(editor, Role.EMPLOYEE);
        wiki.save(new WikiEdit(title, "Anden tekst", "ændret", false, wiki.page(title).orElseThrow().version()));
        signedIn.as(reader, Role.CITIZEN);
        assertThat(noticesLink().getText()).as("not before it asks").isEqualTo("Beskeder");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(noticesLink().getText()).isEqualTo("Beskeder (1)");
    }

    private Anchor noticesLink() {
        return $(Anchor.class).withId("notices-notifikationer").single();
    }
}
