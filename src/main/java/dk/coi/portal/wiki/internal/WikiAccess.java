package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import org.springframework.stereotype.Component;

/** Who is acting in the wiki: the signed-in person and whether they are COI staff (may steward pages). */
@Component
public class WikiAccess {

    private final PersonService people;

    WikiAccess(PersonService people) {
        this.people = people;
    }

    /**
     * The signed-in person, refused once they have erased themselves: another of their sessions may still be
     * open, and must not make new contributions or watch pages in a name that is gone.
     */
    public long currentPersonId() {
        return people.currentContributorId();
    }

    public boolean isStaff() {
        return actor().staff();
    }

    /** The signed-in person's standing for the page rules ({@link PagePolicy}); anonymous when nobody is. */
    public PagePolicy.Actor actor() {
        return people.currentPerson()
                .map(person -> new PagePolicy.Actor(true, person.has(Role.EMPLOYEE), person.has(Role.COI_STAFF)))
                .orElse(PagePolicy.Actor.ANONYMOUS);
    }
}
