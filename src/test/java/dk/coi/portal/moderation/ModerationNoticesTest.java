package dk.coi.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.MailMode;
import dk.coi.portal.notification.MailSettings;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.notification.internal.NoticeMail;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestComment;
import dk.coi.portal.support.TestMailServer;
import dk.coi.portal.wiki.WikiService;
import dk.coi.portal.wiki.WikiTalkService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people a moderation decision concerns are told of it after it has committed, in the portal and by mail in
 * their own language: the author what was decided and why, the reporters what became of what they reported (without
 * the staff-only reason of a dismissal), and whoever decided nothing about their own decision.
 */
@PortalTest
class ModerationNoticesTest {

    private static final Duration LISTENER = Duration.ofSeconds(20);
    private static final String REASON = "Personangreb på en navngiven medarbejder";

    @Autowired
    ModerationService moderation;
    @Autowired
    FollowService follows;
    @Autowired
    WikiService wiki;
    @Autowired
    WikiTalkService talk;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Texts texts;
    @Autowired
    GreenMail mailServer;

    @Autowired
    NoticeMail noticeMail;
    @Autowired
    SystemIdentity system;
    @Autowired
    Clock clock;

    private String page;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    /** A person who reads their mail in the language given. */
    private TestPerson person(String name, Locale language) {
        TestPerson person = signedIn.signUp(name);
        signedIn.as(person, Role.CITIZEN);
        follows.changeSettings(new MailSettings(MailMode.EACH_CHANGE, language));
        return person;
    }

    private Subject commentBy(TestPerson author) {
        signedIn.as(author, Role.CITIZEN);
        TestComment comment = TestComment.on(wiki, talk, "Afgørelser", "Det her er grimt sagt");
        page = comment.page();
        return comment.subject();
    }

    private void report(TestPerson reporter, Subject comment) {
        signedIn.as(reporter, Role.CITIZEN);
        moderation.report(comment, ReportCategory.OFFENSIVE, "Det er groft");
    }

    private List<Notice> noticesOf(TestPerson person, Role role) {
        signedIn.as(person, role);
        return follows.notices("moderation", 10);
    }

    /** Waits for the after-commit listener to have left the person a notice. */
    private Notice awaitNotice(TestPerson person) {
        await().atMost(LISTENER).until(() -> !noticesOf(person, Role.CITIZEN).isEmpty());
        return noticesOf(person, Role.CITIZEN).getFirst();
    }

    /** Waits for the mail of that subject to the person, which goes out once the notice is stored. */
    private MimeMessage awaitMail(TestPerson person, String subject) {
        return await().atMost(LISTENER).until(() -> TestMailServer.mailTo(mailServer, person.email()).stream()
                .filter(mail -> subject.equals(subjectOf(mail))).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void hidingTellsTheAuthorWhyAndTheReportersWhatBecameOfTheirReportEachInTheirLanguage() throws Exception {
        TestPerson author = person("Aksel Author", Locale.ENGLISH);
        TestPerson danishReporter = person("Dorthe Melder", PortalLocales.DANISH);
        TestPerson englishReporter = person("Edward Reporter", Locale.ENGLISH);
        Subject comment = commentBy(author);
        report(danishReporter, comment);
        report(englishReporter, comment);

        TestPerson staff = person("Sofie Staff", PortalLocales.DANISH);
        signedIn.as(staff, Role.COI_STAFF);
        moderation.hide(comment, REASON);

        Notice toAuthor = awaitNotice(author);
        assertThat(toAuthor.kind()).isEqualTo("HIDDEN");
        assertThat(toAuthor.summary().text()).as("the public reason").isEqualTo(REASON);
        assertThat(toAuthor.path()).as("leads to the comment").endsWith("/diskussion#kommentar-" + comment.id());
        assertThat(toAuthor.actor()).isEqualTo("Sofie Staff");
        assertThat(texts.get(Locale.ENGLISH, toAuthor.shownTitle())).isEqualTo("Comment on the talk page of " + page);
        assertThat(texts.get(PortalLocales.DANISH, toAuthor.labelKey())).isEqualTo("COI har skjult dit indhold");
        assertThat(texts.get(Locale.ENGLISH, toAuthor.labelKey())).isEqualTo("COI has hidden your content");

        for (TestPerson reporter : List.of(danishReporter, englishReporter)) {
            Notice toReporter = awaitNotice(reporter);
            assertThat(toReporter.kind()).isEqualTo("REPORT_UPHELD");
            assertThat(toReporter.summary().text()).isEqualTo(REASON);
        }
        // The notices of one decision are left in one transaction: once the others have theirs, the decider's
        // would be there too.
        assertThat(noticesOf(staff, Role.COI_STAFF)).as("nothing about one's own decision").isEmpty();

        MimeMessage english = awaitMail(author, "Innovationsportalen: COI has hidden your content");
        assertThat((String) english.getContent()).startsWith("Hello Aksel Author")
                .contains("COI has hidden your content: Comment on the talk page of " + page)
                .contains("Reason: " + REASON)
                .contains("If you disagree with the decision, write to COI at kontakt@coi.dk")
                .contains("because it concerns you").doesNotContain("you follow");
        MimeMessage danish = awaitMail(danishReporter, "Innovationsportalen: det, du rapporterede, er skjult");
        assertThat((String) danish.getContent()).startsWith("Hej Dorthe Melder")
                .contains("Kommentar på diskussionssiden for " + page)
                .contains("Begrundelse: " + REASON);
        awaitMail(englishReporter, "Innovationsportalen: what you reported was hidden");
        assertThat(TestMailServer.mailTo(mailServer, staff.email())).isEmpty();
    }

    @Test
    void theDailyDigestTellsOfADecisionAsWhatHappenedNotAsAChange() throws Exception {
        TestPerson author = signedIn.signUp("Dagmar Digest");
        signedIn.as(author, Role.CITIZEN);
        follows.changeSettings(new MailSettings(MailMode.DAILY_DIGEST, PortalLocales.DANISH));
        Subject comment = commentBy(author);
        signedIn.as(person("Saga Staff", PortalLocales.DANISH), Role.COI_STAFF);
        moderation.hide(comment, REASON);
        awaitNotice(author);
        assertThat(TestMailServer.mailTo(mailServer, author.email())).as("nothing before the digest").isEmpty();

        system.call("test", () -> noticeMail.sendDigests(clock.instant()));
        MimeMessage digest = awaitMail(author, "Innovationsportalen: din daglige sammenfatning");
        assertThat((String) digest.getContent())
                .contains("- »Kommentar på diskussionssiden for " + page + "«: COI har skjult dit indhold (")
                .contains("det, der angår dig").doesNotContain("1 ændring");
    }

    @Test
    void aDismissalTellsTheReporterWithoutTheStaffOnlyReasonAndTheAuthorNothing() throws Exception {
        TestPerson author = person("Agnes Author", PortalLocales.DANISH);
        TestPerson reporter = person("Rasmus Melder", PortalLocales.DANISH);
        Subject comment = commentBy(author);
        report(reporter, comment);

        signedIn.as(person("Sune Staff", PortalLocales.DANISH), Role.COI_STAFF);
        moderation.dismiss(comment, "Melderen klager over alt, intern note");

        Notice toReporter = awaitNotice(reporter);
        assertThat(toReporter.kind()).isEqualTo("REPORT_DISMISSED");
        assertThat(toReporter.summary().isEmpty()).as("a dismissal's reason is for staff only").isTrue();
        assertThat(noticesOf(author, Role.CITIZEN)).as("their content was left as it was").isEmpty();
        MimeMessage mail = awaitMail(reporter, "Innovationsportalen: COI har set på det, du rapporterede");
        assertThat((String) mail.getContent())
                .contains("lade det blive stående").doesNotContain("intern note").doesNotContain("Begrundelse");
    }

    @Test
    void hidingAfterReportsTellsTheAuthorAtOnceAndTheReportersWhenStaffDecide() {
        TestPerson author = person("Anton Author", Locale.ENGLISH);
        Subject comment = commentBy(author);
        List<TestPerson> reporters = List.of(person("Første Fie", PortalLocales.DANISH),
                person("Anden Anders", PortalLocales.DANISH), person("Tredje Tove", PortalLocales.DANISH));
        reporters.forEach(reporter -> report(reporter, comment));

        Notice toAuthor = awaitNotice(author);
        assertThat(toAuthor.kind()).isEqualTo("AUTO_HIDDEN");
        assertThat(toAuthor.actorId()).as("the portal itself").isNull();
        assertThat(toAuthor.summary().isEmpty()).isTrue();

        signedIn.as(person("Sigrid Staff", PortalLocales.DANISH), Role.COI_STAFF);
        moderation.restore(comment, "Skarpt, men inden for reglerne");
        await().atMost(LISTENER).until(() -> noticesOf(author, Role.CITIZEN).size() == 2);
        assertThat(noticesOf(author, Role.CITIZEN).getFirst()).satisfies(restored -> {
            assertThat(restored.kind()).isEqualTo("RESTORED");
            assertThat(restored.summary().text()).isEqualTo("Skarpt, men inden for reglerne");
        });
        for (TestPerson reporter : reporters) {
            assertThat(awaitNotice(reporter).kind()).isEqualTo("REPORT_RESTORED");
        }
    }

    @Test
    void aDecisionIsNotForFollowing() {
        TestPerson author = person("Alma Author", PortalLocales.DANISH);
        Subject comment = commentBy(author);
        signedIn.as(person("Stig Staff", PortalLocales.DANISH), Role.COI_STAFF);
        moderation.hide(comment, "Spam");
        Notice toAuthor = awaitNotice(author);

        signedIn.as(person("Nina Nysgerrig", PortalLocales.DANISH), Role.CITIZEN);
        assertThatThrownBy(() -> follows.follow(toAuthor.subject(), FollowPeriod.PERMANENT, PortalLocales.DANISH))
                .isInstanceOf(InvalidInputException.class);
    }
}
