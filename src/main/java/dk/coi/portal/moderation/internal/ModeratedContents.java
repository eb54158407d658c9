package dk.coi.portal.moderation.internal;

import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.ModeratedContent;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Subject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every module's {@link ModeratedContent}, by subject type: the one way moderation reaches content. */
@Component
public class ModeratedContents {

    private final Map<String, ModeratedContent> byType;

    ModeratedContents(List<ModeratedContent> contents) {
        this.byType = contents.stream().collect(Collectors.toUnmodifiableMap(ModeratedContent::type,
                Function.identity(), (one, other) -> {
                    throw new IllegalStateException("Two ModeratedContent beans for " + one.type());
                }));
    }

    /** The modules' own staff decisions shown among moderation's latest ({@link ModeratedContent#staffDecisions}). */
    public Set<LogKind> staffDecisions() {
        return byType.values().stream().flatMap(content -> content.staffDecisions().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The content's module, or refused when no module moderates that type. */
    public ModeratedContent of(Subject subject) {
        ModeratedContent content = byType.get(subject.type());
        if (content == null) {
            throw unknown();
        }
        return content;
    }

    /** The item, or refused when it does not exist (any more). */
    public ModeratedItem existing(Subject subject) {
        return describe(subject).orElseThrow(ModeratedContents::unknown);
    }

    public Optional<ModeratedItem> describe(Subject subject) {
        return Optional.ofNullable(of(subject).describe(List.of(subject.id())).get(subject.id()));
    }

    /** Many subjects of any types, one call per type; subjects that are gone (or of no known type) are left out. */
    public Map<Subject, ModeratedItem> describe(Collection<Subject> subjects) {
        return perType(subjects, ModeratedContent::describe);
    }

    /** Where many subjects are seen, as {@link #describe(Collection)} but only their paths (for the public log). */
    public Map<Subject, String> paths(Collection<Subject> subjects) {
        return perType(subjects, ModeratedContent::paths);
    }

    private <T> Map<Subject, T> perType(Collection<Subject> subjects,
                                        BiFunction<ModeratedContent, List<Long>, Map<Long, T>> read) {
        Map<Subject, T> found = new HashMap<>();
        subjects.stream().collect(Collectors.groupingBy(Subject::type)).forEach((type, ofType) -> {
            ModeratedContent content = byType.get(type);
            if (content != null) {
                Map<Long, T> byId = read.apply(content, ofType.stream().map(Subject::id).toList());
                ofType.forEach(subject -> Optional.ofNullable(byId.get(subject.id()))
                        .ifPresent(value -> found.put(subject, value)));
            }
        });
        return found;
    }

    public static InvalidInputException unknown() {
        return new InvalidInputException(Map.of("subject", "moderation.item.unknown"));
    }
}
