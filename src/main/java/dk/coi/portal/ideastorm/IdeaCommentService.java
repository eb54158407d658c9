package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.internal.Idea;
import dk.coi.portal.ideastorm.internal.IdeaComment;
import dk.coi.portal.ideastorm.internal.IdeaCommentRateLimit;
import dk.coi.portal.ideastorm.internal.IdeaCommentRepository;
import dk.coi.portal.ideastorm.internal.IdeaRepository;
import dk.coi.portal.ideastorm.internal.Storm;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.StormStages;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.Sections;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named comments and replies on ideas, in the portal's Markdown and sanitiser. A comment on the idea says where it
 * stands (for, against, neutral); a reply answers a comment and takes no stance, so the counts above a thread tell
 * how people stand on the idea rather than how long they argued. People in the storm's audience write while the
 * current phase allows comments, never on a hidden idea or under a hidden comment, within a rate limit. Comments are
 * moderated content ({@link IdeaComments#SUBJECT_TYPE}); the idea's author hears of comments, a comment's author of
 * replies ({@link IdeaCommented}).
 */
@Service
public class IdeaCommentService {

    public static final int MAX_COMMENT_LENGTH = 5_000;

    private final IdeaCommentRepository comments;
    private final IdeaRepository ideas;
    private final StormRepository storms;
    private final IdeaCommentRateLimit rateLimit;
    private final PersonService people;
    private final ModerationService moderation;
    private final MarkdownService markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdeaCommentService(IdeaCommentRepository comments, IdeaRepository ideas, StormRepository storms,
                       IdeaCommentRateLimit rateLimit, PersonService people, ModerationService moderation,
                       MarkdownService markdown, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.ideas = ideas;
        this.storms = storms;
        this.rateLimit = rateLimit;
        this.people = people;
        this.moderation = moderation;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An idea's comments as its page shows them, with the stances counted and whether the visitor may comment; empty
     * where the idea's page would be (no such idea in the storm, or hidden from the visitor). A hidden comment is
     * read by staff and its author only; others see that it is hidden, and why.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<IdeaDiscussion> discussion(StormId stormId, IdeaId id) {
        Optional<Idea> found = ideas.findById(id.value()).filter(idea -> idea.getStormId() == stormId.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Idea idea = found.get();
        Optional<CurrentPerson> person = people.currentPerson();
        boolean staff = person.filter(p -> p.has(Role.COI_STAFF)).isPresent();
        if (idea.isHidden() && !staff && (person.isEmpty()
                || moderation.writtenByMe(Map.of(id.subject(), PersonId.of(idea.getAuthorId()))).isEmpty())) {
            return Optional.empty();
        }
        List<IdeaComment> rows = comments.findByIdeaIdOrderByIdAsc(id.value());
        Map<Subject, PersonId> authors = rows.stream().collect(Collectors.toMap(row -> IdeaComments.subject(
                row.getId()), row -> PersonId.of(row.getAuthorId())));
        Set<Subject> mine = person.isEmpty() ? Set.of() : moderation.writtenByMe(authors);
        Set<Subject> reported = person.isEmpty() ? Set.of() : moderation.reportedByMe(List.copyOf(authors.keySet()));
        Map<PersonId, Author> names = people.authors(Set.copyOf(authors.values()));
        Map<Long, SafeHtml> html = new HashMap<>();
        rows.stream().filter(row -> !row.isHidden() || staff || mine.contains(IdeaComments.subject(row.getId())))
                .forEach(row -> html.put(row.getId(), Sections.withoutHeadingIds(markdown.render(row.getBody()))));
        List<CommentView> thread = CommentView.inThreadOrder(rows, IdeaComment::getId, IdeaComment::getParentId,
                (row, depth) -> {
                    Subject subject = IdeaComments.subject(row.getId());
                    Author author = names.get(PersonId.of(row.getAuthorId()));
                    return new CommentView(row.getId(), row.getParentId(), depth, row.getAuthorId(),
                            author == null ? null : author.displayName(), row.getCreatedAt(), html.get(row.getId()),
                            row.isHidden(), row.getHiddenReason(), reported.contains(subject), mine.contains(subject),
                            row.getStance() == null ? null : row.getStance().labelKey());
                });
        Map<IdeaStance, Long> stances = rows.stream().filter(row -> !row.isHidden() && row.getStance() != null)
                .collect(Collectors.groupingBy(IdeaComment::getStance, Collectors.counting()));
        return Optional.of(new IdeaDiscussion(id, thread, new StanceCounts(stances.getOrDefault(IdeaStance.FOR, 0L),
                stances.getOrDefault(IdeaStance.AGAINST, 0L), stances.getOrDefault(IdeaStance.NEUTRAL, 0L)),
                commenting(storm(idea), idea, person), person.isPresent(), staff));
    }

    /**
     * The signed-in person's comment on an idea, saying where they stand; refused without a stance, for an empty, too
     * long or refused text, where they may not comment now ({@link Commenting}) and past their rate limit. Returns
     * the new comment's id.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long comment(IdeaId id, IdeaStance stance, String text) {
        Idea idea = ideas.findById(id.value()).orElseThrow(IdeaCommentService::unknownIdea);
        String body = checked(text, stance == null ? Map.of("stance", "ideastorm.comment.stance.required") : Map.of());
        return save(idea, null, stance, body);
    }

    /**
     * The signed-in person's reply to a comment, refused like a comment and also under a hidden comment. Returns the
     * new reply's id.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long reply(long parentId, String text) {
        IdeaComment parent = comments.findById(parentId).orElseThrow(
                () -> new InvalidInputException(Map.of("parent", "ideastorm.comment.unknown")));
        if (parent.isHidden()) {
            throw new InvalidInputException(Map.of("parent", "ideastorm.comment.parent-hidden"));
        }
        Idea idea = ideas.findById(parent.getIdeaId()).orElseThrow(IdeaCommentService::unknownIdea);
        return save(idea, parentId, null, checked(text, Map.of()));
    }

    private long save(Idea idea, Long parentId, IdeaStance stance, String body) {
        Commenting commenting = commenting(storm(idea), idea, people.currentPerson());
        if (!commenting.isOpen()) {
            throw new InvalidInputException(Map.of("comment", commenting.reasonKey()));
        }
        long author = people.currentContributorId();
        if (!rateLimit.tryAcquire(author)) {
            throw new InvalidInputException(Map.of("comment", "ideastorm.comment.too-many"));
        }
        Instant now = clock.instant();
        IdeaComment saved = comments.save(new IdeaComment(idea, parentId, author, stance, body, now));
        events.publishEvent(new IdeaCommented(idea.ideaId(), saved.getId(), parentId, PersonId.of(author), now));
        return saved.getId();
    }

    /** The text cleaned, or refused with {@code otherProblems} (every problem said at once). */
    private static String checked(String text, Map<String, String> otherProblems) {
        Map<String, String> problems = new HashMap<>(otherProblems);
        String body = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (body.isEmpty()) {
            problems.put("body", "ideastorm.comment.empty");
        } else if (body.length() > MAX_COMMENT_LENGTH) {
            problems.put("body", "ideastorm.comment.too-long");
        } else {
            TextRules.textProblem(body).ifPresent(key -> problems.put("body", key));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    /**
     * The one rule for writing under an idea, which the page shows and the writing methods enforce: the phase first
     * (outside a phase for comments nobody is asked to sign in), then a merge (a merged idea's discussion goes on under
     * the idea it was merged into, for everyone), then the person and the storm's audience, then a hidden idea.
     */
    private Commenting commenting(Storm storm, Idea idea, Optional<CurrentPerson> person) {
        Instant now = clock.instant();
        Phase phase = StormStages.details(storm, now).currentPhase();
        if (phase == null || !phase.switches().comments() || !now.isBefore(phase.end())) {
            return Commenting.PHASE_CLOSED;
        }
        if (idea.isMerged()) {
            return Commenting.IDEA_MERGED;
        }
        if (person.isEmpty()) {
            return Commenting.SIGN_IN;
        }
        if (!storm.getAudience().admits(person.get())) {
            return Commenting.NOT_IN_AUDIENCE;
        }
        return idea.isHidden() ? Commenting.IDEA_HIDDEN : Commenting.OPEN;
    }

    private Storm storm(Idea idea) {
        return storms.findWithPhasesById(idea.getStormId()).orElseThrow(IdeaCommentService::unknownIdea);
    }

    private static InvalidInputException unknownIdea() {
        return new InvalidInputException(Map.of("idea", "ideastorm.idea.unknown"));
    }
}
