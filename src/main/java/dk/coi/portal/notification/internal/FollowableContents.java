package dk.coi.portal.notification.internal;

import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.shared.Subject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The modules' {@link FollowableContent}, by subject type; subjects of a type nobody serves are never readable. */
@Component
public class FollowableContents {

    /** Titles of readable subjects, found in one query per subject type. */
    public record Titles(Map<Subject, String> bySubject) {

        public Optional<String> of(Subject subject) {
            return Optional.ofNullable(bySubject.get(subject));
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

    public Titles readable(Collection<Subject> subjects) {
        Map<Subject, String> titles = new HashMap<>();
        subjects.stream().distinct().collect(Collectors.groupingBy(Subject::type)).forEach((type, ofType) -> {
            FollowableContent content = byType.get(type);
            if (content != null) {
                content.readableTitles(ofType.stream().map(Subject::id).toList())
                        .forEach((id, title) -> titles.put(new Subject(type, id), title));
            }
        });
        return new Titles(titles);
    }
}
