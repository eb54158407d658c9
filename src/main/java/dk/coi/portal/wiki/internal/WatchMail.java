package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.MailRecipient;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.shared.Mailer;
import dk.coi.portal.shared.OutgoingMail;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.wiki.WatchNotice;
import dk.coi.portal.wiki.WikiTitles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail about watched pages, for the background jobs (system identity only): one mail per notice waiting to be
 * mailed at once, and one daily digest per person of everything collected for it. A notice is marked mailed
 * only after the mail server took the mail, so a mail server that is away delays mail but loses none.
 */
@Component
public class WatchMail {

    private static final Logger log = LoggerFactory.getLogger(WatchMail.class);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final int BATCH = 200;

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

    /** Mails every notice waiting to be mailed at once; returns how many mails went out. */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    public int deliverPending() {
        List<WikiNotice> pending = notices.findByMailStateOrderByIdAsc(WikiNotice.MailState.PENDING, Limit.of(BATCH));
        Map<Long, MailRecipient> recipients = recipientsOf(pending);
        Map<Long, String> names = views.credits(pending.stream().map(WikiNotice::getActorId).toList());
        int sent = 0;
        for (WikiNotice notice : pending) {
            MailRecipient to = recipients.get(notice.getPersonId());
            String title = pages.findById(notice.getPageId()).map(WikiPage::getTitle).orElse(null);
            if (to != null && title != null) {
                Locale language = languageOf(notice.getPersonId());
                String actor = names.getOrDefault(notice.getActorId(), texts.get(language, "person.erased"));
                if (!send(new OutgoingMail(to.email(), texts.get(language, "wiki.mail.change.subject", title),
                        changeText(language, to, notice, title, actor)))) {
                    return sent;
                }
                sent++;
            }
            markMailed(List.of(notice.getId()));
        }
        return sent;
    }

    /** Sends each person who chose the daily digest one mail of what was collected; returns the mails sent. */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    public int sendDigests() {
        int sent = 0;
        for (long person : notices.findPeopleWithMailState(WikiNotice.MailState.DIGEST)) {
            List<WikiNotice> collected = notices.findByPersonIdAndMailStateOrderByIdAsc(person,
                    WikiNotice.MailState.DIGEST);
            MailRecipient to = people.mailRecipients(List.of(person)).get(person);
            if (to != null && !collected.isEmpty()) {
                if (!send(digestOf(to, collected))) {
                    return sent;
                }
                sent++;
            }
            markMailed(collected.stream().map(WikiNotice::getId).toList());
        }
        return sent;
    }

    private String changeText(Locale language, MailRecipient to, WikiNotice notice, String title, String actor) {
        String when = time(notice.getCreatedAt(), language);
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "wiki.mail.greeting", to.displayName()));
        lines.add("");
        if (notice.getKind() == WatchNotice.Kind.COMMENT) {
            lines.add(texts.get(language, "wiki.mail.commented", actor, title, when));
        } else {
            lines.add(texts.get(language, "wiki.mail.edited", actor, title, when));
        }
        if (notice.getSummary() != null && !notice.getSummary().isBlank()) {
            lines.add(texts.get(language, "wiki.mail.summary", notice.getSummary()));
        }
        lines.add("");
        lines.add(texts.get(language, "wiki.mail.see", address.link(noticePath(notice, title))));
        lines.add("");
        lines.add(texts.get(language, "wiki.mail.until-visit"));
        lines.add(footer(language));
        return String.join("\n", lines);
    }

    private OutgoingMail digestOf(MailRecipient to, List<WikiNotice> collected) {
        Locale language = languageOf(to.personId());
        Map<Long, List<WikiNotice>> byPage = collected.stream()
                .collect(Collectors.groupingBy(WikiNotice::getPageId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, String> names = views.credits(collected.stream().map(WikiNotice::getActorId).toList());
        List<String> lines = new ArrayList<>();
        lines.add(texts.get(language, "wiki.mail.greeting", to.displayName()));
        lines.add("");
        lines.add(texts.get(language, "wiki.mail.digest.intro"));
        lines.add("");
        byPage.forEach((pageId, changes) -> pages.findById(pageId).filter(page -> !page.isDeleted()).ifPresent(page -> {
            WikiNotice latest = changes.getLast();
            lines.add(texts.get(language, "wiki.mail.digest.page", page.getTitle(), changes.size(),
                    time(latest.getCreatedAt(), language),
                    names.getOrDefault(latest.getActorId(), texts.get(language, "person.erased"))));
            lines.add("  " + address.link(noticePath(latest, page.getTitle())));
        }));
        lines.add("");
        lines.add(footer(language));
        return new OutgoingMail(to.email(), texts.get(language, "wiki.mail.digest.subject"), String.join("\n", lines));
    }

    private String footer(Locale language) {
        return texts.get(language, "wiki.mail.footer", address.link("wiki/overvaagning"));
    }

    private static String noticePath(WikiNotice notice, String title) {
        return notice.getKind() == WatchNotice.Kind.COMMENT
                ? WikiTitles.path(title) + "/diskussion#kommentar-" + notice.getCommentId()
                : WikiTitles.path(title) + "/forskel?til=" + notice.getRevision();
    }

    private boolean send(OutgoingMail mail) {
        try {
            mailer.send(mail);
            return true;
        } catch (MailException failed) {
            log.warn("Mail about watched pages not delivered now, will retry: {}", failed.getMessage());
            return false;
        }
    }

    private void markMailed(List<Long> ids) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> notices.findAllById(ids).forEach(notice -> notice.mailed(now)));
    }

    private Map<Long, MailRecipient> recipientsOf(List<WikiNotice> pending) {
        return people.mailRecipients(pending.stream().map(WikiNotice::getPersonId).distinct().toList());
    }

    private Locale languageOf(long person) {
        return settings.findById(person).map(row -> PortalLocales.fromTag(row.getLanguage())).orElse(PortalLocales.DANISH);
    }

    private static String time(Instant at, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language).withZone(DANISH_TIME)
                .format(at);
    }
}
