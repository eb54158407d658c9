package dk.coi.portal.identity;

import dk.coi.portal.identity.internal.Person;
import dk.coi.portal.identity.internal.PersonRepository;
import dk.coi.portal.identity.internal.SignUpRules;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: sign-up of local accounts, the current person, and names of authors. */
@Service
public class PersonService {

    private final PersonRepository people;
    private final SignUpRules rules;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    PersonService(PersonRepository people, SignUpRules rules, PasswordEncoder passwordEncoder, Clock clock) {
        this.people = people;
        this.rules = rules;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Creates a local citizen account. Throws {@link InvalidInputException} (nothing stored) when a rule is
     * broken or the e-mail is taken.
     */
    @PreAuthorize("isAnonymous()")
    @Transactional
    public long signUp(SignUpRequest request) {
        SignUpRequest clean = rules.check(request);
        if (people.existsByEmailIgnoreCase(clean.email())) {
            throw emailTaken();
        }
        Person person = Person.local(clean.displayName(), clean.email(), passwordEncoder.encode(clean.password()),
                Role.CITIZEN, clock.instant());
        try {
            return people.saveAndFlush(person).getId();
        } catch (DataIntegrityViolationException raceWithAnotherSignUp) {
            throw emailTaken();
        }
    }

    /** The signed-in person, or empty for an anonymous visitor (or a person erased meanwhile). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CurrentPerson> currentPerson() {
        return currentPersonId().flatMap(people::findById)
                .filter(person -> !person.isErased())
                .map(person -> new CurrentPerson(person.getId(), person.getDisplayName(), person.getRoles()));
    }

    /** The name to credit a contribution with; empty when the author has been erased. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> authorName(long personId) {
        return people.findById(personId).filter(person -> !person.isErased()).map(Person::getDisplayName);
    }

    static Optional<Long> currentPersonId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal.personId());
        }
        return Optional.empty();
    }

    private static InvalidInputException emailTaken() {
        return new InvalidInputException(Map.of("email", "signup.email.taken"));
    }
}
