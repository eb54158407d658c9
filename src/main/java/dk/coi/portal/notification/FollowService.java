package dk.coi.portal.notification;

import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.notification.internal.Follow;
import dk.coi.portal.notification.internal.FollowRepository;
import dk.coi.portal.notification.internal.FollowableContents;
import dk.coi.portal.notification.internal.MailPreference;
import dk.coi.portal.notification.internal.MailPreferenceRepository;
import dk.coi.portal.notification.internal.NoticeReader;
import dk.coi.portal.notification.internal.NoticeRepository;
import dk.coi.portal.notification.internal.UnreadCount;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Subject;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in person follows (for good or for a while), the notices it leaves them, and how they want
 * mail about it. Subjects are named by the module that owns them; looking at a subject (or the part of it a kind
 * of notice tells of) marks those notices read.
 */
@Service
public class FollowService {

    private static final int MAX_NOTICES = 500;

    private final FollowRepository follows;
    private final MailPreferenceRepository settings;
    private final NoticeRepository notices;
    private final FollowableContents contents;
    private final NoticeReader reader;
    private final PersonService people;
    private final Clock clock;

    FollowService(FollowRepository follows, MailPreferenceRepository settings, NoticeRepository notices,
                  FollowableContents contents, NoticeReader reader, PersonService people, Clock clock) {
        this.follows = follows;
        this.settings = settings;
        this.notices = notices;
        this.contents = contents;
        this.reader = reader;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Follows the subject, or changes for how long. {@code language} is the one the person reads the portal in;
     * their first follow makes it the language of their mail. Refused for a subject that cannot be read, or is not
     * for following.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Followed follow(Subject subject, FollowPeriod period, java.util.Locale language) {
        long person = me();
        if (contents.of(subject).filter(FollowableContent::followable).isEmpty()) {
            throw gone();
        }
        SubjectName name = reader.nameOf(subject).orElseThrow(FollowService::gone);
        Instant now = clock.instant();
        Instant expiry = Objects.requireNonNull(period).expiry(now);
        follows.follow(person, subject.type(), subject.id(), now, expiry);
        settings.createIfMissing(person, MailMode.EACH_CHANGE.name(),
                PortalLocales.fromTag(language.getLanguage()).getLanguage());
        return new Followed(subject, name.title(), name.path(), expiry, 0);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unfollow(Subject subject) {
        follows.deleteById(Follow.Key.of(me(), subject));
    }

    /**
     * Whether the signed-in person follows the subject now; empty for visitors and subjects not followed. For a
     * subject its module is showing, so it is known to be readable: one query.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FollowState> state(Subject subject) {
        Optional<CurrentPerson> person = people.currentPerson();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return follows.findById(Follow.Key.of(person.get().id(), subject)).filter(follow -> follow.activeAt(now))
                .map(follow -> new FollowState(follow.getExpiresAt()));
    }

    /**
     * What the person may do about following the subject, by the rules {@link #follow} keeps: empty for visitors and
     * for subjects not for following. For a subject its module is showing, so it is known to be readable.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FollowChoice> choice(Subject subject) {
        if (people.currentPerson().isEmpty() || contents.of(subject).filter(FollowableContent::followable).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FollowChoice(state(subject).orElse(null)));
    }

    /** The readable subjects of one type the person follows, by title, each with its unread notices. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Followed> follows(String subjectType) {
        long person = me();
        List<Follow> active = follows.findActive(person, subjectType, clock.instant());
        FollowableContents.Names titles = contents.readable(active.stream().map(Follow::subject).toList());
        // The followed subjects are known readable already: their counts need no second look at their modules.
        Map<Subject, Integer> unread = notices.countUnread(person).stream()
                .collect(Collectors.toMap(UnreadCount::subject, count -> (int) count.unread(), Integer::sum));
        Collator byTitle = Collator.getInstance(PortalLocales.DANISH);
        return active.stream().flatMap(follow -> titles.of(follow.subject()).map(name -> new Followed(
                        follow.subject(), name.title(), name.path(), follow.getExpiresAt(),
                        unread.getOrDefault(follow.subject(), 0))).stream())
                .sorted(Comparator.comparing(Followed::title, byTitle)).toList();
    }

    /** Where the modules list what the person follows (the wiki's watchlist), for links to those lists. */
    @PreAuthorize("isAuthenticated()")
    public List<FollowedList> followedLists() {
        return contents.followedLists();
    }

    /** The latest notices about readable subjects, newest first, read or not; of one module when it is named. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> notices(String module, int limit) {
        return reader.readable(notices.findForPerson(me(), module == null ? null : module + ".",
                Limit.of(Math.max(1, Math.min(limit, MAX_NOTICES)))));
    }

    /**
     * The latest notices about the readable subjects of one type the person follows now, newest first, read or
     * not: what a module's own list of followed subjects shows (the wiki's watchlist).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> followedNotices(String subjectType, int limit) {
        return reader.readable(notices.findFollowedForPerson(me(), subjectType, clock.instant(),
                Limit.of(Math.max(1, Math.min(limit, MAX_NOTICES)))));
    }

    /** How many notices about readable subjects the signed-in person has not read; 0 for visitors. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return people.currentPerson().map(person -> reader.unreadBySubject(notices.countUnread(person.id()))
                .values().stream().mapToInt(Integer::intValue).sum()).orElse(0);
    }

    /**
     * The signed-in person has looked at all of the subject: its notices are read, and mail about it may come
     * again. Nothing for visitors.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void markSeen(Subject subject) {
        people.currentPerson().ifPresent(person -> notices.markRead(person.id(), subject.type(), subject.id(),
                clock.instant()));
    }

    /**
     * The signed-in person has looked at the part of the subject that notices of these kinds tell of (a page's
     * text, not its talk): those are read, and mail about them may come again; the others stay unread.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void markSeen(Subject subject, Collection<String> kinds) {
        people.currentPerson().ifPresent(person -> notices.markRead(person.id(), subject.type(), subject.id(),
                kinds, clock.instant()));
    }

    /**
     * The signed-in person has seen the subject's changes up to one of them: the notices of those kinds whose
     * detail (the change, numbered in order) is that one or older are read; newer ones stay unread. Nothing for
     * visitors.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void markSeenUpTo(Subject subject, Collection<String> kinds, long detailUpTo) {
        people.currentPerson().ifPresent(person -> notices.markReadUpTo(person.id(), subject.type(), subject.id(),
                kinds, detailUpTo, clock.instant()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notices.markAllRead(me(), clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MailSettings settings() {
        return settings.findById(me())
                .map(row -> new MailSettings(row.getMailMode(), PortalLocales.fromTag(row.getLanguage())))
                .orElse(new MailSettings(MailMode.EACH_CHANGE, PortalLocales.DANISH));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeSettings(MailSettings chosen) {
        if (chosen == null || chosen.mailMode() == null || chosen.language() == null
                || !PortalLocales.SUPPORTED.contains(chosen.language())) {
            throw new InvalidInputException(Map.of("settings", "notification.settings.invalid"));
        }
        long person = me();
        String language = chosen.language().getLanguage();
        settings.findById(person).ifPresentOrElse(row -> row.change(chosen.mailMode(), language),
                () -> settings.save(new MailPreference(person, chosen.mailMode(), language)));
    }

    private static InvalidInputException gone() {
        return new InvalidInputException(Map.of("subject", "notification.follow.gone"));
    }

    private long me() {
        return people.currentContributorId();
    }
}
