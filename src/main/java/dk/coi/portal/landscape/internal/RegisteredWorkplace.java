package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The register's organisation behind a workplace's name written elsewhere: a person's account (from the identity
 * provider) and an idea storm's owner name their workplace as text, not as an organisation of the register.
 */
@Component
public class RegisteredWorkplace {

    private final OrganisationService organisations;
    private final PersonService people;

    RegisteredWorkplace(OrganisationService organisations, PersonService people) {
        this.organisations = organisations;
        this.people = people;
    }

    /** The signed-in public employee's own workplace as their account names it; empty for anyone else. */
    public Optional<OrganisationSummary> ofCurrentEmployee() {
        return people.currentPerson().filter(me -> me.has(Role.EMPLOYEE))
                .map(me -> people.authors(List.of(PersonId.of(me.id()))).get(PersonId.of(me.id())))
                .map(Author::workplace).flatMap(this::named);
    }

    /**
     * The organisation of exactly that name, or of its part before a comma ("Københavns Kommune,
     * Beskæftigelsesforvaltningen"), or ending with it ("COI – Center for Offentlig Innovation" for "Center for
     * Offentlig Innovation"); else a municipal unit's municipality, when its last word is the municipality's town
     * ("Aarhus Kommune" for "Jobcenter Aarhus" or "Jobcenter Århus", "Københavns Kommune" for "Jobcenter
     * København", but none for "Hjemmeplejen Nord"); none when the name fits none of these.
     */
    public Optional<OrganisationSummary> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String whole = name.strip().toLowerCase(Locale.ROOT);
        String head = whole.split(",", 2)[0].strip();
        List<OrganisationSummary> found = organisations.search(head);
        return Stream.<Predicate<String>>of(whole::equals, head::equals, other -> other.endsWith(" " + head))
                .flatMap(fits -> found.stream().filter(candidate -> fits.test(
                        candidate.name().toLowerCase(Locale.ROOT))))
                .findFirst().or(() -> municipalityOf(head));
    }

    private Optional<OrganisationSummary> municipalityOf(String unit) {
        String[] words = unit.split("\\s+");
        return words.length < 2 ? Optional.empty() : organisations.municipalityOfTown(words[words.length - 1]);
    }
}
