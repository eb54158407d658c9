package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.MailRecipient;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Mailer;
import dk.coi.portal.shared.OutgoingMail;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.wiki.WatchNotice;
import dk.coi.portal.wiki.WikiTitles;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
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
 * Mail about watched pages, for the background job (system identity only): one mail per notice waiting to be
 * mailed at once, and one digest per person of what was collected before the digest time. A notice is marked
 * mailed only after the mail server took the mail, so a mail server that is away delays mail but loses none;
 * a mail the server refuses (a bad address) is marked failed and holds up nobody else's. Notices of pages
 * deleted meanwhile are not mailed.
 */
@Component
public class WatchMail {

    /** How a run went: the mails sent, and whether the mail server was reachable throughout. */
    public record Run(int sent, boolean serverAway) {
    }

    private enum Outcome { SENT, REFUSED, SERVER_AWAY }

    private static final Logger log = LoggerFactory.getLogger(WatchMail.class);
    private static final int BATCH = 200;
    /** A run stops in time for its lock (ten minutes) to outlast it, however slow the mail server. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(4);

    private final WikiNoticeRepository notices;
    private final WikiWatchSettingsRepository settings;
    private final WikiPageRepository pages;
    private final PersonService people;
    private final WikiPageViews views;
    private final Mailer mailer;
    private final Texts texts;
    private final PortalAddress address;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WatchMail(WikiNoticeRepository notices, WikiWatchSettingsRepository settings, WikiPageRepository pages,
              PersonService people, WikiPageViews views, Mailer mailer, Texts texts, PortalAddress address,
              TransactionTemplate transactions, Clock clock) {
        this.notices = notices;
        this.settings = settings;
        this.pages = pages;
        this.people = people;
        this.views = views;
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
        List<WikiNotice> pending = notices.findByMailStateOrderByIdAsc(WikiNotice.MailState.PENDING, Limit.of(BATCH));
        Batch batch = batchOf(pending);
        int sent = 0;
        for (WikiNotice notice : pending) {
            MailRecipient to = batch.recipients().get(notice.getPersonId());
            WikiPage page = batch.readablePages().get(notice.getPageId());
            if (to == null || page == null) {
                settle(List.of(notice), WikiNotice.MailState.NONE);
                continue;
            }
            Locale language = batch.languageOf(notice.getPersonId());
            String actor = batch.credits().getOrDefault(notice.getActorId(), texts.get(language, "person.erased"));
            Outcome outcome = send(new OutgoingMail(to.email(), texts.get(language, "wiki.mail.change.subject",
                    page.getTitle()), changeText(language, to, notice, page.getTitle(), actor)));
            if (outcome == Outcome.SERVER_AWAY) {
                return new Run(sent, true);
            }
            settle(List.of(notice), outcome == Outcome.SENT ? WikiNotice.MailState.SENT : WikiNotice.MailState.FAILED);
            sent += outcome == Outcome.SENT ? 1 : 0;
            if (clock.instant().isAfter(deadline)) {
                break;
            }
        }
        return new Run(sent, false);
    }

    /**
     * Sends each person who chose the daily digest one mail of the notices collected before {@code cutoff}
     * (the latest digest time); notices of pages deleted since are left out, and nobody gets an empty digest.
     */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    public Run sendDigests(Instant cutoff) {
        Instant deadline = clock.instant().plus(RUN_LIMIT);
        int sent = 0;
        for (long person : notices.findPeopleWithMailStateBefore(WikiNotice.MailState.DIGEST, cutoff)) {
            List<WikiNotice> collected = notices.findByPersonIdAndMailStateAndCreatedAtBeforeOrderByIdAsc(person,
                    WikiNotice.MailState.DIGEST, cutoff);
            Batch batch = batchOf(collected);
            MailRecipient to = batch.recipients().get(person);
            List<WikiNotice> readable = collected.stream()
                    .filter(notice -> batch.readablePages().containsKey(notice.getPageId())).toList();
            if (to == null || readable.isEmpty()) {
                settle(collected, WikiNotice.MailState.NONE);
                continue;
            }
            Outcome outcome = send(digestOf(to, readable, batch));
            if (outcome == Outcome.SERVER_AWAY) {
                return new Run(sent, true);
            }
            settle(collected, outcome == Outcome.SENT ? WikiNotice.MailState.SENT : WikiNotice.MailState.FAILED);
            sent += outcome == Outcome.SENT ? 1 : 0;
            if (clock.instant().isAfter(deadline)) {
                break;
            }
        }
        return new Run(sent, false);
    }

    /** What the mails of a batch of notices need, read in a few queries. */
    private record Batch(Map<Long, MailRecipient> recipients, Map<Long, WikiPage> readablePages,
                         Map<Long, String> credits, Map<Long, Locale> languages) {

        Locale languageOf(long person) {
            return languages.getOrDefault(person, PortalLocales.DANISH);
        }
    }

    private Batch batchOf(List<WikiNotice> batch) {
        return new Batch(
                people.mailRecipients(batch.stream().map(WikiNotice::getPersonId).distinct().toList()),
                pages.findAllById(batch.stream().map(WikiNotice::getPageId).distinct().toList()).stream()
                        .filter(page -> !page.isDeleted())
                        .collect(Collectors.toMap(WikiPage::getId, Function.identity())),
                views.credits(batch.stream().map(WikiNotice::getActorId).toList()),
                settings.findAllById(batch.stream().map(WikiNotice::getPersonId).distinct().toList()).stream()
                        .collect(Collectors.toMap(WikiWatchSettings::getPersonId,
                                row -> PortalLocales.fromTag(row.getLanguage()))));
    }

    private String changeText(Locale language, MailRecipient to, WikiNotice notice, String title, String actor) {
        String when = DateFormats.dateTime(notice.getCreatedAt(), language);
        boolean comment = notice.getKind() == WatchNotice.Kind.COMMENT;
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "wiki.mail.greeting", to.displayName()));
        lines.add("");
        lines.add(texts.get(language, comment ? "wiki.mail.commented" : "wiki.mail.edited", actor, title, when));
        if (notice.getSummary() != null && !notice.getSummary().isBlank()) {
            lines.add(texts.get(language, "wiki.mail.summary", notice.getSummary()));
        }
        lines.add("");
        lines.add(texts.get(language, comment ? "wiki.mail.see-comment" : "wiki.mail.see",
                address.link(noticePath(notice, title))));
        lines.add("");
        lines.add(texts.get(language, "wiki.mail.until-visit"));
        lines.add(texts.get(language, "wiki.mail.footer", address.link("wiki/overvaagning")));
        return String.join("\n", lines);
    }

    private OutgoingMail digestOf(MailRecipient to, List<WikiNotice> collected, Batch batch) {
        Locale language = batch.languageOf(to.personId());
        Map<Long, List<WikiNotice>> byPage = collected.stream()
                .collect(Collectors.groupingBy(WikiNotice::getPageId, LinkedHashMap::new, Collectors.toList()));
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "wiki.mail.greeting", to.displayName()));
        lines.add("");
        lines.add(texts.get(language, "wiki.mail.digest.intro"));
        lines.add("");
        byPage.forEach((pageId, changes) -> {
            String title = batch.readablePages().get(pageId).getTitle();
            WikiNotice latest = changes.getLast();
            lines.add(texts.get(language, "wiki.mail.digest.page", title, changes.size(),
                    DateFormats.dateTime(latest.getCreatedAt(), language),
                    batch.credits().getOrDefault(latest.getActorId(), texts.get(language, "person.erased"))));
            lines.add("  " + address.link(noticePath(latest, title)));
        });
        lines.add("");
        lines.add(texts.get(language, "wiki.mail.digest.footer", address.link("wiki/overvaagning")));
        return new OutgoingMail(to.email(), texts.get(language, "wiki.mail.digest.subject"), String.join("\n", lines));
    }

    private static String noticePath(WikiNotice notice, String title) {
        return notice.getKind() == WatchNotice.Kind.COMMENT
                ? WikiTitles.path(title) + "/diskussion#kommentar-" + notice.getCommentId()
                : WikiTitles.path(title) + "/forskel?til=" + notice.getRevision();
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
        log.warn("A watch mail was refused and will not be retried: {}", refused.getMessage());
        return Outcome.REFUSED;
    }

    private static Outcome away(MailException away) {
        log.warn("Mail server unreachable; watch mail waits for the next run: {}", away.getMessage());
        return Outcome.SERVER_AWAY;
    }

    /**
     * Records how mailing went in one statement that writes only the mail state: loading and saving the notices
     * would write back a quote that a comment's hiding removed meanwhile.
     */
    private void settle(List<WikiNotice> settled, WikiNotice.MailState state) {
        List<Long> ids = settled.stream().map(WikiNotice::getId).toList();
        Instant mailedAt = state == WikiNotice.MailState.SENT ? clock.instant() : null;
        transactions.executeWithoutResult(status -> notices.settleMail(ids, state, mailedAt));
    }

}
