package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.identity.PersonalDataService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ReportCategory;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import dk.coi.portal.support.TestStorms;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Ideas on the real database: submitted by the storm's audience while its phase takes ideas, refused with their
 * messages otherwise and then storing nothing; themes; edits as named revisions with a diff and a refused stale
 * edit; paged lists in a stable random or newest order; similar ideas by Danish search; hiding by three reports;
 * the GDPR export.
 */
@PortalTest
class IdeaServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    TestStorms testStorms;
    @Autowired
    IdeaService ideas;
    @Autowired
    ThemeService themes;
    @Autowired
    StormService storms;
    @Autowired
    ModerationService moderation;
    @Autowired
    SearchService search;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate database;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    /** A storm in its first phase ({@code audience}; the first phase of both templates takes ideas). */
    private StormId openStorm(Audience audience) {
        return testStorms.storm("Flere unge til samtalen").question("Hvordan får flere unge ledige til at møde op?")
                .audience(audience).start();
    }

    private long participant(String name) {
        return signedIn.newPerson(name, Role.CITIZEN);
    }

    private static IdeaDraft draft(String title) {
        return new IdeaDraft(title, "En **idé** om " + title.toLowerCase(), null);
    }

    private int ideaCount() {
        return database.queryForObject("select count(*) from idea", Integer.class);
    }

    private static void assertRefused(ThrowingCallable call, Map<String, String> problems) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.fieldMessageKeys()).isEqualTo(problems));
    }

    private IdeaBoard boardAsAnonymous(StormId storm, IdeaQuery query) {
        signedIn.anonymous();
        return ideas.board(storm, query);
    }

    @Test
    void aParticipantSubmitsAnIdeaThatEveryoneSeesInTheStormAndOnItsPage() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        participant("Karen Idémager");
        assertThat(ideas.board(storm, IdeaQuery.first()).submission()).isEqualTo(Submission.OPEN);
        IdeaId id = ideas.submit(storm, new IdeaDraft("  SMS-påmindelse  dagen før ", "Send en **sms** dagen før.", null));

        IdeaBoard board = boardAsAnonymous(storm, IdeaQuery.first());
        assertThat(board.submission()).isEqualTo(Submission.SIGN_IN);
        assertThat(board.ideas().ideas()).singleElement().satisfies(card -> {
            assertThat(card.title()).isEqualTo("SMS-påmindelse dagen før");
            assertThat(card.authorName()).isEqualTo("Karen Idémager");
            assertThat(card.opening()).isEqualTo("Send en sms dagen før.");
            assertThat(card.path()).isEqualTo("idestorme/" + storm.value() + "-flere-unge-til-samtalen/ideer/"
                    + id.value() + "-sms-paamindelse-dagen-foer");
        });
        IdeaScreen screen = ideas.idea(storm, id).orElseThrow();
        assertThat(screen.descriptionHtml().html()).contains("<strong>sms</strong>");
        assertThat(screen.mayEdit()).isFalse();
        assertThat(screen.mayReport()).isFalse();
        assertThat(ideas.idea(StormId.of(storm.value() + 1), id)).isEmpty();
    }

    @Test
    void nobodyOutsideTheAudienceOrAPhaseForIdeasSubmitsAndNothingIsStored() {
        StormId employees = openStorm(Audience.PUBLIC_EMPLOYEES);
        participant("Borger Bent");
        int before = ideaCount();
        assertThat(ideas.board(employees, IdeaQuery.first()).submission()).isEqualTo(Submission.NOT_IN_AUDIENCE);
        assertRefused(() -> ideas.submit(employees, draft("Idé")), Map.of("idea", "ideastorm.submit.not-in-audience"));
        signedIn.newPerson("Ansat Anne", Role.EMPLOYEE);
        assertThat(ideas.submit(employees, draft("Idé fra en ansat"))).isNotNull();

        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);
        signedIn.newPerson("Ansat Anton", Role.EMPLOYEE);
        assertRefused(() -> ideas.submit(employees, draft("For sent")), Map.of("idea", "ideastorm.submit.phase-closed"));
        signedIn.anonymous();
        assertThatThrownBy(() -> ideas.submit(employees, draft("Anonym"))).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(boardAsAnonymous(employees, IdeaQuery.first()).submission())
                .as("after the phase for ideas nobody is asked to sign in to give one").isEqualTo(Submission.PHASE_CLOSED);
        assertThat(ideaCount()).isEqualTo(before + 1);
    }

    @Test
    void badTextsAreRefusedAtTheirFieldsAndBurstsAreRateLimited() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        participant("Karl Kort");
        int before = ideaCount();
        assertRefused(() -> ideas.submit(storm, new IdeaDraft(" ", " ", null)), Map.of(
                "title", "ideastorm.idea.title.required", "description", "ideastorm.idea.description.required"));
        assertRefused(() -> ideas.submit(storm, new IdeaDraft("x".repeat(151), "x".repeat(10_001), null)), Map.of(
                "title", "ideastorm.idea.title.too-long", "description", "ideastorm.idea.description.too-long"));
        assertRefused(() -> ideas.submit(storm, new IdeaDraft("ok\u202Etxt.exe", "Tekst\u0007", null)), Map.of(
                "title", "input.invisible-characters", "description", "input.control-characters"));
        assertThat(ideaCount()).isEqualTo(before);

        IntStream.range(0, 10).forEach(i -> ideas.submit(storm, draft("Idé nummer " + i)));
        assertRefused(() -> ideas.submit(storm, draft("Den ellevte")), Map.of("idea", "ideastorm.idea.too-many"));
        assertThat(ideaCount()).isEqualTo(before + 10);
    }

    @Test
    void whereAStormHasThemesEveryIdeaNamesOneAndAThemeInUseStays() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        participant("Tove Tema");
        assertThatThrownBy(() -> themes.add(storm, "Påmindelser", null)).isInstanceOf(AuthorizationDeniedException.class);
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        ThemeId reminders = themes.add(storm, "Påmindelser", "Sms, app og brev");
        ThemeId meeting = themes.add(storm, "Selve mødet", null);
        assertRefused(() -> themes.add(storm, "påmindelser", null), Map.of("name", "ideastorm.theme.name.taken"));
        assertRefused(() -> themes.add(storm, " ", null), Map.of("name", "ideastorm.theme.name.required"));
        Theme shown = themes.themes(storm).getFirst();
        themes.rename(reminders, "Påmindelser og besked", "Sms og app", shown.version());
        assertRefused(() -> themes.rename(reminders, "Igen", null, shown.version()),
                Map.of("name", "ideastorm.theme.changed-meanwhile"));
        assertThat(themes.themes(storm)).extracting(Theme::name).containsExactly("Påmindelser og besked", "Selve mødet");

        participant("Tove Tema");
        assertThat(ideas.board(storm, IdeaQuery.first()).themeRequired()).isTrue();
        assertRefused(() -> ideas.submit(storm, draft("Uden tema")), Map.of("theme", "ideastorm.idea.theme.required"));
        ThemeId otherStorms = ThemeId.of(meeting.value() + 1000);
        assertRefused(() -> ideas.submit(storm, new IdeaDraft("Forkert tema", "Tekst", otherStorms)),
                Map.of("theme", "ideastorm.idea.theme.unknown"));
        ideas.submit(storm, new IdeaDraft("Sms med kort", "Send et kort over vejen til jobcentret.", reminders));

        IdeaBoard onlyReminders = boardAsAnonymous(storm, new IdeaQuery(IdeaOrder.NEWEST, reminders, null, 0));
        assertThat(onlyReminders.ideas().ideas()).extracting(IdeaCard::themeName).containsExactly("Påmindelser og besked");
        assertThat(boardAsAnonymous(storm, new IdeaQuery(IdeaOrder.NEWEST, meeting, null, 0)).ideas().total()).isZero();

        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        assertRefused(() -> themes.remove(reminders), Map.of("theme", "ideastorm.theme.in-use"));
        themes.remove(meeting);
        assertThat(themes.themes(storm)).extracting(Theme::name).containsExactly("Påmindelser og besked");
    }

    /** KLK's thematising: ideas given before the storm had themes are grouped by staff, in any phase. */
    @Test
    void staffPutAnIdeaGivenBeforeTheThemesUnderOneAsANamedRevision() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        participant("Ida Tidlig");
        IdeaId early = ideas.submit(storm, draft("Sms om morgenen"));
        assertThat(ideas.idea(storm, early).orElseThrow().mayTheme()).as("not the author's to set").isFalse();
        long seen = ideas.idea(storm, early).orElseThrow().version();
        assertThatThrownBy(() -> ideas.theme(early, ThemeId.of(1), seen)).isInstanceOf(AuthorizationDeniedException.class);

        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        assertThat(ideas.idea(storm, early).orElseThrow().mayTheme()).as("no themes yet").isFalse();
        ThemeId reminders = themes.add(storm, "Påmindelser", null);
        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);
        IdeaScreen unthemed = ideas.idea(storm, early).orElseThrow();
        assertThat(unthemed.mayTheme()).isTrue();
        assertRefused(() -> ideas.theme(early, null, unthemed.version()),
                Map.of("theme", "ideastorm.idea.theme.required"));
        assertRefused(() -> ideas.theme(early, ThemeId.of(reminders.value() + 1000), unthemed.version()),
                Map.of("theme", "ideastorm.idea.theme.unknown"));

        ideas.theme(early, reminders, unthemed.version());

        assertRefused(() -> ideas.theme(early, reminders, unthemed.version()),
                Map.of("idea", "ideastorm.idea.changed-meanwhile"));
        assertThat(ideas.idea(storm, early).orElseThrow().themeName()).isEqualTo("Påmindelser");
        assertThat(boardAsAnonymous(storm, new IdeaQuery(IdeaOrder.NEWEST, reminders, null, 0)).ideas().total())
                .isEqualTo(1);
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        IdeaHistory history = ideas.history(storm, early, null, null).orElseThrow();
        assertThat(history.revisions().getFirst().summary().phrase().key()).isEqualTo("ideastorm.idea.revision.themed");
        assertThat(history.revisions().getFirst().authorName()).isEqualTo("Sofie Stormfører");
    }

    @Test
    void theAuthorEditsWhileThePhaseTakesIdeasEachEditARevisionWithADiff() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        participant("Else Redaktør");
        IdeaId id = ideas.submit(storm, new IdeaDraft("Påmindelse", "Første linje.\nAnden linje.", null));
        IdeaScreen first = ideas.idea(storm, id).orElseThrow();
        assertThat(first.mayEdit()).isTrue();
        ideas.edit(id, new IdeaDraft("Påmindelse på sms", "Første linje.\nNy anden linje.", null), first.version());
        assertRefused(() -> ideas.edit(id, new IdeaDraft("Gammel", "Gammel tekst", null), first.version()),
                Map.of("idea", "ideastorm.idea.changed-meanwhile"));

        IdeaHistory history = ideas.history(storm, id, null, null).orElseThrow();
        assertThat(history.revisions()).hasSize(2).allSatisfy(line ->
                assertThat(line.authorName()).isEqualTo("Else Redaktør"));
        assertThat(history.revisions().getFirst().summary().phrase().key()).isEqualTo("ideastorm.idea.revision.edited");
        assertThat(history.revisions().getLast().summary().phrase().key()).isEqualTo("ideastorm.idea.revision.submitted");
        assertThat(history.revisions()).extracting(IdeaRevision::version).as("counted among the idea's own, newest first")
                .containsExactly(2, 1);
        IdeaHistory.Comparison diff = ideas.history(storm, id, null, history.revisions().getFirst().revision())
                .orElseThrow().diff();
        assertThat(diff.from().revision()).isEqualTo(history.revisions().getLast().revision());
        assertThat(diff.title().identical()).isFalse();
        assertThat(diff.description().lines()).extracting(line -> line.change()).contains(
                TextDiff.Change.SAME, TextDiff.Change.CHANGED);

        participant("Anden Person");
        long version = ideas.idea(storm, id).orElseThrow().version();
        assertRefused(() -> ideas.edit(id, draft("Ikke min"), version), Map.of("idea", "ideastorm.idea.not-yours"));

        clock.advance(HOUR);
        system.call("test", storms::advanceDuePhases);
        signedIn.as(authorOf(id), "Else Redaktør", Role.CITIZEN);
        assertThat(ideas.idea(storm, id).orElseThrow().mayEdit()).isFalse();
        assertRefused(() -> ideas.edit(id, draft("For sent"), version), Map.of("idea", "ideastorm.submit.phase-closed"));
    }

    private long authorOf(IdeaId id) {
        return database.queryForObject("select author_id from idea where id = ?", Long.class, id.value());
    }

    @Test
    void listsArePagedInARandomOrderStableForEachVisitorOrNewestFirst() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        for (int person = 0; person < 6; person++) {
            participant("Deltager " + person);
            for (int i = 0; i < 10; i++) {
                ideas.submit(storm, draft("Idé " + person + "-" + i));
                clock.advance(Duration.ofSeconds(1));
            }
        }
        IdeaBoard first = ideas.board(storm, IdeaQuery.first());
        assertThat(first.ideas().total()).isEqualTo(60);
        assertThat(first.ideas().ideas()).hasSize(IdeaQuery.PAGE_SIZE);
        IdeaBoard second = ideas.board(storm, IdeaQuery.first().onPage(1));
        assertThat(second.ideas().ideas()).hasSize(10);
        assertThat(first.ideas().hasNext()).isTrue();
        assertThat(second.ideas().hasNext()).isFalse();
        List<IdeaId> mine = ids(first);
        assertThat(ids(ideas.board(storm, IdeaQuery.first()))).isEqualTo(mine);
        assertThat(mine).doesNotContainAnyElementsOf(ids(second));

        participant("En anden læser");
        assertThat(ids(ideas.board(storm, IdeaQuery.first()))).isNotEqualTo(mine);
        List<IdeaId> anonymous = ids(boardAsAnonymous(storm, IdeaQuery.first()));
        assertThat(ids(boardAsAnonymous(storm, IdeaQuery.first()))).isEqualTo(anonymous);

        List<IdeaCard> newest = boardAsAnonymous(storm, new IdeaQuery(IdeaOrder.NEWEST, null, null, 0)).ideas().ideas();
        assertThat(newest.getFirst().title()).isEqualTo("Idé 5-9");
        assertThat(newest).extracting(IdeaCard::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(boardAsAnonymous(storm, new IdeaQuery(IdeaOrder.NEWEST, null, IdeaStatus.PUBLISHED, 1)).ideas()
                .ideas()).hasSize(10);
    }

    private static List<IdeaId> ids(IdeaBoard board) {
        return board.ideas().ideas().stream().map(IdeaCard::id).toList();
    }

    /**
     * Before: every idea in "Hvordan får flere unge ledige til at møde op?" shares "unge" and "flere" with it, so
     * typing a new idea in the storm's own words listed them all as similar.
     */
    @Test
    void theStormsOwnQuestionAndQuestionWordsMakeNoIdeaSimilar() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        participant("Uffe Unge");
        IdeaId bikes = ideas.submit(storm, new IdeaDraft("Flere unge på cykel",
                "Hvordan kan unge ledige låne en cykel til samtalen?", null));
        IdeaId coffee = ideas.submit(storm, new IdeaDraft("Kaffe i venteværelset", "Unge kommer gerne til kaffe.",
                null));

        assertThat(ideas.similar(storm, "Hvordan kan flere unge ledige møde op", null)).isEmpty();
        assertThat(ideas.similar(storm, "Hvordan kan flere unge låne en cykel", null)).extracting(SimilarIdea::id)
                .containsExactly(bikes);
        assertThat(ideas.similar(storm, "kaffe til de unge", null)).extracting(SimilarIdea::id)
                .containsExactly(coffee);
    }

    @Test
    void similarIdeasAreFoundWithDanishAnalysisInTheSameStormOnlyAndHiddenOnesNever() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        StormId other = openStorm(Audience.SIGNED_IN);
        participant("Sara Sms");
        IdeaId reminder = ideas.submit(storm, new IdeaDraft("Påmindelser på sms dagen før samtalen",
                "Jobcentret sender en sms.", null));
        ideas.submit(other, new IdeaDraft("Påmindelser i en app", "I en anden storm.", null));

        assertThat(ideas.similar(storm, "påmindelse om samtale", null)).extracting(SimilarIdea::id)
                .containsExactly(reminder);
        assertThat(ideas.similar(storm, "påmindelse", reminder)).isEmpty();
        assertThat(ideas.similar(storm, "ab", null)).isEmpty();

        for (String reporter : List.of("Rapportør Et", "Rapportør To", "Rapportør Tre")) {
            participant(reporter);
            moderation.report(reminder.subject(), ReportCategory.SPAM, "Reklame for en sms-tjeneste");
        }
        assertThat(ideas.similar(storm, "påmindelse om samtale", null)).isEmpty();
        assertThat(boardAsAnonymous(storm, IdeaQuery.first()).ideas().total()).isZero();
        assertThat(ideas.idea(storm, reminder)).isEmpty();
        signedIn.anonymous();
        assertThat(search.search("påmindelser samtalen", 0, 10).hits()).noneMatch(hit -> hit.path().contains("/ideer/"
                + reminder.value() + "-"));

        signedIn.as(authorOf(reminder), "Sara Sms", Role.CITIZEN);
        IdeaScreen seenByAuthor = ideas.idea(storm, reminder).orElseThrow();
        assertThat(seenByAuthor.hidden()).isTrue();
        assertThat(seenByAuthor.hiddenReason()).isNull();
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        assertThat(ideas.board(storm, IdeaQuery.first()).ideas().ideas()).extracting(IdeaCard::hidden)
                .containsExactly(true);
        moderation.hide(reminder.subject(), "Reklame");
        signedIn.as(authorOf(reminder), "Sara Sms", Role.CITIZEN);
        IdeaScreen hidden = ideas.idea(storm, reminder).orElseThrow();
        assertThat(hidden.hiddenReason()).isEqualTo("Reklame");
        assertThat(hidden.mayEdit()).as("a hidden idea is its author's no more to change").isFalse();
        assertRefused(() -> ideas.edit(reminder, draft("Mindre reklame"), hidden.version()),
                Map.of("idea", "ideastorm.idea.not-editable"));
    }

    @Test
    void aPersonsIdeasAreInTheirDataExportAndStayCreditedToADeletedUserAfterErasure() {
        StormId storm = openStorm(Audience.SIGNED_IN);
        participant("Ditte Data");
        IdeaId id = ideas.submit(storm, new IdeaDraft("Min idé til eksporten", "Tekst til eksporten.", null));
        String export = new String(personalData.exportCurrentPerson(), StandardCharsets.UTF_8);
        assertThat(export).contains("Min idé til eksporten", "Tekst til eksporten.");

        personalData.eraseCurrentPerson();
        IdeaBoard board = boardAsAnonymous(storm, IdeaQuery.first());
        assertThat(board.ideas().ideas()).singleElement().satisfies(card -> {
            assertThat(card.title()).isEqualTo("Min idé til eksporten");
            assertThat(card.authorName()).isNull();
        });
        assertThat(ideas.idea(storm, id).orElseThrow().authorName()).isNull();
    }
}
