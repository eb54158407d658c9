package dk.coi.portal.organisation.internal;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.organisation.OrganisationType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo innovation units, so that COI's map of innovation units has something to show: Copenhagen's Ungecenteret (the
 * SMS/app pilot for young unemployed people in the seeds) and a demo unit each in Aarhus, Odense and Aalborg, added
 * by COI's demo staff member. Only on a portal where no innovation unit lies in a municipality yet.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoInnovationUnits implements ApplicationRunner {

    private static final List<DemoUnit> UNITS = List.of(new DemoUnit(751, "Innovation og udvikling (demo)"),
            new DemoUnit(461, "Velfærdsinnovation (demo)"), new DemoUnit(851, "Digitalisering og innovation (demo)"));

    private final OrganisationRepository organisations;
    private final PersonService people;
    private final Clock clock;

    DemoInnovationUnits(OrganisationRepository organisations, PersonService people, Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<Long> staff = people.localAccountId("coi@demo.coi.dk");
        boolean placed = organisations.findByInnovationUnitTrueAndMergedIntoIsNullOrderByName().stream()
                .anyMatch(unit -> unit.getMunicipalityCode() != null || unit.getLatitude() != null);
        if (placed || staff.isEmpty()) {
            return;
        }
        organisations.findByParentIdAndMergedIntoIsNullOrderByName(organisations.findByOfficialCode((short) 101)
                        .orElseThrow().getId()).stream().filter(unit -> unit.getName().equals("Jobcenter København"))
                .flatMap(jobcenter -> organisations.findByParentIdAndMergedIntoIsNullOrderByName(jobcenter.getId())
                        .stream())
                .filter(unit -> unit.getName().equals("Ungecenteret")).forEach(unit -> unit.markInnovationUnit(true));
        for (DemoUnit demo : UNITS) {
            Organisation municipality = organisations.findByOfficialCode(demo.municipality()).orElseThrow();
            if (municipality.getKind() == OrganisationType.MUNICIPALITY
                    && !organisations.existsByParentIdAndName(municipality.getId(), demo.name())) {
                Organisation unit = new Organisation(demo.name(), municipality, demo.municipality(), staff.get(),
                        clock.instant());
                unit.markInnovationUnit(true);
                organisations.save(unit);
            }
        }
    }

    private record DemoUnit(short municipality, String name) {
        DemoUnit(int municipality, String name) {
            this((short) municipality, name);
        }
    }
}
