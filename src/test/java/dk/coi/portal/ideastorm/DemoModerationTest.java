package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationLogLine;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.QueuedItem;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.moderation.ReportLine;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's moderation in the open jobcentre storm, done by the demo people through the services: a duplicate idea
 * merged by Camilla (votes moved, both authors credited, shown on both ideas, in the moderation log), a comment she
 * hid with her reason, and a comment Mads reported that waits in staff's queue.
 */
@PortalTest
class DemoModerationTest {

    private static final StormId OPEN_STORM = StormId.of(1);

    @Autowired
    IdeaService ideas;
    @Autowired
    IdeaCommentService comments;
    @Autowired
    ModerationService moderation;
    @Autowired
    PersonService people;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void reset() {
        signedIn.clear();
    }

    private IdeaId idea(String title) {
        return ideas.board(OPEN_STORM, new IdeaQuery(IdeaOrder.NEWEST, null, null, 0)).ideas().ideas().stream()
                .filter(idea -> idea.title().equals(title)).findFirst().orElseThrow().id();
    }

    private CommentView comment(IdeaId on, String startingWith) {
        return comments.discussion(OPEN_STORM, on).orElseThrow().comments().stream()
                .filter(comment -> comment.html().html().contains(startingWith)).findFirst().orElseThrow();
    }

    @Test
    void aDuplicateIsMergedWithItsVotesAndBothAuthorsInTheLog() {
        long camilla = people.localAccountId("coi@demo.coi.dk").orElseThrow();
        signedIn.anonymous();
        IdeaId kept = idea("Skriv, hvad samtalen skal handle om");
        IdeaScreen keptPage = ideas.idea(OPEN_STORM, kept).orElseThrow();
        assertThat(keptPage.votes()).as("Birgitte's vote, and Mads's and Camilla's moved").isEqualTo(3);
        assertThat(keptPage.merge().authors()).containsExactly("Birgitte Borger", "Anders Admin");
        assertThat(keptPage.merge().mergedFrom()).extracting(SimilarIdea::title)
                .containsExactly("Fortæl i indkaldelsen, hvad vi skal tale om");
        IdeaId duplicate = keptPage.merge().mergedFrom().getFirst().id();
        assertThat(ideas.idea(OPEN_STORM, duplicate).orElseThrow().merge().mergedInto().id()).isEqualTo(kept);
        signedIn.newPerson("Sigrid Staff", Role.COI_STAFF);
        assertThat(moderation.log(duplicate.subject())).extracting(line -> line.kind().code(),
                ModerationLogLine::personId).containsExactly(tuple("ideastorm.merge", camilla));
    }

    @Test
    void aCommentIsHiddenWithCamillasReasonAndAnotherWaitsReportedInTheQueue() {
        long camilla = people.localAccountId("coi@demo.coi.dk").orElseThrow();
        signedIn.newPerson("Sigrid Staff", Role.COI_STAFF);
        CommentView hidden = comment(idea("Sms dagen før – og igen en time før"), "Jonas fra Valby");
        assertThat(hidden.hidden()).isTrue();
        assertThat(hidden.hiddenReason()).startsWith("Kommentaren nævner en borger ved navn og bydel.");
        assertThat(moderation.log(IdeaComments.subject(hidden.id()))).extracting(line -> line.kind().code(),
                ModerationLogLine::personId).containsExactly(tuple("moderation.hide", camilla));

        CommentView reported = comment(idea("Svar på sms for at bekræfte eller flytte tiden"), "Man venter altid");
        assertThat(reported.hidden()).isFalse();
        QueuedItem waiting = moderation.queue().items().stream()
                .filter(item -> item.subject().equals(IdeaComments.subject(reported.id()))).findFirst().orElseThrow();
        assertThat(waiting.reports()).extracting(ReportLine::reporter, ReportLine::category, ReportLine::reason)
                .containsExactly(tuple("Mads Medarbejder", ReportCategory.OFF_TOPIC,
                        "Handler om ventetiden i telefonen, ikke om idéen."));
    }
}
