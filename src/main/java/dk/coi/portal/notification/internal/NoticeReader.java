package dk.coi.portal.notification.internal;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.shared.Subject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Notices as their reader sees them: subjects named by their modules, actors credited, all in a few queries. */
@Component
public class NoticeReader {

    private final FollowableContents contents;
    private final PersonService people;

    NoticeReader(FollowableContents contents, PersonService people) {
        this.contents = contents;
        this.people = people;
    }

    /**
     * The notices whose subjects may be read now, and those telling of their subject's removal, in the order
     * given.
     */
    public List<Notice> readable(List<StoredNotice> stored) {
        FollowableContents.NoticeNames titles = contents.forNotices(stored.stream().map(StoredNotice::noticed)
                .toList());
        Map<PersonId, Author> actors = people.authors(stored.stream().map(StoredNotice::getActorId)
                .filter(Objects::nonNull).distinct().map(PersonId::of).toList());
        return stored.stream().flatMap(notice -> titles.of(notice.noticed()).map(title -> {
            Subject subject = notice.subject();
            FollowableContent content = contents.required(subject);
            Author actor = notice.getActorId() == null ? null : actors.get(PersonId.of(notice.getActorId()));
            NoticeWording wording = content.wording(notice.getKind());
            return new Notice(notice.getId(), subject, title.title(), title.shown(), title.path(), notice.getKind(),
                    notice.getDetailId(), wording.listKey(),
                    content.noticePath(subject.id(), title, notice.getKind(), notice.getDetailId()),
                    wording.minorChange(), notice.getActorId(), actor == null ? null : actor.credit(),
                    notice.getCreatedAt(), notice.summary(), notice.getReadAt() != null);
        }).stream()).toList();
    }

    /** Unread notices that may be shown ({@link #readable}), per subject. */
    public Map<Subject, Integer> unreadBySubject(List<UnreadCount> counts) {
        FollowableContents.NoticeNames titles = contents.forNotices(counts.stream().map(UnreadCount::noticed)
                .toList());
        return counts.stream().filter(count -> titles.of(count.noticed()).isPresent())
                .collect(Collectors.toMap(UnreadCount::subject, count -> (int) count.unread(), Integer::sum));
    }

    public Optional<SubjectName> nameOf(Subject subject) {
        return contents.readable(List.of(subject)).of(subject);
    }
}
