package dk.coi.portal.identity.internal;

import dk.coi.portal.shared.Mailer;
import dk.coi.portal.shared.OutgoingMail;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of a local account by mail that someone keeps failing to sign in to it, at most once per
 * {@code portal.login.warning-interval} (one conditional update decides, also across nodes), in the language
 * they last signed in with. The mail goes from a background thread, so a sign-in answers as fast for an
 * e-mail with an account as for one without.
 */
@Component
class LoginWarnings {

    private static final Logger log = LoggerFactory.getLogger(LoginWarnings.class);

    private final PersonRepository people;
    private final Mailer mailer;
    private final Texts texts;
    private final PortalAddress address;
    private final TaskExecutor background;
    private final LoginThrottleSettings settings;
    private final Clock clock;

    LoginWarnings(PersonRepository people, Mailer mailer, Texts texts, PortalAddress address,
                  @Qualifier("applicationTaskExecutor") TaskExecutor background, LoginThrottleSettings settings,
                  Clock clock) {
        this.people = people;
        this.mailer = mailer;
        this.texts = texts;
        this.address = address;
        this.background = background;
        this.settings = settings;
        this.clock = clock;
    }

    void warnOwnerLater(String email) {
        background.execute(() -> {
            try {
                warnOwnerIfDue(email);
            } catch (RuntimeException failed) {
                log.warn("Could not warn of failed sign-ins", failed);
            }
        });
    }

    /**
     * Mails the owner unless the e-mail has no local account or its owner was warned within the interval.
     * True when a mail went out.
     */
    boolean warnOwnerIfDue(String email) {
        Optional<Person> owner = people.findByEmailIgnoreCase(email.strip())
                .filter(person -> person.getPasswordHash() != null && !person.isErased());
        if (owner.isEmpty()) {
            return false;
        }
        Person person = owner.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (people.claimLoginWarning(person.getId(), now, now.minus(settings.warningInterval())) == 0) {
            return false;
        }
        Locale language = PortalLocales.fromTag(person.getLanguage());
        try {
            mailer.send(new OutgoingMail(person.getEmail(), texts.get(language, "login.warning.subject"),
                    texts.get(language, "login.warning.text", person.getDisplayName(), address.link("login"))));
            return true;
        } catch (MailException notSent) {
            log.warn("Could not warn person {} of failed sign-ins: {}", person.getId(), notSent.getMessage());
            people.releaseLoginWarning(person.getId(), now);
            return false;
        }
    }
}
