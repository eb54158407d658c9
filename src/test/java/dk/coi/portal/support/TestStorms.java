package dk.coi.portal.support;

import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.CriterionDraft;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormSettings;
import dk.coi.portal.ideastorm.StormTemplate;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/**
 * Idea storms for the tests, in their first phase: made by a staff member to start a minute from now, then the
 * clock moved past the start and the phase job run, as in the portal. By default a simple storm for everyone signed
 * in, each phase an hour; a test says only what matters to it, e.g.
 * {@code storms.storm("Dubletter").settings(new StormSettings(false, 3)).start()}.
 */
@TestComponent
public class TestStorms {

    private final StormService storms;
    private final SignedIn signedIn;
    private final TestClock clock;
    private final SystemIdentity system;

    TestStorms(StormService storms, SignedIn signedIn, TestClock clock, SystemIdentity system) {
        this.storms = storms;
        this.signedIn = signedIn;
        this.clock = clock;
        this.system = system;
    }

    public Starting storm(String title) {
        return new Starting(title);
    }

    /** A storm about to be started; each setter says one thing that differs from the default. */
    public final class Starting {

        private final String title;
        private String question = "Hvad skal vi prøve?";
        private String description;
        private Audience audience = Audience.SIGNED_IN;
        private StormTemplate template = StormTemplate.SIMPLE;
        private List<Duration> phases;
        private List<CriterionDraft> criteria = List.of();
        private StormSettings settings = StormSettings.DEFAULT;
        private Long staff;

        private Starting(String title) {
            this.title = title;
        }

        public Starting question(String asked) {
            this.question = asked;
            return this;
        }

        public Starting description(String markdown) {
            this.description = markdown;
            return this;
        }

        public Starting audience(Audience who) {
            this.audience = who;
            return this;
        }

        public Starting template(StormTemplate used) {
            this.template = used;
            return this;
        }

        /** Each phase's length in order; phases not given last an hour. */
        public Starting phases(Duration... lengths) {
            this.phases = List.of(lengths);
            return this;
        }

        public Starting criteria(CriterionDraft... rubric) {
            this.criteria = List.of(rubric);
            return this;
        }

        public Starting settings(StormSettings chosen) {
            this.settings = chosen;
            return this;
        }

        /** The staff member who makes it (a person the test made); by default a new one. */
        public Starting by(long staffMember) {
            this.staff = staffMember;
            return this;
        }

        /** Makes and starts the storm; afterwards nobody is signed in. */
        public StormId start() {
            if (staff == null) {
                signedIn.newPerson("Sofie Stormfører", Role.COI_STAFF);
            } else {
                signedIn.as(staff, "Sofie Stormfører", Role.COI_STAFF);
            }
            StormId id = storms.create(new NewStorm(title, question,
                    description != null ? description : "Om " + title + ".", "Københavns Kommune",
                    audience, null, template, clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)),
                    lengths(), criteria), settings);
            storms.publish(id);
            signedIn.clear();
            clock.advance(Duration.ofMinutes(2));
            system.call("test", storms::advanceDuePhases);
            return id;
        }

        private List<Duration> lengths() {
            List<Duration> lengths = new ArrayList<>(phases == null ? List.of() : phases);
            while (lengths.size() < template.phases().size()) {
                lengths.add(Duration.ofHours(1));
            }
            return lengths;
        }
    }
}
