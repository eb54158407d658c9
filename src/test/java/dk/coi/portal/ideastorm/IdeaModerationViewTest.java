package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ui.ReportControl;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestStorms;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Browserless: staff hide a comment, or the idea itself, where it stands on the idea's page, made to give a reason,
 * which its author then reads in its place, and show it again; both are moderation's decisions, in its log as the
 * queue's are. Others get no such controls. A hidden or waiting idea's page tells other readers so, leading to its
 * storm.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class IdeaModerationViewTest extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    TestStorms testStorms;
    @Autowired
    IdeaService ideas;
    @Autowired
    IdeaCommentService comments;
    @Autowired
    ModerationService moderation;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void staffHideACommentInPlaceWithAReasonItsAuthorReadsAndShowItAgain() {
        TestPerson staff = signedIn.signUp("Sofie Stormfører");
        StormId storm = testStorms.storm("Kommentarer i orden").by(staff.id()).start();
        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        IdeaId idea = ideas.submit(storm, new IdeaDraft("Bænke i venteværelset", "Flere bænke.", null));
        TestPerson author = signedIn.signUp("Kim Kommentar");
        signedIn.as(author, Role.CITIZEN);
        long comment = comments.comment(idea, IdeaStance.AGAINST, "Ring til Jens på 12 34 56 78");
        Subject subject = IdeaComments.subject(comment);
        String id = ReportControl.idOf(subject);
        String path = ideas.idea(storm, idea).orElseThrow().path();

        hideWhereItStands(path, id, staff, "Personlige oplysninger");

        signedIn.as(author, Role.CITIZEN);
        assertThat(shown(storm, idea, comment)).satisfies(seen -> {
            assertThat(seen.hidden()).isTrue();
            assertThat(seen.hiddenReason()).isEqualTo("Personlige oplysninger");
        });

        signedIn.as(staff, Role.COI_STAFF);
        UI.getCurrent().navigate(path);
        test($view(Button.class).id("restore-start-" + id)).click();
        test($view(Button.class).id("restore-" + id)).click();
        assertThat(shown(storm, idea, comment).hidden()).isFalse();
        assertThat(moderation.log(subject)).extracting(ModerationLogLine::kind, ModerationLogLine::personId,
                ModerationLogLine::reason).containsExactlyInAnyOrder(
                Tuple.tuple(ModerationAction.HIDE.kind(), staff.id(), "Personlige oplysninger"),
                Tuple.tuple(ModerationAction.RESTORE.kind(), staff.id(), null));
    }

    @Test
    void staffHideAnIdeaInPlaceWithAReasonAndShowItAgain() {
        AdvertIdea advert = advert("Idéer i orden", "Køb kaffe her");
        TestPerson staff = advert.staff();
        StormId storm = advert.storm();
        IdeaId idea = advert.idea();
        String id = ReportControl.idOf(idea.subject());
        String path = ideas.idea(storm, idea).orElseThrow().path();
        hideWhereItStands(path, id, staff, "Reklame");
        assertThat($view(Button.class).id("restore-start-" + id).getElement().getAttribute("aria-label"))
                .isEqualTo("Gendan … idéen Køb kaffe her");
        assertThat($view(Paragraph.class).id("idea-hidden").getText())
                .isEqualTo("Idéen er skjult af COI. Begrundelse: Reklame");
        assertThat(ideas.idea(storm, idea).orElseThrow().hidden()).isTrue();

        test($view(Button.class).id("restore-start-" + id)).click();
        test($view(Button.class).id("restore-" + id)).click();
        assertThat(ideas.idea(storm, idea).orElseThrow().hidden()).isFalse();
        assertThat($view(Paragraph.class).all()).noneMatch(shown -> shown.getId().orElse("").equals("idea-hidden"));
        assertThat(moderation.log(idea.subject())).extracting(ModerationLogLine::kind, ModerationLogLine::reason)
                .containsExactlyInAnyOrder(Tuple.tuple(ModerationAction.HIDE.kind(), "Reklame"),
                        Tuple.tuple(ModerationAction.RESTORE.kind(), null));
    }

    @Test
    void aHiddenIdeasPageTellsOthersCoiHidItAndLeadsToItsStormWhileItsAuthorStillReadsIt() {
        AdvertIdea advert = advert("Skjult på siden", "Reklame for kaffebaren");
        TestPerson staff = advert.staff();
        TestPerson author = advert.author();
        StormId storm = advert.storm();
        IdeaId idea = advert.idea();
        IdeaScreen before = ideas.idea(storm, idea).orElseThrow();
        signedIn.as(staff, Role.COI_STAFF);
        moderation.hide(idea.subject(), "Reklame");

        signedIn.newPerson("Anden Læser", Role.CITIZEN);
        UI.getCurrent().navigate(before.path());
        assertThat($view(H1.class).single().getText()).isEqualTo("Idéen er skjult af COI");
        assertThat($view(Paragraph.class).id("idea-withheld").getText())
                .isEqualTo("COI har skjult idéen, så den kan ikke læses her. Du kan læse de andre idéer i "
                        + "idéstormen.");
        assertThat($view(Anchor.class).id("idea-storm").getHref()).isEqualTo("/" + before.stormPath());
        assertThat($view(Div.class).all()).noneMatch(div -> div.getId().orElse("").equals("idea-description"));

        signedIn.as(author, Role.CITIZEN);
        UI.getCurrent().navigate(before.path());
        assertThat($view(H1.class).single().getText()).isEqualTo("Reklame for kaffebaren");
        assertThat($view(Paragraph.class).id("idea-hidden").getText())
                .isEqualTo("Idéen er skjult af COI. Begrundelse: Reklame");
        signedIn.as(staff, Role.COI_STAFF);
        UI.getCurrent().navigate(before.path());
        assertThat($view(Paragraph.class).id("idea-hidden").getText())
                .isEqualTo("Idéen er skjult af COI. Begrundelse: Reklame");
    }

    /**
     * The item at the path has no staff controls for the person signed in; staff then hide it where it stands, made
     * to give a reason first.
     */
    private void hideWhereItStands(String path, String id, TestPerson staff, String reason) {
        UI.getCurrent().navigate(path);
        assertThat($view(Button.class).all()).as("no staff controls for others")
                .noneMatch(button -> button.getId().orElse("").equals("hide-start-" + id));

        signedIn.as(staff, Role.COI_STAFF);
        UI.getCurrent().navigate(path);
        test($view(Button.class).id("hide-start-" + id)).click();
        test($view(Button.class).id("hide-" + id)).click();
        assertThat($view(TextField.class).id("moderation-reason-" + id).isInvalid()).as("a reason is required")
                .isTrue();
        test($view(TextField.class).id("moderation-reason-" + id)).setValue(reason);
        test($view(Button.class).id("hide-" + id)).click();
    }

    /** A storm run by staff member Sofie, and an advert Ida submitted there as its idea (signed in as Ida). */
    private record AdvertIdea(TestPerson staff, TestPerson author, StormId storm, IdeaId idea) {
    }

    private AdvertIdea advert(String stormTitle, String ideaTitle) {
        TestPerson staff = signedIn.signUp("Sofie Stormfører");
        StormId storm = testStorms.storm(stormTitle).by(staff.id()).start();
        TestPerson author = signedIn.signUp("Ida Idé");
        signedIn.as(author, Role.CITIZEN);
        return new AdvertIdea(staff, author, storm, ideas.submit(storm, new IdeaDraft(ideaTitle, "Køb kaffe.", null)));
    }

    private CommentView shown(StormId storm, IdeaId idea, long comment) {
        return comments.discussion(storm, idea).orElseThrow().comments().stream()
                .filter(one -> one.id() == comment).findFirst().orElseThrow();
    }
}
