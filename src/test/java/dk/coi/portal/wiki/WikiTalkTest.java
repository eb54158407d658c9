package dk.coi.portal.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.identity.Role;
import dk.coi.portal.moderation.ModerationAction;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Talk pages: named comments and replies, their rules, staff hiding, watchers' notices and GDPR. */
@PortalTest
class WikiTalkTest {

    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    WikiStewardshipService stewardship;
    @Autowired
    WikiWatchService watchlist;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    ModerationService moderation;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private long signedInAs(String name, Role role) {
        return signedIn.newPerson(name, role);
    }

    private String newPage() {
        String title = "Drøftet " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst til drøftelse", "ny", false, null));
        return title;
    }

    @Test
    void commentsAndRepliesComeInThreadOrderWithTheirAuthorsNames() {
        signedInAs("Karen Kommentar", Role.CITIZEN);
        String title = newPage();
        long first = talk.comment(title, null, "Er **dette** rigtigt? Se [[" + title + "]].");
        long second = talk.comment(title, null, "Et andet spørgsmål");
        signedInAs("Svend Svar", Role.EMPLOYEE);
        long reply = talk.comment(title, first, "Ja, det mener jeg.");
        long replyToReply = talk.comment(title, reply, "Enig.");

        assertThat(talk.comments(title)).extracting(CommentView::id).containsExactly(first, reply, replyToReply, second);
        assertThat(talk.comments(title)).extracting(CommentView::depth).containsExactly(0, 1, 2, 0);
        assertThat(talk.comments(title)).extracting(CommentView::author)
                .containsExactly("Karen Kommentar", "Svend Svar", "Svend Svar", "Karen Kommentar");
        assertThat(talk.comments(title).getFirst().html().html()).contains("<strong>dette</strong>", "href=\"/wiki/");
        assertThat(talk.count(title)).isEqualTo(4);
        assertThat(talk.comments("De syv principper")).as("demo discussion").hasSize(2);
    }

    @Test
    void badCommentsAreRefusedWithAReasonAndNothingIsStored() {
        signedInAs("Bent Bruger", Role.CITIZEN);
        String title = newPage();
        String other = newPage();
        long onOther = talk.comment(other, null, "Her");

        assertRefused(() -> talk.comment(title, null, "   "), "body", "wiki.talk.empty");
        assertRefused(() -> talk.comment(title, null, "x".repeat(WikiTalkService.MAX_COMMENT_LENGTH + 1)), "body",
                "wiki.talk.too-long");
        assertRefused(() -> talk.comment(title, null, "skjult\u0007tegn"), "body", "input.control-characters");
        assertRefused(() -> talk.comment(title, null, "halv \uD83D emoji"), "body", "input.broken-characters");
        assertRefused(() -> talk.comment(title, onOther, "svar"), "parent", "wiki.talk.unknown-parent");
        assertRefused(() -> talk.comment(title, 987654321L, "svar"), "parent", "wiki.talk.unknown-parent");
        assertRefused(() -> talk.comment("Findes ikke " + UUID.randomUUID(), null, "hej"), "title",
                "wiki.edit.page-gone");
        assertThat(talk.comments(title)).isEmpty();

        signedIn.anonymous();
        assertThatThrownBy(() -> talk.comment(title, null, "anonym")).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(talk.comments(title)).isEmpty();
    }

    /** Two comments with the same heading would otherwise give two elements on the talk page one id. */
    @Test
    void commentsHeadingsHaveNoIds() {
        signedInAs("Hanne Overskrift", Role.CITIZEN);
        String title = newPage();
        talk.comment(title, null, "## Forslag\n\nFørste");
        talk.comment(title, null, "## Forslag\n\nAndet");

        assertThat(talk.comments(title)).extracting(comment -> comment.html().html())
                .allSatisfy(html -> assertThat(html).contains("<h2>Forslag</h2>").doesNotContain("id="));
    }

    @Test
    void staffHideACommentWithAReasonThatOthersSeeInsteadOfTheText() {
        long watcher = signedInAs("Walther Watcher", Role.CITIZEN);
        String title = newPage();
        watchlist.watch(title, FollowPeriod.PERMANENT, PortalLocales.DANISH);
        long author = signedInAs("Hanne Hidsig", Role.CITIZEN);
        long rude = talk.comment(title, null, "Noget grimt");
        assertThatThrownBy(() -> talk.hide(rude, "nej")).isInstanceOf(AuthorizationDeniedException.class);

        signedInAs("Steffen Staff", Role.COI_STAFF);
        assertRefused(() -> talk.hide(rude, " "), "reason", "reason.required");
        talk.hide(rude, "Krænkende sprog");
        assertThat(talk.comments(title).getFirst().html().html()).as("staff still read it").contains("Noget grimt");
        assertThat(stewardship.log(3)).first().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ModerationAction.HIDE.kind());
            assertThat(line.labelKey()).isEqualTo(WikiLogAction.HIDE_COMMENT.kind().labelKey());
            assertThat(line.path()).as("it leads to the comment").endsWith("#" + "kommentar-" + rude);
            assertThat(line.reason()).isEqualTo("Krænkende sprog");
        });

        signedIn.anonymous();
        CommentView seen = talk.comments(title).getFirst();
        assertThat(seen.hidden()).isTrue();
        assertThat(seen.html()).isNull();
        assertThat(seen.hiddenReason()).isEqualTo("Krænkende sprog");
        assertThat(talk.count(title)).isZero();

        signedIn.as(watcher, "Walther Watcher", Role.CITIZEN);
        assertThat(talk.comments(title).getFirst().html()).as("another reader sees only the reason").isNull();
        signedIn.as(author, "Hanne Hidsig", Role.CITIZEN);
        assertThat(talk.comments(title).getFirst()).as("its author still reads what was hidden").satisfies(own -> {
            assertThat(own.ownComment()).isTrue();
            assertThat(own.html().html()).contains("Noget grimt");
        });

        signedIn.as(watcher, "Walther Watcher", Role.CITIZEN);
        assertThat(watchlist.notices(5)).first().satisfies(notice -> {
            assertThat(notice.detailId()).isEqualTo(rude);
            assertThat(notice.summary().isEmpty()).as("the hidden text leaves the notice").isTrue();
        });

        signedInAs("Steffen Staff", Role.COI_STAFF);
        talk.show(rude, null);
        signedIn.anonymous();
        assertThat(talk.comments(title).getFirst().html().html()).contains("Noget grimt");
        signedIn.as(watcher, "Walther Watcher", Role.CITIZEN);
        assertThat(watchlist.notices(5)).first().satisfies(notice -> assertThat(notice.summary().text())
                .as("the comment shown again is quoted again").isEqualTo("Noget grimt"));
    }

    @Test
    void hidingAndShowingOnTheTalkPageAreModerationDecisionsThatCloseReports() {
        signedInAs("Karla Kommentar", Role.CITIZEN);
        String title = newPage();
        long comment = talk.comment(title, null, "Tvivlsomt indhold");
        signedInAs("Rolf Rapport", Role.CITIZEN);
        moderation.report(TalkComment.subject(comment), ReportCategory.OFF_TOPIC, "Handler ikke om siden");

        signedInAs("Stella Staff", Role.COI_STAFF);
        talk.hide(comment, "Uden for emnet");
        // As from a talk page read before the first hiding: moderation, deciding under its lock, keeps it hidden.
        talk.hide(comment, "Igen");
        assertThat(moderation.queue().items()).as("the report is closed")
                .noneSatisfy(item -> assertThat(item.subject()).isEqualTo(TalkComment.subject(comment)));
        talk.show(comment, "Alligevel relevant");
        talk.show(comment, null);

        assertThat(moderation.log(TalkComment.subject(comment))).satisfiesExactly(hidden -> {
            assertThat(hidden.kind()).isEqualTo(ModerationAction.HIDE.kind());
            assertThat(hidden.person()).isEqualTo("Stella Staff");
            assertThat(hidden.reason()).isEqualTo("Uden for emnet");
        }, kept -> {
            assertThat(kept.kind()).isEqualTo(ModerationAction.KEEP_HIDDEN.kind());
            assertThat(kept.reason()).isEqualTo("Igen");
        }, shown -> {
            assertThat(shown.kind()).isEqualTo(ModerationAction.RESTORE.kind());
            assertThat(shown.reason()).isEqualTo("Alligevel relevant");
        });
        assertThat(stewardship.log(3)).extracting(WikiLogLine::kind).as("the public wiki log shows them")
                .containsExactly(ModerationAction.RESTORE.kind(), ModerationAction.KEEP_HIDDEN.kind(),
                        ModerationAction.HIDE.kind());
        assertThat(stewardship.log(3)).extracting(WikiLogLine::labelKey).containsExactly(
                "log.wiki.show-comment", "wiki.log.comment.keep-hidden", "log.wiki.hide-comment");
        assertRefused(() -> talk.hide(987_654_321L, "Findes ikke"), "subject", "moderation.item.unknown");
    }

    @Test
    void watchersHearOfNewCommentsAndErasedAuthorsLoseTheirName() {
        long watcher = signedInAs("Willy Watcher", Role.CITIZEN);
        String title = newPage();
        watchlist.watch(title, FollowPeriod.PERMANENT, PortalLocales.DANISH);

        long author = signedInAs("Elna Erase", Role.CITIZEN);
        long comment = talk.comment(title, null, "Mit personlige synspunkt");
        String export = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(export).contains("\"comments\"", "Mit personlige synspunkt");
        personalData.eraseCurrentPerson();

        signedIn.as(watcher, "Willy Watcher", Role.CITIZEN);
        assertThat(watchlist.notices(5)).first().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(WikiSubjects.NoticeKind.COMMENT.name());
            assertThat(notice.detailId()).isEqualTo(comment);
            assertThat(notice.summary().text()).isEqualTo("Mit personlige synspunkt");
            assertThat(notice.actor()).isNull();
        });
        assertThat(talk.comments(title)).first().satisfies(shown -> {
            assertThat(shown.author()).isNull();
            assertThat(shown.authorId()).isEqualTo(author);
        });
    }

    private static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry(field, key));
    }
}
