package dk.coi.portal.ideastorm;

import static org.assertj.core.api.Assertions.assertThat;

import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.search.SearchHit;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.TestClock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Storms in the portal search by their title, question and description, their hits saying where they stand by the
 * clock ("Er ikke begyndt endnu", then "I gang"); idea hits name their storm and status.
 */
@PortalTest
class StormSearchTest {

    @Autowired
    SearchService search;
    @Autowired
    StormService storms;
    @Autowired
    IdeaService ideas;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SystemIdentity system;
    @Autowired
    TestClock clock;
    @Autowired
    Texts texts;

    @AfterEach
    void reset() {
        clock.reset();
        signedIn.clear();
    }

    private SearchHit hit(String words, String pathPart) {
        signedIn.anonymous();
        return search.search(words, 0, 20).hits().stream().filter(hit -> hit.path().contains(pathPart)).findFirst()
                .orElseThrow();
    }

    private String context(SearchHit hit) {
        return hit.context().render((key, arguments) -> texts.get(PortalLocales.DANISH, key, arguments));
    }

    @Test
    void aStormIsFoundOncePublishedByItsQuestionAndSaysItsStageAndItsIdeasNameIt() {
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        StormId storm = storms.create(new NewStorm("Grønne tage", "Hvordan får vi flere sedumtage på skolerne?",
                "Om **regnvand**.", "Københavns Kommune", Audience.SIGNED_IN, null, StormTemplate.SIMPLE,
                clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)),
                StormTemplate.SIMPLE.phases().stream().map(phase -> Duration.ofHours(1)).toList()));
        String path = "idestorme/" + storm.value() + "-";
        signedIn.anonymous();
        assertThat(search.search("sedumtage", 0, 20).hits()).as("a draft is not found")
                .noneMatch(hit -> hit.path().contains(path));
        signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
        storms.publish(storm);

        assertThat(context(hit("sedumtage", path))).isEqualTo("Er ikke begyndt endnu");
        assertThat(context(hit("regnvand", path))).isEqualTo("Er ikke begyndt endnu");
        clock.advance(Duration.ofMinutes(2));
        system.call("test", storms::advanceDuePhases);
        assertThat(context(hit("grønne tage", path))).isEqualTo("I gang");

        signedIn.newPerson("Ida Idé", Role.CITIZEN);
        IdeaId idea = ideas.submit(storm, new IdeaDraft("Sedum på gymnastiksalen", "Taget er fladt.", null));
        assertThat(context(hit("gymnastiksalen", "/ideer/" + idea.value() + "-")))
                .isEqualTo("I idéstormen »Grønne tage« · Offentliggjort");
    }
}
