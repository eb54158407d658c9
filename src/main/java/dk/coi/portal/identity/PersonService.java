package dk.coi.portal.identity;

import dk.coi.portal.shared.InvalidInputException;

import dk.coi.portal.identity.internal.Person;
import dk.coi.portal.identity.internal.PersonRepository;
import dk.coi.portal.identity.internal.SignUpRules;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
    private final SecurityContextHolderStrategy securityContext;

    PersonService(PersonRepository people, SignUpRules rules, PasswordEncoder passwordEncoder, Clock clock,
                  SecurityContextHolderStrategy securityContext) {
        this.people = people;
        this.rules = rules;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.securityContext = securityContext;
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

    /**
     * The signed-in person, or empty for an anonymous visitor. Read from the login itself, without the
     * database, so the page frame still renders while the database is unreachable.
     */
    @PreAuthorize("permitAll()")
    public Optional<CurrentPerson> currentPerson() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalPrincipal principal)) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return Optional.of(new CurrentPerson(principal.personId(), principal.displayName(), roles));
    }

    /** The person holding a local account with this e-mail (used to credit demo content). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Long> localAccountId(String email) {
        return people.findByEmailIgnoreCase(email).filter(person -> !person.isErased()).map(Person::getId);
    }

    /** The name to credit a contribution with; empty when the author has been erased. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> authorName(long personId) {
        return people.findById(personId).filter(person -> !person.isErased()).map(Person::getDisplayName);
    }

    /** Credits for many contributions at once (one query); erased and unknown people are left out. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<Long, Author> authors(Collection<Long> personIds) {
        Map<Long, Author> authors = new HashMap<>();
        if (!personIds.isEmpty()) {
            for (Person person : people.findAllById(Set.copyOf(personIds))) {
                if (!person.isErased()) {
                    authors.put(person.getId(), new Author(person.getId(), person.getDisplayName(),
                            person.getWorkplace()));
                }
            }
        }
        return authors;
    }

    /**
     * E-mail addresses for notification jobs (the system identity only): people without an address, and
     * erased people, are left out.
     */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    @Transactional(readOnly = true)
    public Map<Long, MailRecipient> mailRecipients(Collection<Long> personIds) {
        Map<Long, MailRecipient> recipients = new HashMap<>();
        if (!personIds.isEmpty()) {
            for (Person person : people.findAllById(Set.copyOf(personIds))) {
                if (!person.isErased() && person.getEmail() != null && !person.getEmail().isBlank()) {
                    recipients.put(person.getId(), new MailRecipient(person.getId(), person.getDisplayName(),
                            person.getEmail()));
                }
            }
        }
        return recipients;
    }

    Optional<Long> currentPersonId() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return Optional.of(principal.personId());
        }
        return Optional.empty();
    }

    private static InvalidInputException emailTaken() {
        return new InvalidInputException(Map.of("email", "signup.email.taken"));
    }
}
