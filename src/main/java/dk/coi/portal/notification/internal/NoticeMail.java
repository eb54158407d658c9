package dk.coi.portal.notification.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.MailRecipient;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.NotificationRoutes;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Mailer;
import dk.coi.portal.shared.OutgoingMail;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.Texts;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail about followed subjects, for the background job (system identity only): one mail per notice waiting to be
 * mailed at once, and one digest per person of what was collected before the digest time. A notice is marked
 * mailed only after the mail server took the mail, so a mail server that is away delays mail but loses none;
 * a mail the server refuses (a bad address) is marked failed and holds up nobody else's. Notices of subjects
 * deleted or hidden meanwhile are not mailed, but for those telling of the deletion; each subject's module gives
 * its words and links.
 */
@Component
public class NoticeMail {

    /** How a run went: the mails sent, and whether the mail server was reachable throughout. */
    public record Run(int sent, boolean serverAway) {
    }

    private enum Outcome { SENT, REFUSED, SERVER_AWAY }

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);
    private static final int BATCH = 200;
    /** A run stops in time for its lock (ten minutes) to outlast it, however slow the mail server. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(4);

    private final NoticeRepository notices;
    private final MailPreferenceRepository settings;
    private final FollowableContents contents;
    private final PersonService people;
    private final Mailer mailer;
    private final Texts texts;
    private final PortalAddress address;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NoticeMail(NoticeRepository notices, MailPreferenceRepository settings, FollowableContents contents,
               PersonService people, Mailer mailer, Texts texts, PortalAddress address,
               TransactionTemplate transactions, Clock clock) {
        this.notices = notices;
        this.settings = settings;
        this.contents = contents;
        this.people = people;
        this.mailer = mailer;
        this.texts = texts;
        this.address = address;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Mails the notices waiting to be mailed at once, oldest first. */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    public Run deliverPending() {
        Instant deadline = clock.instant().plus(RUN_LIMIT);
        List<StoredNotice> pending = notices.findByMailStateOrderByIdAsc(StoredNotice.MailState.PENDING, Limit.of(BATCH));
        Batch batch = batchOf(pending);
        int sent = 0;
        for (StoredNotice notice : pending) {
            MailRecipient to = batch.recipient(notice.getPersonId());
            SubjectName title = batch.titles().of(notice.noticed()).orElse(null);
            if (to == null || title == null) {
                settle(List.of(notice), StoredNotice.MailState.NONE);
                continue;
            }
            Locale language = batch.languageOf(notice.getPersonId());
            FollowableContent content = contents.required(notice.subject());
            NoticeWording wording = content.wording(notice.getKind());
            String shown = texts.get(language, title.shown());
            Outcome outcome = send(new OutgoingMail(to.email(), texts.get(language, wording.mailSubjectKey(), shown),
                    changeText(language, to, notice, wording, title, batch.actor(notice, language, texts))));
            if (outcome == Outcome.SERVER_AWAY) {
                return new Run(sent, true);
            }
            settle(List.of(notice), outcome == Outcome.SENT ? StoredNotice.MailState.SENT : StoredNotice.MailState.FAILED);
            sent += outcome == Outcome.SENT ? 1 : 0;
            if (clock.instant().isAfter(deadline)) {
                break;
            }
        }
        return new Run(sent, false);
    }

    /**
     * Sends each person who chose the daily digest one mail of the notices collected before {@code cutoff}
     * (the latest digest time); notices of subjects gone since are left out, and nobody gets an empty digest.
     */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    public Run sendDigests(Instant cutoff) {
        Instant deadline = clock.instant().plus(RUN_LIMIT);
        int sent = 0;
        for (long person : notices.findPeopleWithMailStateBefore(StoredNotice.MailState.DIGEST, cutoff)) {
            List<StoredNotice> collected = notices.findByPersonIdAndMailStateAndCreatedAtBeforeOrderByIdAsc(person,
                    StoredNotice.MailState.DIGEST, cutoff);
            Batch batch = batchOf(collected);
            MailRecipient to = batch.recipient(person);
            List<StoredNotice> readable = collected.stream()
                    .filter(notice -> batch.titles().of(notice.noticed()).isPresent()).toList();
            if (to == null || readable.isEmpty()) {
                settle(collected, StoredNotice.MailState.NONE);
                continue;
            }
            Outcome outcome = send(digestOf(to, readable, batch));
            if (outcome == Outcome.SERVER_AWAY) {
                return new Run(sent, true);
            }
            settle(collected, outcome == Outcome.SENT ? StoredNotice.MailState.SENT : StoredNotice.MailState.FAILED);
            sent += outcome == Outcome.SENT ? 1 : 0;
            if (clock.instant().isAfter(deadline)) {
                break;
            }
        }
        return new Run(sent, false);
    }

    /** What the mails of a batch of notices need, read in a few queries. */
    private record Batch(Map<PersonId, MailRecipient> recipients, FollowableContents.NoticeNames titles,
                         Map<PersonId, Author> actors, Map<Long, Locale> languages) {

        MailRecipient recipient(long person) {
            return recipients.get(PersonId.of(person));
        }

        Locale languageOf(long person) {
            return languages.getOrDefault(person, PortalLocales.DANISH);
        }

        String actor(StoredNotice notice, Locale language, Texts texts) {
            if (notice.getActorId() == null) {
                return texts.get(language, "log.portal");
            }
            Author actor = actors.get(PersonId.of(notice.getActorId()));
            return actor == null ? texts.get(language, "person.erased") : actor.credit();
        }
    }

    private Batch batchOf(List<StoredNotice> batch) {
        List<Long> persons = batch.stream().map(StoredNotice::getPersonId).distinct().toList();
        return new Batch(people.mailRecipients(persons.stream().map(PersonId::of).toList()),
                contents.forNotices(batch.stream().map(StoredNotice::noticed).toList()),
                people.authors(batch.stream().map(StoredNotice::getActorId).filter(Objects::nonNull).distinct()
                        .map(PersonId::of).toList()),
                settings.findAllById(persons).stream().collect(Collectors.toMap(MailPreference::getPersonId,
                        row -> PortalLocales.fromTag(row.getLanguage()))));
    }

    private String changeText(Locale language, MailRecipient to, StoredNotice notice, NoticeWording wording,
                              SubjectName title, String actor) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "notification.mail.greeting", to.displayName()));
        lines.add("");
        lines.add(texts.get(language, wording.mailLineKey(), actor,
                texts.get(language, title.shown()),
                DateFormats.dateTime(notice.getCreatedAt(), language)));
        if (!notice.summary().isEmpty()) {
            lines.add(texts.get(language, wording.personal() ? "notification.mail.reason" : "notification.mail.summary",
                    texts.get(language, notice.summary())));
        }
        lines.add("");
        lines.add(texts.get(language, wording.mailLinkKey(), address.link(noticePath(notice, title))));
        lines.add("");
        if (wording.personal()) {
            lines.add(texts.get(language, "notification.mail.footer-personal",
                    address.link(NotificationRoutes.NOTICES)));
        } else {
            lines.add(texts.get(language, "notification.mail.until-visit"));
            lines.add(texts.get(language, "notification.mail.footer", address.link(NotificationRoutes.NOTICES)));
        }
        return String.join("\n", lines);
    }

    private OutgoingMail digestOf(MailRecipient to, List<StoredNotice> collected, Batch batch) {
        Locale language = batch.languageOf(to.personId());
        Map<Subject, List<StoredNotice>> bySubject = collected.stream()
                .collect(Collectors.groupingBy(StoredNotice::subject, LinkedHashMap::new, Collectors.toList()));
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "notification.mail.greeting", to.displayName()));
        lines.add("");
        lines.add(texts.get(language, "notification.mail.digest.intro"));
        lines.add("");
        bySubject.forEach((subject, changes) -> {
            StoredNotice latest = changes.getLast();
            SubjectName title = batch.titles().of(latest.noticed()).orElseThrow();
            NoticeWording wording = contents.required(subject).wording(latest.getKind());
            String time = DateFormats.dateTime(latest.getCreatedAt(), language);
            lines.add(wording.personal()
                    ? texts.get(language, "notification.mail.digest.personal-line", texts.get(language, title.shown()),
                            texts.get(language, wording.listKey()), time)
                    : texts.get(language, "notification.mail.digest.subject-line", texts.get(language, title.shown()),
                            changes.size(), time, batch.actor(latest, language, texts)));
            lines.add("  " + address.link(noticePath(latest, title)));
        });
        lines.add("");
        lines.add(texts.get(language, "notification.mail.digest.footer", address.link(NotificationRoutes.NOTICES)));
        return new OutgoingMail(to.email(), texts.get(language, "notification.mail.digest.subject"),
                String.join("\n", lines));
    }

    private String noticePath(StoredNotice notice, SubjectName title) {
        FollowableContent content = contents.required(notice.subject());
        return content.noticePath(notice.subject().id(), title, notice.getKind(), notice.getDetailId());
    }

    /**
     * Sends one mail. A failure to reach or log in to the server ends the run (all mail waits); a mail the
     * server refused, or an address that cannot be written, fails alone.
     */
    private Outcome send(OutgoingMail mail) {
        try {
            mailer.send(mail);
            return Outcome.SENT;
        } catch (MailParseException badAddress) {
            return refused(badAddress);
        } catch (MailSendException failed) {
            // The server refusing this mail's recipient is a SendFailedException; anything else (no connection,
            // a dropped one) is the server being away.
            return failed.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance)
                    ? refused(failed) : away(failed);
        } catch (MailException serverAway) {
            return away(serverAway);
        }
    }

    private static Outcome refused(MailException refused) {
        log.warn("A notice mail was refused and will not be retried: {}", refused.getMessage());
        return Outcome.REFUSED;
    }

    private static Outcome away(MailException away) {
        log.warn("Mail server unreachable; notice mail waits for the next run: {}", away.getMessage());
        return Outcome.SERVER_AWAY;
    }

    /**
     * Records how mailing went in one statement that writes only the mail state: loading and saving the notices
     * would write back a quote that a comment's hiding removed meanwhile.
     */
    private void settle(List<StoredNotice> settled, StoredNotice.MailState state) {
        List<Long> ids = settled.stream().map(StoredNotice::getId).toList();
        Instant mailedAt = state == StoredNotice.MailState.SENT ? clock.instant() : null;
        transactions.executeWithoutResult(status -> notices.settleMail(ids, state, mailedAt,
                List.of(StoredNotice.MailState.PENDING, StoredNotice.MailState.DIGEST)));
    }

}
