package dk.coi.portal.notification.internal;

import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.FollowedList;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.shared.Subject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The modules' {@link FollowableContent}, by subject type; subjects of a type nobody serves are never readable. */
@Component
public class FollowableContents {

    /** Names of readable subjects, found in one query per subject type. */
    public record Names(Map<Subject, SubjectName> bySubject) {

        public Optional<SubjectName> of(Subject subject) {
            return Optional.ofNullable(bySubject.get(subject));
        }
    }

    /** A notice's subject and kind: what decides whether it is shown, and under which title. */
    public record Noticed(Subject subject, String kind) {
    }

    /** The names notices may be shown under; a notice without one is not shown or mailed. */
    public record NoticeNames(Map<Noticed, SubjectName> byNotice) {

        public Optional<SubjectName> of(Noticed noticed) {
            return Optional.ofNullable(byNotice.get(noticed));
        }
    }

    private final Map<String, FollowableContent> byType;

    FollowableContents(List<FollowableContent> contents) {
        this.byType = contents.stream().collect(Collectors.toMap(FollowableContent::subjectType, Function.identity()));
    }

    public Optional<FollowableContent> of(Subject subject) {
        return Optional.ofNullable(byType.get(subject.type()));
    }

    public FollowableContent required(Subject subject) {
        return of(subject).orElseThrow(() -> new IllegalArgumentException("Nobody serves " + subject.type()));
    }

    /** The modules' own lists of what a person follows, in the order of their paths. */
    public List<FollowedList> followedLists() {
        return byType.values().stream().flatMap(content -> content.followedList().stream()).distinct()
                .sorted(Comparator.comparing(FollowedList::path)).toList();
    }

    public Names readable(Collection<Subject> subjects) {
        return new Names(titles(subjects, FollowableContent::readableNames));
    }

    /**
     * The titles of the notices that may be shown: all notices of readable subjects, and of removed subjects the
     * notices that tell of the removal. Removed subjects cost a query only when such notices are among them.
     */
    public NoticeNames forNotices(Collection<Noticed> notices) {
        Names readable = readable(notices.stream().map(Noticed::subject).toList());
        Map<Noticed, SubjectName> titles = new HashMap<>();
        List<Noticed> ofRemoval = new ArrayList<>();
        notices.stream().distinct().forEach(noticed -> readable.of(noticed.subject()).ifPresentOrElse(
                title -> titles.put(noticed, title), () -> {
                    if (tellsOfRemoval(noticed)) {
                        ofRemoval.add(noticed);
                    }
                }));
        Map<Subject, SubjectName> removed = titles(ofRemoval.stream().map(Noticed::subject).toList(),
                FollowableContent::removedNames);
        ofRemoval.forEach(noticed -> Optional.ofNullable(removed.get(noticed.subject()))
                .ifPresent(title -> titles.put(noticed, title)));
        return new NoticeNames(titles);
    }

    private boolean tellsOfRemoval(Noticed noticed) {
        return of(noticed.subject()).map(content -> content.wording(noticed.kind()).toldOfRemoval()).orElse(false);
    }

    /** The subjects' names as each type's module gives them, in one call per type. */
    private Map<Subject, SubjectName> titles(Collection<Subject> subjects,
                                             BiFunction<FollowableContent, Collection<Long>, Map<Long, SubjectName>> lookUp) {
        Map<Subject, SubjectName> titles = new HashMap<>();
        subjects.stream().distinct().collect(Collectors.groupingBy(Subject::type)).forEach((type, ofType) -> {
            FollowableContent content = byType.get(type);
            if (content != null) {
                lookUp.apply(content, ofType.stream().map(Subject::id).toList())
                        .forEach((id, title) -> titles.put(new Subject(type, id), title));
            }
        });
        return titles;
    }
}
