package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.IdeaMergeDecided;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NewNotice;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.revision.EditSummary;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the authors of both ideas that staff merged one into the other, or undid it, with the reason, after it has
 * committed: a notice about the merged idea (subject type {@value #SUBJECT_TYPE}, its id; not followable), named by
 * its title and leading to its page, which says where it went. Staff are not told of their own decision.
 */
@Component
class MergeNotices implements FollowableContent {

    static final String SUBJECT_TYPE = "ideastorm.merge";

    /** What an author is told: their idea, or one like it, was merged, or the merge undone. */
    enum Kind { MERGED, UNMERGED }

    private final IdeaRepository ideas;
    private final Notifications notifications;
    private final SystemIdentity system;

    MergeNotices(IdeaRepository ideas, Notifications notifications, SystemIdentity system) {
        this.ideas = ideas;
        this.notifications = notifications;
        this.system = system;
    }

    @ApplicationModuleListener
    void tell(IdeaMergeDecided decided) {
        Set<PersonId> authors = ideas.findAllById(Set.of(decided.merged().value(), decided.kept().value())).stream()
                .map(idea -> PersonId.of(idea.getAuthorId())).collect(Collectors.toSet());
        Kind kind = decided.undone() ? Kind.UNMERGED : Kind.MERGED;
        system.run("idea-merge-notices", () -> notifications.notifyPeople(authors, new NewNotice(
                new Subject(SUBJECT_TYPE, decided.merged().value()), kind.name(), null,
                PersonId.of(decided.staffId()), EditSummary.of(decided.reason()), decided.at())));
    }

    @Override
    public String subjectType() {
        return SUBJECT_TYPE;
    }

    @Override
    public boolean followable() {
        return false;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        return ideas.findPlaces(ids).stream().collect(Collectors.toMap(IdeaRepository.IdeaPlace::getId,
                place -> SubjectName.titled(place.getTitle(), place.path())));
    }

    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        return name.path();
    }

    @Override
    public NoticeWording wording(String kind) {
        String key = "ideastorm.notice." + Kind.valueOf(kind).name().toLowerCase(Locale.ROOT);
        return NoticeWording.personal(key, key + ".subject", key + ".mail", "ideastorm.mail.see-idea");
    }
}
