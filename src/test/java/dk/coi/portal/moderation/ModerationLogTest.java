package dk.coi.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.TalkComment;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one moderation log as other modules use it: a module records a decision of its own kind in its own
 * transaction and reads filtered views back; what reveals reports stays with staff.
 */
@PortalTest
class ModerationLogTest {

    private static final LogKind APPROVED = new LogKind("test.approve");

    @Autowired
    ModerationLog log;
    @Autowired
    ModerationService moderation;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    @Test
    void aModuleRecordsItsOwnKindInItsTransactionAndReadsItBackCredited() {
        long staff = signedIn.newPerson("Lone Logfører", Role.COI_STAFF);
        Subject thing = new Subject("test.thing", staff);
        LoggedDecision decision = new LoggedDecision(Instant.parse("2026-01-02T10:00:00Z"), PersonId.of(staff),
                APPROVED, thing, Phrase.of("wiki.log.page", "Tingen"), Phrase.of("wiki.log.reviewed"), "Fint");

        assertThatThrownBy(() -> log.record(decision)).as("only inside the module's own transaction")
                .isInstanceOf(IllegalTransactionStateException.class);
        transaction.executeWithoutResult(status -> log.record(decision));
        transaction.executeWithoutResult(status -> {
            log.record(decision);
            status.setRollbackOnly();
        });

        signedIn.anonymous();
        assertThat(log.lines(LogQuery.of(Set.of(APPROVED), Set.of("test.thing"), 10)))
                .filteredOn(line -> line.subject().equals(thing)).singleElement().satisfies(line -> {
                    assertThat(line.kind()).isEqualTo(APPROVED);
                    assertThat(line.person()).isEqualTo("Lone Logfører");
                    assertThat(line.title()).isEqualTo(Phrase.of("wiki.log.page", "Tingen"));
                    assertThat(line.facts()).isEqualTo(Phrase.of("wiki.log.reviewed"));
                    assertThat(line.reason()).isEqualTo("Fint");
                    assertThat(line.path()).as("no module moderates a test.thing").isNull();
                });
        assertThat(log.lines(new LogQuery(Set.of(APPROVED), Set.of("test.thing"), null, null, List.of(-5L), 10)))
                .as("only the pieces of content asked for").isEmpty();
        assertThat(log.lines(new LogQuery(Set.of(APPROVED), Set.of("test.thing"),
                Instant.parse("2026-01-03T00:00:00Z"), null, null, 10))).as("only since a time")
                .noneMatch(line -> line.subject().equals(thing));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> log.record(decision)))
                .as("an anonymous visitor records nothing").isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aModuleLogsOnlyItsOwnKindsAboutItsOwnContentCreditedToWhoeverActs() {
        long staff = signedIn.newPerson("Lone Logfører", Role.COI_STAFF);
        Subject thing = new Subject("test.thing", staff);
        Instant now = Instant.now();
        List<LoggedDecision> refused = List.of(
                new LoggedDecision(now, PersonId.of(staff), ModerationAction.HIDE.kind(), thing,
                        Phrase.of("wiki.log.page", "Tingen"), null, "Forfalsket"),
                new LoggedDecision(now, PersonId.of(staff), APPROVED, new Subject("wiki.page", 1),
                        Phrase.of("wiki.log.page", "En anden moduls side"), null, null),
                new LoggedDecision(now, PersonId.of(staff + 1000), APPROVED, thing,
                        Phrase.of("wiki.log.page", "Tingen"), null, null));
        for (LoggedDecision decision : refused) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> log.record(decision)))
                    .as(decision.toString()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(log.lines(new LogQuery(Set.of(APPROVED, ModerationAction.HIDE.kind()),
                Set.of("test.thing", "wiki.page"), now, null, null, 10))).as("nothing was written").isEmpty();
    }

    /** Dismissals reveal reports that changed nothing; what hid or showed content is public, as the content says. */
    @Test
    void dismissedReportsAreForStaffOnly() {
        signedIn.newPerson("Kaj Kommentator", Role.CITIZEN);
        String title = "Log " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Tekst", "ny", false, null));
        Subject comment = TalkComment.subject(talk.comment(title, null, "Tvivlsomt"));
        signedIn.newPerson("Rikke Rapport", Role.CITIZEN);
        moderation.report(comment, ReportCategory.SPAM, "Reklame");
        signedIn.newPerson("Sofie Staff", Role.COI_STAFF);
        moderation.dismiss(comment, "I orden");
        moderation.hide(comment, "Alligevel reklame");
        LogQuery everyKind = new LogQuery(Set.of(ModerationAction.DISMISS.kind(), ModerationAction.HIDE.kind()),
                Set.of(TalkComment.SUBJECT_TYPE), null, null, List.of(comment.id()), 10);

        assertThat(log.lines(everyKind)).extracting(ModerationLogLine::kind)
                .containsExactly(ModerationAction.HIDE.kind(), ModerationAction.DISMISS.kind());
        signedIn.anonymous();
        assertThat(log.lines(everyKind)).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ModerationAction.HIDE.kind());
            assertThat(line.path()).as("it leads to the comment").endsWith("#kommentar-" + comment.id());
            assertThat(line.excerpt()).as("a public log quotes no content").isNull();
            assertThat(line.author()).isNull();
        });
    }

    @Test
    void aKindIsNamedByItsModule() {
        assertThat(LogKind.of("wiki", ModerationAction.AUTO_HIDE).code()).isEqualTo("wiki.auto-hide");
        assertThat(ModerationAction.AUTO_HIDE.kind().labelKey()).isEqualTo("log.moderation.auto-hide");
        assertThatThrownBy(() -> new LogKind("Wiki move")).isInstanceOf(IllegalArgumentException.class);
    }
}
