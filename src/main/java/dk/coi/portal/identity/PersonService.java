package dk.coi.portal.identity;

import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;

import dk.coi.portal.identity.internal.Person;
import dk.coi.portal.identity.internal.PersonLinks;
import dk.coi.portal.identity.internal.PersonRepository;
import dk.coi.portal.identity.internal.SessionSignIn;
import dk.coi.portal.identity.internal.SignUpRateLimit;
import dk.coi.portal.identity.internal.SignUpRules;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People: sign-up of local accounts, the current person, linking a Keycloak login to a local account, and
 * names of authors. A person row merged into another ({@link PersonMerged}) is named, credited and mailed as
 * the person it was merged into.
 */
@Service
public class PersonService {

    private final PersonRepository people;
    private final PersonLinks links;
    private final SessionSignIn sessionSignIn;
    private final SignUpRules rules;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContext;
    private final SignUpRateLimit signUpLimit;

    PersonService(PersonRepository people, PersonLinks links, SessionSignIn sessionSignIn, SignUpRules rules,
                  PasswordEncoder passwordEncoder, Clock clock, SecurityContextHolderStrategy securityContext,
                  SignUpRateLimit signUpLimit) {
        this.signUpLimit = signUpLimit;
        this.people = people;
        this.links = links;
        this.sessionSignIn = sessionSignIn;
        this.rules = rules;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.securityContext = securityContext;
    }

    /**
     * Creates a local citizen account. Throws {@link InvalidInputException} (nothing stored) when a rule is
     * broken, the e-mail is taken, or the client address has tried too many sign-ups within the hour.
     */
    @PreAuthorize("isAnonymous()")
    @Transactional
    public long signUp(SignUpRequest request) {
        SignUpRequest clean = rules.check(request);
        if (!signUpLimit.tryAcquireForCurrentRequest()) {
            throw new InvalidInputException(Map.of("email", "signup.rate-limited"));
        }
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
     * Signs the visitor in with a local account's e-mail and password, as the login form does (throttled, a
     * new session id), e.g. right after signing up. False, and nobody signed in, when it is refused.
     */
    @PreAuthorize("isAnonymous()")
    public boolean signIn(String email, String password) {
        return sessionSignIn.signIn(email, password);
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

    /**
     * The signed-in person chose the portal's language: it is theirs from now on, also in browsers they sign in
     * with later. Nothing for visitors, whose browser alone keeps their choice.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void chooseLanguage(Locale language) {
        if (language == null || !PortalLocales.SUPPORTED.contains(language)) {
            throw new InvalidInputException(Map.of("language", "language.unsupported"));
        }
        currentPersonId().ifPresent(id -> people.rememberLanguage(id, language.getLanguage()));
    }

    /** The person holding a local account with this e-mail (used to credit demo content). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Long> localAccountId(String email) {
        return people.findByEmailIgnoreCase(email).filter(person -> !person.isErased()).map(Person::getId);
    }

    /** Whether the signed-in person came through Keycloak and could link a local account of theirs. */
    @PreAuthorize("isAuthenticated()")
    public boolean mayLinkLocalAccount() {
        return links.mayLinkLocalAccount();
    }

    /**
     * Links the Keycloak login of the signed-in person to their local account, proven by its e-mail and
     * password: from then on both are one person. Throws {@link InvalidInputException} (nothing changed) when
     * the password is wrong, the local account is linked already, or the person did not sign in through
     * Keycloak.
     */
    @PreAuthorize("isAuthenticated()")
    public void linkLocalAccount(String email, String password) {
        links.linkLocalAccount(email, password);
    }

    /**
     * The signed-in person as the author of something new (an edit, a comment, a follow): refused once they have
     * erased themselves, since another of their sessions may still be open and must not act in a name that is gone.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long currentContributorId() {
        long id = currentPersonId().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (authorName(PersonId.of(id)).isEmpty()) {
            throw new AccessDeniedException("The person has been erased");
        }
        return id;
    }

    /** The name to credit a contribution with; empty when the author has been erased. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> authorName(PersonId person) {
        return Optional.ofNullable(standingFor(List.of(person.value())).get(person.value())).map(Person::getDisplayName);
    }

    /** Credits for many contributions at once (two queries at most); erased and unknown people are left out. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Map<PersonId, Author> authors(Collection<PersonId> persons) {
        Map<PersonId, Author> authors = new HashMap<>();
        standingFor(values(persons)).forEach((id, person) -> authors.put(PersonId.of(id),
                new Author(person.getId(), person.getDisplayName(), person.getWorkplace())));
        return authors;
    }

    /**
     * E-mail addresses for notification jobs (the system identity only): people without an address, and
     * erased people, are left out.
     */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    @Transactional(readOnly = true)
    public Map<PersonId, MailRecipient> mailRecipients(Collection<PersonId> persons) {
        Map<PersonId, MailRecipient> recipients = new HashMap<>();
        standingFor(values(persons)).forEach((id, person) -> {
            if (person.getEmail() != null && !person.getEmail().isBlank()) {
                recipients.put(PersonId.of(id), new MailRecipient(person.getId(), person.getDisplayName(), person.getEmail()));
            }
        });
        return recipients;
    }

    private static List<Long> values(Collection<PersonId> persons) {
        return persons.stream().map(PersonId::value).toList();
    }

    /** The person each id stands for (a merged row for the person it was merged into), erased ones left out. */
    private Map<Long, Person> standingFor(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Person> rows = people.findAllById(Set.copyOf(personIds)).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        Map<Long, Person> mergedInto = people.findAllById(rows.values().stream().map(Person::getMergedInto)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        Map<Long, Person> standing = new HashMap<>();
        rows.forEach((id, row) -> {
            Person person = row.getMergedInto() == null ? row : mergedInto.get(row.getMergedInto());
            if (!person.isErased()) {
                standing.put(id, person);
            }
        });
        return standing;
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
