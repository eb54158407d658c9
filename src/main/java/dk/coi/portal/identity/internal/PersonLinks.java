package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonMerged;
import dk.coi.portal.shared.InvalidInputException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One person per human, however they sign in. A Keycloak login belongs to the person holding a local account
 * with the same e-mail when Keycloak vouches for that address ({@code email_verified}); otherwise the person
 * links the two on Min side by proving the local account's password. A person row made earlier for the
 * Keycloak login is then merged into the local account's person ({@link PersonMerged}).
 */
@Component
public class PersonLinks {

    private final PersonRepository people;
    private final ThrottledPasswordSignIn passwords;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    PersonLinks(PersonRepository people, ThrottledPasswordSignIn passwords, TransactionTemplate transaction,
                ApplicationEventPublisher events, SecurityContextHolderStrategy securityContext, Clock clock) {
        this.people = people;
        this.passwords = passwords;
        this.transaction = transaction;
        this.events = events;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    /** The person a Keycloak login belongs to, linked or created as needed and updated from the token. */
    Person signIn(OidcIdentity identity) {
        return transaction.execute(status -> {
            Optional<Person> known = people.findByOidcSubject(identity.subject());
            Optional<Person> vouchedLocalAccount = identity.emailVerified()
                    ? unlinkedLocalAccount(identity.email()) : Optional.empty();
            Person person;
            if (vouchedLocalAccount.isPresent()) {
                person = vouchedLocalAccount.get();
                known.ifPresentOrElse(earlier -> merge(earlier, person), () -> person.linkOidc(identity.subject()));
            } else {
                person = known.orElseGet(() -> Person.fromOidc(identity.subject(), identity.name(), null,
                        clock.instant()));
            }
            person.updateFromOidc(identity.name(), emailUnlessTakenByAnother(person, identity.email()),
                    identity.workplace(), identity.roles());
            return people.save(person);
        });
    }

    /** Whether the signed-in person came through Keycloak and has no local account yet. */
    public boolean mayLinkLocalAccount() {
        return signedInThroughKeycloak()
                .flatMap(token -> people.findById(((PortalOidcUser) token.getPrincipal()).personId()))
                .filter(person -> person.getPasswordHash() == null)
                .isPresent();
    }

    /**
     * The person signed in through Keycloak proves a local account's e-mail and password (throttled like
     * every sign-in); the two become one person, and the sign-in continues as that person. Throws
     * {@link InvalidInputException} and changes nothing when the password is wrong or either side is already
     * linked.
     */
    public void linkLocalAccount(String email, String password) {
        OAuth2AuthenticationToken token = signedInThroughKeycloak().orElseThrow(PersonLinks::notPossible);
        PortalOidcUser keycloakUser = (PortalOidcUser) token.getPrincipal();
        long localAccount = localAccountOf(email, password);
        Person linked = transaction.execute(status -> {
            Person earlier = people.findById(keycloakUser.personId()).orElseThrow(PersonLinks::notPossible);
            Person local = people.findById(localAccount).orElseThrow(PersonLinks::notPossible);
            if (earlier.getPasswordHash() != null || earlier.getOidcSubject() == null) {
                throw notPossible();
            }
            if (local.getOidcSubject() != null) {
                throw new InvalidInputException(Map.of("email", "mydata.link.already-linked"));
            }
            merge(earlier, local);
            return local;
        });
        PortalOidcUser asLinked = new PortalOidcUser(token.getAuthorities(), keycloakUser.getIdToken(),
                keycloakUser.getUserInfo(), linked.getId(), linked.getDisplayName());
        securityContext.getContext().setAuthentication(new OAuth2AuthenticationToken(asLinked,
                token.getAuthorities(), token.getAuthorizedClientRegistrationId()));
    }

    private Optional<OAuth2AuthenticationToken> signedInThroughKeycloak() {
        return securityContext.getContext().getAuthentication() instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof PortalOidcUser ? Optional.of(token) : Optional.empty();
    }

    /** The local account's person id if the password is right; otherwise the same refusal for every cause. */
    private long localAccountOf(String email, String password) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                email == null ? "" : email.strip(), password == null ? "" : password);
        attempt.setDetails(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? new SignInDetails(request.getRequest()) : null);
        try {
            Authentication local = passwords.authenticate(attempt);
            return ((LocalUser) local.getPrincipal()).personId();
        } catch (AuthenticationException refused) {
            throw new InvalidInputException(Map.of("password", "mydata.link.failed"));
        }
    }

    private Optional<Person> unlinkedLocalAccount(String email) {
        return email == null ? Optional.empty() : people.findByEmailIgnoreCase(email)
                .filter(person -> person.getPasswordHash() != null && person.getOidcSubject() == null
                        && !person.isErased());
    }

    private void merge(Person earlier, Person into) {
        String subject = earlier.getOidcSubject();
        earlier.mergeInto(into);
        people.flush(); // the subject is unique: the earlier row gives it up before the other takes it
        into.linkOidc(subject);
        events.publishEvent(new PersonMerged(PersonId.of(earlier.getId()), PersonId.of(into.getId())));
    }

    /** A local account may already use the address; the Keycloak person then keeps no e-mail here. */
    private String emailUnlessTakenByAnother(Person person, String email) {
        if (email == null) {
            return null;
        }
        boolean taken = people.findByEmailIgnoreCase(email)
                .filter(other -> !other.getId().equals(person.getId()))
                .isPresent();
        return taken ? null : email;
    }

    private static InvalidInputException notPossible() {
        return new InvalidInputException(Map.of("email", "mydata.link.not-possible"));
    }
}
