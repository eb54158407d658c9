package dk.coi.portal.notification;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.notification.internal.FollowRepository;
import dk.coi.portal.notification.internal.FollowableContents;
import dk.coi.portal.notification.internal.MailPreference;
import dk.coi.portal.notification.internal.MailPreferenceRepository;
import dk.coi.portal.notification.internal.NoticeRepository;
import dk.coi.portal.notification.internal.StoredNotice;
import dk.coi.portal.shared.PhraseConverter;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.revision.EditSummary;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a module tells the followers of its subjects what happened, inside the transaction of the change itself,
 * so a change and its notices are stored together or not at all; and how the portal tells named people of what
 * concerns them (the author of content that was hidden). Mail follows each person's settings and goes out after
 * the change has committed.
 */
@Service
public class Notifications {

    /** Published when a change left notices (some may wait for mail); delivery starts after commit. */
    public record NoticeMailQueued() {
    }

    private static final PhraseConverter PHRASES = new PhraseConverter();

    private final NoticeRepository notices;
    private final FollowRepository follows;
    private final MailPreferenceRepository settings;
    private final ApplicationEventPublisher events;
    /** Asked when a notice is left: the modules' contents need this service themselves, so not at start-up. */
    private final ObjectProvider<FollowableContents> contents;

    Notifications(NoticeRepository notices, FollowRepository follows, MailPreferenceRepository settings,
                  ApplicationEventPublisher events, ObjectProvider<FollowableContents> contents) {
        this.notices = notices;
        this.follows = follows;
        this.settings = settings;
        this.events = events;
        this.contents = contents;
    }

    /** Makes a person follow a subject for good, as the system (demo content, a module's own rules). */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    @Transactional
    public void followFor(long personId, Subject subject, Instant since) {
        follows.follow(personId, subject.type(), subject.id(), since, null);
    }

    /**
     * Leaves the notice for everyone following its subject but the actor (everyone when the portal itself acted);
     * returns how many were left.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyFollowers(NewNotice notice) {
        return queued(leaveForFollowers(notice));
    }

    /**
     * Leaves the notice for everyone following its subject and for each of the people the change concerns though
     * they may not follow it (an idea's author and voters hear of its answer), once each and never for the actor;
     * returns how many were left. The module names the people by its own rules, inside the change's transaction.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public int notifyFollowersAnd(Collection<PersonId> concerned, NewNotice notice) {
        int followers = leaveForFollowers(notice);
        Set<Long> following = Set.copyOf(follows.findFollowerIds(notice.subject().type(), notice.subject().id(),
                notice.at()));
        return queued(followers + leaveFor(concerned.stream()
                .filter(person -> !following.contains(person.value())).toList(), notice));
    }

    private int leaveForFollowers(NewNotice notice) {
        return notices.notifyFollowers(notice.subject().type(), notice.subject().id(), notice.kind(),
                mailedTogether(notice), notice.detailId(), notice.actor() == null ? null : notice.actor().value(),
                notice.summary().text(), PHRASES.convertToDatabaseColumn(notice.summary().phrase()), notice.at());
    }

    private Set<String> mailedTogether(NewNotice notice) {
        return contents.getObject().of(notice.subject()).map(content -> content.mailedTogether(notice.kind()))
                .orElse(Set.of(notice.kind()));
    }

    /**
     * Leaves the notice for each of the named people but its actor, whether or not they follow its subject: what
     * happened concerns them (their content was hidden, what they reported was decided). Only the portal itself
     * does so, from a module's listener acting as the system, so nobody can send notices to people of their
     * choosing; the subject's module gives the words ({@link NoticeWording#personal}). Returns how many were left.
     */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    @Transactional
    public int notifyPeople(Collection<PersonId> people, NewNotice notice) {
        return queued(leaveFor(people, notice));
    }

    /**
     * One notice for each of the people but the actor, mailed as each chose, but not to those an unread notice of the
     * subject already told by mail (one mail until seen, as for followers); returns how many were left.
     */
    private int leaveFor(Collection<PersonId> people, NewNotice notice) {
        Set<Long> recipients = people.stream().filter(person -> !person.equals(notice.actor()))
                .map(PersonId::value).collect(Collectors.toSet());
        if (recipients.isEmpty()) {
            return 0;
        }
        Map<Long, MailMode> modes = settings.findAllById(recipients).stream()
                .collect(Collectors.toMap(MailPreference::getPersonId, MailPreference::getMailMode));
        Set<Long> alreadyTold = Set.copyOf(notices.findAlreadyTold(recipients, notice.subject().type(),
                notice.subject().id(), mailedTogether(notice)));
        notices.saveAll(recipients.stream().map(person -> {
            MailMode chosen = modes.getOrDefault(person, MailMode.EACH_CHANGE);
            return new StoredNotice(person, notice,
                    chosen == MailMode.EACH_CHANGE && alreadyTold.contains(person) ? MailMode.NONE : chosen);
        }).toList());
        return recipients.size();
    }

    private int queued(int left) {
        if (left > 0) {
            events.publishEvent(new NoticeMailQueued());
        }
        return left;
    }

    /**
     * What notices of that kind point at is no longer to be shown (a hidden comment): their quote goes, and mail
     * not yet sent about it is not sent.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(String subjectType, String kind, long detailId) {
        notices.forgetDetail(subjectType, kind, detailId,
                List.of(StoredNotice.MailState.PENDING, StoredNotice.MailState.DIGEST), StoredNotice.MailState.NONE);
    }

    /**
     * What notices of that kind point at may be shown again (a comment shown again): they quote it again, as
     * {@code summary}. Mail that {@link #forget} called off stays off: the change is old news by now.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void recall(String subjectType, String kind, long detailId, EditSummary summary) {
        notices.quoteDetail(subjectType, kind, detailId, summary.text(), summary.phrase());
    }

    /**
     * The subject is gone for good (a draft storm deleted): nobody follows it any longer and its notices go, in the
     * transaction that removes it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void forgetSubject(Subject subject) {
        follows.deleteBySubject(subject.type(), subject.id());
        notices.deleteBySubject(subject.type(), subject.id());
    }
}
