package dk.coi.portal.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.wiki.WikiService;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The moderation module on its own, with only the modules it depends on (identity, shared, notification, shell) and
 * the real database:
 * no wiki, no other feature module. A test kind of content plugs in through the extension point, so moderation
 * is shown to need nothing from the modules whose content it moderates.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import({SignedIn.class, ModerationModuleTest.Notes.class})
@ActiveProfiles("test")
// Its own embedded database folder, as the whole-portal context of the other tests keeps running beside it; and
// no search index to be ready for, as the search module is not part of this context.
@TestPropertySource(properties = {"portal.data-dir=target/module-test-data/moderation",
        "management.endpoint.health.group.readiness.include=readinessState,db",
        "portal.moderation.auto-hide-after=2"})
class ModerationModuleTest {

    /** Notes kept in memory: a kind of content as simple as moderation allows (the bean is the class itself). */
    @TestConfiguration
    static class Notes implements ModeratedContent {

        final Map<Long, Boolean> hidden = new ConcurrentHashMap<>(Map.of(1L, false, 2L, false));

        @Override
        public String type() {
            return "test.note";
        }

        @Override
        public Map<Long, ModeratedItem> describe(Collection<Long> ids) {
            return ids.stream().filter(hidden::containsKey).collect(Collectors.toMap(id -> id,
                    id -> new ModeratedItem(Phrase.of("wiki.log.page", "Note " + id), "Tekst " + id, "noter/" + id,
                            hidden.get(id), null)));
        }

        @Override
        public void hide(long id, ModerationDecision decision) {
            hidden.put(id, true);
        }

        @Override
        public void show(long id, ModerationDecision decision) {
            hidden.put(id, false);
        }
    }

    @Autowired
    ModerationService moderation;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Notes notes;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    @Test
    void theContextHoldsModerationWithoutTheModulesItModerates() {
        assertThat(context.getBeanNamesForType(WikiService.class)).isEmpty();
        assertThat(context.getBeansOfType(ModeratedContent.class).values()).containsExactly(notes);
    }

    @Test
    void anyModulesContentIsReportedHiddenByReportersAndRestoredByStaff(Scenario scenario) {
        Subject note = new Subject("test.note", 1);
        signedIn.newPerson("Første Melder", Role.CITIZEN);
        assertThat(moderation.report(note, ReportCategory.SPAM, "Reklame")).isEqualTo(ReportOutcome.RECEIVED);

        signedIn.newPerson("Anden Melder", Role.CITIZEN);
        scenario.stimulate(() -> moderation.report(note, ReportCategory.OFFENSIVE, "Groft"))
                .andWaitForEventOfType(ContentModerated.class)
                .matching(event -> event.subject().equals(note))
                .toArriveAndVerify((event, outcome) -> {
                    assertThat(outcome).isEqualTo(ReportOutcome.HIDDEN);
                    assertThat(event.action()).isEqualTo(ModerationAction.AUTO_HIDE);
                });
        assertThat(notes.hidden.get(1L)).isTrue();

        signedIn.newPerson("Sara Staff", Role.COI_STAFF);
        assertThat(moderation.queue().items()).singleElement().satisfies(queued -> {
            assertThat(queued.subject()).isEqualTo(note);
            assertThat(queued.item().path()).isEqualTo("noter/1");
            assertThat(queued.reports()).hasSize(2);
        });
        moderation.restore(note, "I orden");
        assertThat(notes.hidden.get(1L)).isFalse();
        assertThat(moderation.queue().items()).isEmpty();
        assertThat(moderation.log(note)).extracting(ModerationLogLine::kind)
                .containsExactly(ModerationAction.AUTO_HIDE.kind(), ModerationAction.RESTORE.kind());
    }
}
