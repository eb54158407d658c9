package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.StormTemplate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Danish demo storms on a portal without any: one open, one KLK-forløb in its thematising phase and one
 * concluded, timed from start-up so that they stay so for days. They are stored waiting for their first phase;
 * the phase job, which runs once the portal is ready, moves them to where their times say, logging each change.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoStorms implements ApplicationRunner {

    private static final Duration DAY = Duration.ofDays(1);
    private static final String COPENHAGEN = "Københavns Kommune, Beskæftigelses- og Integrationsforvaltningen";

    private final StormRepository storms;
    private final PersonService people;
    private final Clock clock;

    DemoStorms(StormRepository storms, PersonService people, Clock clock) {
        this.storms = storms;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<Long> staff = people.localAccountId("coi@demo.coi.dk");
        if (storms.count() > 0 || staff.isEmpty()) {
            return;
        }
        // Whole hours, as staff would set them.
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        save(staff.get(), new NewStorm("Unge ledige til samtalen i jobcentret",
                "Hvordan får vi flere unge ledige til at møde op til samtalen i jobcentret?",
                """
                Jobcenter København – Ungecenteret afprøver i en pilot, om en sms eller en app kan gøre det nemmere \
                for ledige under 30 år og deres rådgivere at skrive sammen, minde om en samtale og dele information. \
                I dag går meget af kommunikationen gennem e-Boks, og mange unge ved ikke, hvordan de svarer der.

                Vi vil gerne høre **dine idéer**:

                - Hvad får en ung til at huske og møde op til samtalen?
                - Hvordan skal en påmindelse lyde, og hvornår skal den komme?
                - Hvad kan jobcentret lære af andre, der skriver med unge?
                """,
                COPENHAGEN, Audience.SIGNED_IN, now.plus(DAY.multipliedBy(40)), StormTemplate.SIMPLE,
                now.minus(DAY.multipliedBy(5)), List.of(DAY.multipliedBy(14), DAY.multipliedBy(14),
                DAY.multipliedBy(30))));
        save(staff.get(), new NewStorm("Bedre overgange fra sygedagpenge til job",
                "Hvordan kan jobcentret og arbejdspladsen sammen gøre vejen tilbage efter en sygemelding lettere?",
                """
                Et KLK-forløb for offentligt ansatte i jobcentre og kommuner: først samler vi behov og observationer \
                fra hverdagen med borgerne, så grupperer vi dem i temaer, og derefter udvikler, stemmer om og \
                afprøver vi idéer.
                """,
                "KL's Konsulentvirksomhed (KLK)", Audience.PUBLIC_EMPLOYEES, now.plus(DAY.multipliedBy(60)),
                StormTemplate.KLK, now.minus(DAY.multipliedBy(10)), List.of(DAY.multipliedBy(7),
                DAY.multipliedBy(7).plusHours(4), DAY.multipliedBy(14), DAY.multipliedBy(7), DAY.multipliedBy(14),
                DAY.multipliedBy(30), DAY.multipliedBy(30))));
        save(staff.get(), new NewStorm("Færre breve i e-Boks",
                "Hvilke breve fra kommunen kunne blive til en kort besked, borgeren forstår med det samme?",
                "En simpel idéstorm om kommunens breve til borgerne.",
                "Center for Offentlig Innovation", Audience.SIGNED_IN, now.minus(DAY.multipliedBy(30)),
                StormTemplate.SIMPLE, now.minus(DAY.multipliedBy(70)), List.of(DAY.multipliedBy(14),
                DAY.multipliedBy(14), DAY.multipliedBy(14))));
    }

    private void save(long staff, NewStorm storm) {
        StormRules.CheckedStorm checked = StormRules.check(storm);
        Storm demo = Storm.planned(checked.texts(), storm.audience(), storm.answerDeadline(), storm.template(),
                checked.times(), staff, clock.instant());
        demo.publish(clock.instant());
        storms.save(demo);
    }
}
