package dk.coi.portal.wiki;

import dk.coi.portal.identity.PersonId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestMailServer;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.MailMode;
import dk.coi.portal.notification.MailSettings;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.notification.internal.NoticeMail;
import dk.coi.portal.notification.internal.StoredNotice;
import dk.coi.portal.notification.internal.NoticeRepository;
import dk.coi.portal.notification.internal.FollowRepository;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Watchlists, notices and the mail they cause, through a real SMTP server (GreenMail) on the real database. */
@PortalTest
class WikiWatchTest {

    @Autowired
    WikiService wiki;
    @Autowired
    WikiWatchService watchlist;
    @Autowired
    PersonService people;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    SignedIn signedIn;
    @Autowired
    GreenMail mailServer;
    @Autowired
    SystemIdentity system;
    @Autowired
    NoticeMail watchMail;
    @Autowired
    FollowRepository watches;
    @Autowired
    FollowService follows;
    @Autowired
    NoticeRepository notices;
    @Autowired
    WikiStewardshipService stewardship;
    @Autowired
    WikiTalkService talk;
    @Autowired
    WikiScreens screens;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    Texts texts;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    private TestPerson signUp(String name) {
        return signedIn.signUp(name);
    }

    private void as(TestPerson person) {
        signedIn.as(person, Role.CITIZEN);
    }

    private String newPage(TestPerson author) {
        as(author);
        String title = "Overvåget " + UUID.randomUUID().toString().substring(0, 8);
        wiki.save(new WikiEdit(title, "Første tekst", "ny", false, null));
        return title;
    }

    /** A page the editor started and the watcher then watches; the watcher is signed in afterwards. */
    private String watchedPage(TestPerson watcher, TestPerson editor, FollowPeriod period) {
        String title = newPage(editor);
        as(watcher);
        watchlist.watch(title, period, PortalLocales.DANISH);
        return title;
    }

    private void edit(TestPerson author, String title, String content, String summary) {
        as(author);
        wiki.save(new WikiEdit(title, content, summary, false, wiki.page(title).orElseThrow().version()));
    }

    private List<MimeMessage> mailTo(TestPerson person, int expected) throws InterruptedException {
        // Mail goes out after the commit, on the mail job's thread (a run holding the lock goes round again for it).
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (TestMailServer.mailTo(mailServer, person.email()).size() < expected && System.nanoTime() < deadline) {
            mailServer.waitForIncomingEmail(500, 1);
        }
        return TestMailServer.mailTo(mailServer, person.email());
    }

    private static String body(MimeMessage message) throws Exception {
        return (String) message.getContent();
    }

    /** As in MediaWiki: a page no longer watched leaves the watchlist with its changes; the notices page keeps them. */
    @Test
    void aPageNoLongerWatchedLeavesTheWatchlistWithItsChanges() {
        TestPerson watcher = signUp("Ulla Uvåget");
        TestPerson editor = signUp("Erik Skriver");
        String kept = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        edit(editor, kept, "Anden tekst", "ændret");
        edit(editor, title, "Anden tekst", "ændret");
        as(watcher);
        org.awaitility.Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20))
                .until(() -> watchlist.notices(10).size() == 2);

        watchlist.unwatch(title);

        assertThat(watchlist.notices(10)).extracting(Notice::subjectTitle).containsExactly(kept);
        assertThat(watchlist.notices(1)).as("the newest of the pages still watched, though a newer one is left out")
                .extracting(Notice::subjectTitle).containsExactly(kept);
        assertThat(follows.notices(null, 10)).extracting(Notice::subjectTitle).contains(title);
    }

    @Test
    void watchingIsForGoodOrForAWhileAndOnlyForPagesThatExist() {
        TestPerson lise = signUp("Lise Læser");
        String title = newPage(lise);

        WatchedPage week = watchlist.watch(title, FollowPeriod.ONE_WEEK, PortalLocales.DANISH);
        assertThat(week.expiresAt()).isBetween(clock.instant().plus(Duration.ofDays(6)),
                clock.instant().plus(Duration.ofDays(8)));
        assertThat(watchlist.watching(title)).map(WatchedPage::expiresAt).contains(week.expiresAt());
        watchlist.watch(title, FollowPeriod.PERMANENT, PortalLocales.DANISH);
        assertThat(watchlist.watchlist()).extracting(WatchedPage::title, WatchedPage::expiresAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(title, null));

        watchlist.unwatch(title);
        assertThat(watchlist.watching(title)).isEmpty();
        assertThat(watchlist.watchlist()).isEmpty();
        assertThatThrownBy(() -> watchlist.watch("Findes slet ikke " + UUID.randomUUID(), FollowPeriod.PERMANENT,
                PortalLocales.DANISH)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).containsEntry("title", "wiki.edit.page-gone"));

        signedIn.anonymous();
        assertThat(watchlist.watching(title)).isEmpty();
        assertThat(follows.unreadCount()).isZero();
        assertThatThrownBy(() -> watchlist.watch(title, FollowPeriod.PERMANENT, Locale.ENGLISH))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anExpiredWatchNoLongerNotifiesAndNobodyHearsOfTheirOwnChanges() {
        TestPerson lise = signUp("Lise Læser");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(lise, editor, FollowPeriod.ONE_MONTH);
        Instant expiry = watchlist.watching(title).orElseThrow().expiresAt();

        assertThat(noticesFor(title, editor.id(), expiry.plusSeconds(1))).isZero();
        assertThat(noticesFor(title, lise.id(), clock.instant())).isZero();
        assertThat(noticesFor(title, editor.id(), clock.instant())).isEqualTo(1);
    }

    /** Notices left for the page's watchers as if the actor had changed it at that time. */
    /**
     * The known point after which no mail about the person's notices is still on its way: none waits to be
     * mailed at once (a mail is in GreenMail before its notice is marked sent), instead of sleeping a while.
     */
    private void mailSettledFor(TestPerson person) {
        await().atMost(Duration.ofSeconds(20)).until(() -> notices.findByPersonId(person.id()).stream()
                .noneMatch(notice -> notice.getMailState() == StoredNotice.MailState.PENDING));
    }

    private int noticesFor(String title, long actorId, Instant at) {
        long pageId = wiki.page(title).orElseThrow().id();
        long revision = wiki.history(title, 0, 1).getFirst().revision();
        return transactions.execute(status -> notices.notifyFollowers(WikiSubjects.PAGE, pageId, "EDIT",
                List.of("EDIT"), revision, actorId, "test", null, at));
    }

    /** The deletion is news of its own kind, so the unread change does not hold its mail back (before it did). */
    @Test
    void noMailGoesOutAboutAChangeToAPageDeletedBeforeTheMailWasSentButTheDeletionIsMailed() throws Exception {
        TestPerson watcher = signUp("Dorte Slettet");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        transactions.executeWithoutResult(status -> {
            noticesFor(title, editor.id(), clock.instant());
            stewardship.delete(title, "Dublet");
        });

        mailSettledFor(watcher);
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).extracting(MimeMessage::getSubject)
                .containsExactly("Innovationsportalen: »" + title + "« er slettet");
        as(watcher);
        assertThat(watchlist.notices(5)).as("of a deleted page only the notice of its deletion is shown")
                .extracting(Notice::kind).containsExactly(WikiSubjects.NoticeKind.DELETION.name());
        assertThat(follows.unreadCount()).isEqualTo(1);
    }

    @Test
    void watchersHearOfADeletionWithItsReasonAndOfTheUndeletionAndAMoveAsChanges() throws Exception {
        TestPerson watcher = signUp("Dagmar Dublet");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        TestPerson staff = signUp("Sara Staff");
        signedIn.as(staff, Role.COI_STAFF);
        stewardship.delete(title, "Dublet af en anden side");

        List<MimeMessage> mail = mailTo(watcher, 1);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).isEqualTo("Innovationsportalen: »" + title + "« er slettet");
        assertThat(body(mail.getFirst())).contains("Sara Staff har slettet siden »" + title + "«",
                "Resumé: Dublet af en anden side", "/wiki/Overv");
        as(watcher);
        assertThat(follows.unreadCount()).isEqualTo(1);
        assertThat(watchlist.notices(5)).first().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(WikiSubjects.NoticeKind.DELETION.name());
            assertThat(notice.subjectTitle()).isEqualTo(title);
            assertThat(notice.path()).isEqualTo(WikiRoutes.page(title));
            assertThat(notice.labelKey()).isEqualTo("wiki.watchlist.deleted");
            assertThat(notice.actor()).isEqualTo("Sara Staff");
            assertThat(notice.summary().text()).isEqualTo("Dublet af en anden side");
        });
        watchlist.markSeen(title);
        assertThat(follows.unreadCount()).as("the deleted page looked at").isZero();

        signedIn.as(staff, Role.COI_STAFF);
        stewardship.undelete(title, "Ikke en dublet alligevel");
        as(watcher);
        assertThat(watchlist.notices(1)).first().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(WikiSubjects.NoticeKind.EDIT.name());
            assertThat(texts.get(PortalLocales.DANISH, notice.summary()))
                    .isEqualTo("Gendannet efter sletning: Ikke en dublet alligevel");
        });
        assertThat(mailTo(watcher, 2)).hasSize(2);
        watchlist.markSeen(title);

        signedIn.as(staff, Role.COI_STAFF);
        String moved = title + " flyttet";
        stewardship.move(title, moved, false, "Bedre titel", wiki.page(title).orElseThrow().version());
        as(watcher);
        assertThat(watchlist.notices(1)).first().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(WikiSubjects.NoticeKind.EDIT.name());
            assertThat(notice.subjectTitle()).isEqualTo(moved);
            assertThat(texts.get(PortalLocales.DANISH, notice.summary()))
                    .isEqualTo("Flyttet fra " + title + " til " + moved + ": Bedre titel");
        });
        assertThat(body(mailTo(watcher, 3).getLast())).contains("Flyttet fra " + title);
    }

    @Test
    void aChangeIsNoticedAndMailedOnceUntilTheWatcherHasLookedAgain() throws Exception {
        TestPerson watcher = signUp("Vera Vagt");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);

        edit(editor, title, "Anden tekst", "Tilføjede eksempel");
        List<MimeMessage> mail = mailTo(watcher, 1);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).isEqualTo("Innovationsportalen: »" + title + "« er ændret");
        assertThat(body(mail.getFirst())).contains("Hej Vera Vagt", "Erik Skriver har ændret siden »" + title + "«",
                "Resumé: Tilføjede eksempel", "/forskel?til=", "/notifikationer");
        assertThat(TestMailServer.mailTo(mailServer, editor.email())).isEmpty();

        edit(editor, title, "Tredje tekst", "Mere");
        as(watcher);
        assertThat(follows.unreadCount()).isEqualTo(2);
        assertThat(watchlist.notices(10)).extracting(notice -> notice.summary().text())
                .containsExactly("Mere", "Tilføjede eksempel");
        assertThat(watchlist.notices(10)).extracting(Notice::actor).containsOnly("Erik Skriver");
        assertThat(watchlist.watchlist()).extracting(WatchedPage::unread).containsExactly(2);
        mailSettledFor(watcher);
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).as("no second mail before a visit").hasSize(1);

        watchlist.markSeen(title);
        assertThat(follows.unreadCount()).isZero();
        edit(editor, title, "Fjerde tekst", "Igen");
        assertThat(mailTo(watcher, 2)).hasSize(2);
    }

    @Test
    void lookingAtAPageReadsOnlyThatPagesNotices() {
        TestPerson watcher = signUp("Mette Mange");
        TestPerson editor = signUp("Erik Skriver");
        String first = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        String second = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        edit(editor, first, "Ny tekst", "første");
        edit(editor, second, "Ny tekst", "anden");

        as(watcher);
        lookAtPage(first);
        assertThat(follows.unreadCount()).isEqualTo(1);
        assertThat(watchlist.notices(10)).filteredOn(notice -> !notice.read())
                .extracting(Notice::subjectTitle).containsExactly(second);
        assertThat(watchlist.watchlist()).extracting(WatchedPage::title, WatchedPage::unread).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(first, 0), org.assertj.core.groups.Tuple.tuple(second, 1));
    }

    /** As in MediaWiki: a diff reached from a notice reads that change and the ones before it, not newer ones. */
    @Test
    void seeingOneChangeLeavesNewerChangesOfThePageUnread() {
        TestPerson watcher = signUp("Vera Versioner");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        edit(editor, title, "Anden tekst", "ældre");
        edit(editor, title, "Tredje tekst", "nyere");
        as(watcher);
        List<Notice> both = watchlist.notices(10);
        assertThat(both).extracting(notice -> notice.summary().text()).containsExactly("nyere", "ældre");

        watchlist.markChangeSeen(title, both.getLast().detailId());

        assertThat(watchlist.notices(10)).extracting(notice -> notice.summary().text(), Notice::read)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nyere", false),
                        org.assertj.core.groups.Tuple.tuple("ældre", true));
        watchlist.markChangeSeen(title, both.getFirst().detailId());
        assertThat(follows.unreadCount()).isZero();
    }

    /** As the page's view does: the page as the signed-in person sees it (deleted or not) marks its notices read. */
    private void lookAtPage(String title) {
        watchlist.markSeen(screens.page(title).page().orElseThrow());
    }

    /**
     * Before: opening the page (or following a comment's notice to the talk page) read all of the page's notices,
     * the comments' too, and an unread comment kept the page's changes from being mailed.
     */
    @Test
    void thePageReadsItsChangesAndItsTalkPageItsCommentsEachToldByMailOnceUntilSeen() throws Exception {
        TestPerson watcher = signUp("Tove Tale");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        as(editor);
        talk.comment(title, null, "Første kommentar");
        edit(editor, title, "Anden tekst", "ændret");
        as(editor);
        talk.comment(title, null, "Anden kommentar");

        List<MimeMessage> mail = mailTo(watcher, 2);
        assertThat(mail).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Innovationsportalen: ny kommentar til »" + title + "«", "Innovationsportalen: »" + title + "« er ændret");
        as(watcher);
        assertThat(follows.unreadCount()).isEqualTo(3);

        lookAtPage(title);
        assertThat(watchlist.notices(10)).filteredOn(notice -> !notice.read()).extracting(Notice::kind)
                .containsExactly("COMMENT", "COMMENT");
        assertThat(follows.unreadCount()).isEqualTo(2);
        edit(editor, title, "Tredje tekst", "igen");
        assertThat(mailTo(watcher, 3)).as("the change looked at, so the next one is mailed").hasSize(3);

        as(watcher);
        watchlist.markTalkSeen(title);
        assertThat(watchlist.notices(10)).filteredOn(notice -> !notice.read()).extracting(Notice::kind)
                .containsExactly("EDIT");
        watchlist.markSeen(title);
        assertThat(follows.unreadCount()).isZero();
        mailSettledFor(watcher);
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).hasSize(3);
    }

    /**
     * A reply and a minor edit are notices of their own kinds, told as such, and still one mail until seen: a minor
     * edit after an edit, or a reply after a comment, is not mailed again before the person has looked.
     */
    @Test
    void repliesAndMinorEditsAreToldAsSuchAndMailedWithTheKindsTheyAreReadWith() throws Exception {
        TestPerson watcher = signUp("Rikke Replik");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        as(watcher);
        long question = talk.comment(title, null, "Et spørgsmål");
        edit(editor, title, "Anden tekst", "ændret");
        as(editor);
        wiki.save(new WikiEdit(title, "Anden tekst.", "Punktum", true, wiki.page(title).orElseThrow().version()));
        as(editor);
        talk.comment(title, null, "En kommentar");
        as(editor);
        talk.comment(title, question, "Et svar");

        as(watcher);
        assertThat(watchlist.notices(10)).extracting(Notice::kind, Notice::labelKey, Notice::minorChange)
                .containsExactly(tuple("REPLY", "wiki.watchlist.replied", false),
                        tuple("COMMENT", "wiki.watchlist.commented", false),
                        tuple("MINOR_EDIT", "wiki.watchlist.edited", true),
                        tuple("EDIT", "wiki.watchlist.edited", false));
        mailSettledFor(watcher);
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).as("one for the edits, one for the talk")
                .extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                        "Innovationsportalen: »" + title + "« er ændret",
                        "Innovationsportalen: ny kommentar til »" + title + "«");

        watchlist.markTalkSeen(title);
        as(editor);
        talk.comment(title, question, "Et svar mere");
        List<MimeMessage> mail = mailTo(watcher, 3);
        assertThat(mail).extracting(MimeMessage::getSubject)
                .contains("Innovationsportalen: svar på en kommentar til »" + title + "«");
        assertThat(body(mail.stream().filter(message -> {
            try {
                return message.getSubject().contains("svar på en kommentar");
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).findFirst().orElseThrow())).contains("Erik Skriver har svaret på en kommentar på diskussionssiden");
    }

    /**
     * A deleted page's notices but its deletion's are not shown; they keep their read state and come back as
     * they were. Looking at the deleted page (as its deletion notice leads there) reads them all, its talk
     * comments' too, as the talk page cannot be seen meanwhile: the undeletion is then the only news.
     */
    @Test
    void noticesKeepTheirReadStateWhileTheirPageIsDeletedAndComeBackAsTheyWere() {
        TestPerson watcher = signUp("Ulla Undelete");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        edit(editor, title, "Anden tekst", "ændret");
        as(editor);
        talk.comment(title, null, "En kommentar");
        as(watcher);
        lookAtPage(title);
        assertThat(follows.unreadCount()).as("the comment").isEqualTo(1);

        TestPerson staff = signUp("Sara Staff");
        signedIn.as(staff, Role.COI_STAFF);
        stewardship.delete(title, "Dublet");
        as(watcher);
        assertThat(watchlist.notices(10)).extracting(Notice::kind).containsExactly("DELETION");
        assertThat(follows.unreadCount()).isEqualTo(1);
        lookAtPage(title);
        assertThat(follows.unreadCount()).isZero();

        signedIn.as(staff, Role.COI_STAFF);
        stewardship.undelete(title, "Ikke en dublet alligevel");
        as(watcher);
        assertThat(watchlist.notices(10)).extracting(Notice::kind, Notice::read).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EDIT", false), org.assertj.core.groups.Tuple.tuple("DELETION", true),
                org.assertj.core.groups.Tuple.tuple("COMMENT", true), org.assertj.core.groups.Tuple.tuple("EDIT", true));
        assertThat(follows.unreadCount()).as("only the undeletion is news").isEqualTo(1);
    }

    @Test
    void anAutomaticSummaryIsToldInTheWatchersLanguage() throws Exception {
        TestPerson watcher = signUp("Emma English");
        TestPerson editor = signUp("Erik Skriver");
        String title = newPage(editor);
        as(watcher);
        watchlist.watch(title, FollowPeriod.PERMANENT, Locale.ENGLISH);
        edit(editor, title, "Anden tekst", "anden");
        mailTo(watcher, 1);
        as(watcher);
        watchlist.markSeen(title);
        long first = wiki.history(title, 0, 5).getLast().revision();

        as(editor);
        wiki.restore(title, first, wiki.page(title).orElseThrow().version());

        List<MimeMessage> mail = mailTo(watcher, 2);
        assertThat(body(mail.getLast())).contains("Summary: Restored from revision " + first);
        as(watcher);
        assertThat(texts.get(Locale.ENGLISH, watchlist.notices(1).getFirst().summary()))
                .isEqualTo("Restored from revision " + first);
    }

    @Test
    void theDailyDigestCollectsChangesIntoOneMailInThePersonsLanguage() throws Exception {
        TestPerson watcher = signUp("Dina Digest");
        TestPerson editor = signUp("Erik Skriver");
        String first = newPage(editor);
        String second = newPage(editor);
        as(watcher);
        watchlist.watch(first, FollowPeriod.PERMANENT, Locale.ENGLISH);
        watchlist.watch(second, FollowPeriod.PERMANENT, Locale.ENGLISH);
        follows.changeSettings(new MailSettings(MailMode.DAILY_DIGEST, Locale.ENGLISH));

        edit(editor, first, "Ny tekst", "en");
        edit(editor, first, "Nyere tekst", "to");
        edit(editor, second, "Ny tekst", "tre");
        mailSettledFor(watcher);
        assertThat(notices.findByPersonId(watcher.id())).extracting(StoredNotice::getMailState)
                .containsOnly(StoredNotice.MailState.DIGEST);
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).as("nothing before the digest").isEmpty();

        assertThat(system.call("test", () -> watchMail.sendDigests(clock.instant())).sent()).isGreaterThanOrEqualTo(1);
        List<MimeMessage> mail = mailTo(watcher, 1);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().getSubject()).isEqualTo("Innovationsportalen: your daily digest");
        assertThat(body(mail.getFirst())).contains("Hello Dina Digest", "\"" + first + "\": 2 changes",
                "\"" + second + "\": 1 change,", "by Erik Skriver");

        system.call("test", () -> watchMail.sendDigests(clock.instant()));
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).as("each change in one digest only").hasSize(1);
        as(watcher);
        assertThat(follows.unreadCount()).as("the portal's notices stay until read").isEqualTo(3);
    }

    @Test
    void withoutMailThereAreOnlyNoticesAndOnlyTheSystemDeliversMail() throws Exception {
        TestPerson watcher = signUp("Nina Nomail");
        TestPerson editor = signUp("Erik Skriver");
        String title = watchedPage(watcher, editor, FollowPeriod.PERMANENT);
        follows.changeSettings(new MailSettings(MailMode.NONE, PortalLocales.DANISH));
        assertThatThrownBy(() -> follows.changeSettings(new MailSettings(MailMode.NONE, Locale.GERMAN)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(follows.settings()).isEqualTo(new MailSettings(MailMode.NONE, PortalLocales.DANISH));

        edit(editor, title, "Ændret", "stille");
        mailSettledFor(watcher);
        assertThat(notices.findByPersonId(watcher.id())).extracting(StoredNotice::getMailState)
                .containsOnly(StoredNotice.MailState.NONE);
        assertThat(TestMailServer.mailTo(mailServer, watcher.email())).isEmpty();
        as(watcher);
        assertThat(follows.unreadCount()).isEqualTo(1);
        follows.markAllRead();
        assertThat(follows.unreadCount()).isZero();
        assertThat(watchlist.notices(5)).extracting(Notice::read).containsExactly(true);

        assertThatThrownBy(watchMail::deliverPending).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> people.mailRecipients(List.of(PersonId.of(watcher.id()))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theWatchlistIsInTheExportAndGoesWithErasureWhileTheEraseesChangesLoseTheirName() throws Exception {
        TestPerson watcher = signUp("Gitte GDPR");
        TestPerson editor = signUp("Ebbe Erased");
        String title = watchedPage(watcher, editor, FollowPeriod.ONE_WEEK);
        edit(editor, title, "Ændret af Ebbe", "ebbe");

        as(watcher);
        String export = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(export).contains("\"follows\"", "wiki.page", title, "\"notices\"", "\"ebbe\"", "EACH_CHANGE");

        as(editor);
        personalData.eraseCurrentPerson();
        as(watcher);
        assertThat(watchlist.notices(5)).extracting(Notice::actor).containsOnlyNulls();

        personalData.eraseCurrentPerson();
        assertThat(watches.findByPersonId(watcher.id())).isEmpty();
    }
}
