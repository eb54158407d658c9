package dk.coi.portal.landscape;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.PublicEmployees;
import dk.coi.portal.landscape.internal.RegisteredWorkplace;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationScreen;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.organisation.OrganisationSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom a case may name as its contact person besides the person saving it: a public employee with an account whose
 * workplace is the case's organisation, its parent or one of its units. People have no organisation id of their own
 * (decision 014), so a workplace belongs to the register's organisation its name names ({@link RegisteredWorkplace}).
 * The form finds them by name; only names and workplaces are shown, never an e-mail address.
 */
@Service
public class CaseContacts {

    /** The most names one search reads through for colleagues: a bound on its cost for a very common name. */
    static final int MOST_LOOKED_AT = 10 * PublicEmployees.MAX_FOUND;

    private final PublicEmployees employees;
    private final PersonService people;
    private final OrganisationService organisations;
    private final RegisteredWorkplace workplaces;

    CaseContacts(PublicEmployees employees, PersonService people, OrganisationService organisations,
                 RegisteredWorkplace workplaces) {
        this.employees = employees;
        this.people = people;
        this.organisations = organisations;
        this.workplaces = workplaces;
    }

    /**
     * The public employees of the organisation, its parent or its units with every word of {@code words} in their
     * name, by name, at most {@link PublicEmployees#MAX_FOUND}; none for no words. Names common across the country
     * are read on page by page, so the organisation's own people are not crowded out by namesakes elsewhere, up to
     * {@link #MOST_LOOKED_AT} names; each workplace's name is looked up once a call. Open to every public employee
     * for any organisation, as the co-editor search is: it shows no more (name and workplace) than that does.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional(readOnly = true)
    public List<Author> candidates(OrganisationId organisation, String words) {
        Set<OrganisationId> family = family(organisation);
        List<Author> colleagues = new ArrayList<>();
        Map<String, Boolean> inFamily = new HashMap<>();
        for (int page = 0; !family.isEmpty() && page * PublicEmployees.MAX_FOUND < MOST_LOOKED_AT; page++) {
            List<Author> found = employees.search(words, page);
            found.stream().filter(person -> inFamily.computeIfAbsent(Objects.requireNonNullElse(person.workplace(),
                    ""), workplace -> worksIn(workplace, family))).forEach(colleagues::add);
            if (colleagues.size() >= PublicEmployees.MAX_FOUND || found.size() < PublicEmployees.MAX_FOUND) {
                break;
            }
        }
        return colleagues.stream().limit(PublicEmployees.MAX_FOUND).toList();
    }

    /** Whether the person is a public employee whose workplace is the organisation, its parent or one of its units. */
    boolean mayBeContact(OrganisationId organisation, PersonId person) {
        Author found = people.authors(List.of(person)).get(person);
        return found != null && employees.isPublicEmployee(person) && worksIn(found.workplace(),
                family(organisation));
    }

    private boolean worksIn(String workplace, Set<OrganisationId> family) {
        return workplaces.named(workplace).map(OrganisationSummary::id).filter(family::contains).isPresent();
    }

    /** The organisation (as the register keeps it after merges), its parent and its units; empty when unknown. */
    private Set<OrganisationId> family(OrganisationId organisation) {
        Set<OrganisationId> family = new HashSet<>();
        if (organisation == null) {
            return family;
        }
        Optional<OrganisationScreen> screen = organisations.screen(organisation);
        screen.ifPresent(found -> {
            family.add(found.organisation().id());
            Optional.ofNullable(found.parent()).map(OrganisationSummary::id).ifPresent(family::add);
            found.units().forEach(unit -> family.add(unit.id()));
        });
        return family;
    }
}
