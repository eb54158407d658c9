package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.internal.Evaluations;
import dk.coi.portal.ideastorm.internal.Idea;
import dk.coi.portal.ideastorm.internal.IdeaRateLimit;
import dk.coi.portal.ideastorm.internal.IdeaRepository;
import dk.coi.portal.ideastorm.internal.IdeaRules;
import dk.coi.portal.ideastorm.internal.IdeaScreens;
import dk.coi.portal.ideastorm.internal.Storm;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.StormStages;
import dk.coi.portal.ideastorm.internal.StormVoting;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.shared.revision.EditSummary;
import dk.coi.portal.shared.revision.PortalRevision;
import dk.coi.portal.shared.revision.Revisions;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas in storms. People in a storm's audience submit ideas while its current phase takes ideas, and edit their
 * own while it still does; every submission and edit is a named revision (shared.revision). Hidden ideas (by
 * moderation) are shown to staff and their author only. Each screen's read model says what the visitor may do by
 * the same rules the writing methods enforce.
 */
@Service
public class IdeaService {

    private final IdeaRepository ideas;
    private final StormRepository storms;
    private final IdeaScreens screens;
    private final IdeaRateLimit rateLimit;
    private final PersonService people;
    private final ModerationService moderation;
    private final Revisions revisions;
    private final EntityManager entityManager;
    private final MarkdownService markdown;
    private final Clock clock;
    private final StormVoting voting;
    private final Evaluations evaluations;
    private final ApplicationEventPublisher events;

    IdeaService(ApplicationEventPublisher events, StormVoting voting, Evaluations evaluations, IdeaRepository ideas,
                StormRepository storms, IdeaScreens screens,
                IdeaRateLimit rateLimit,
                PersonService people, ModerationService moderation, Revisions revisions, EntityManager entityManager,
                MarkdownService markdown, Clock clock) {
        this.ideas = ideas;
        this.storms = storms;
        this.screens = screens;
        this.rateLimit = rateLimit;
        this.people = people;
        this.moderation = moderation;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.markdown = markdown;
        this.clock = clock;
        this.voting = voting;
        this.evaluations = evaluations;
        this.events = events;
    }

    /**
     * A storm's ideas section: its themes, the page of ideas the query asks for (hidden ones for staff only; by votes
     * only while counts are shown, else at random), with the visitor's voting, in an
     * order stable for the visitor, whether the visitor may submit now and whether they manage themes. While the
     * storm collects observations (KLK's discovery and thematising) the ideas are observations, theme by theme.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public IdeaBoard board(StormId id, IdeaQuery query) {
        Storm storm = storm(id);
        Optional<CurrentPerson> person = people.currentPerson();
        boolean staff = person.filter(p -> p.has(Role.COI_STAFF)).isPresent();
        String seed = person.map(p -> IdeaScreens.personalSeed(p.id(), id))
                .orElseGet(() -> IdeaScreens.dailySeed(clock.instant(), id));
        VoteState votes = voting.state(storm, person, clock.instant());
        IdeaQuery shownQuery = votes.countsShown() || query.order() != IdeaOrder.MOST_VOTES ? query
                : new IdeaQuery(IdeaOrder.RANDOM, query.theme(), query.status(), query.page());
        Phase phase = StormStages.details(storm, clock.instant()).currentPhase();
        boolean observations = phase != null && phase.kind().collectsObservations();
        List<Theme> themes = screens.themes(id);
        return new IdeaBoard(id, themes, screens.page(storm, shownQuery, seed, staff, votes.countsShown(),
                person.map(CurrentPerson::id).orElse(null), observations && !themes.isEmpty()),
                submission(storm, person), staff, votes, storm.isPreModerated(), observations);
    }

    /**
     * Submits an idea to the storm as the signed-in person; refused outside the audience or a phase for ideas. In a
     * pre-moderated storm the idea waits for staff's approval in the moderation queue, seen only by them and its author.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IdeaId submit(StormId id, IdeaDraft draft) {
        Storm storm = storm(id);
        refuseUnlessOpen(submission(storm, people.currentPerson()));
        IdeaRules.CheckedIdea checked = IdeaRules.check(draft, screens.themeProblem(id, draft.theme()));
        long author = people.currentContributorId();
        if (!rateLimit.tryAcquire(author)) {
            throw new InvalidInputException(Map.of("idea", "ideastorm.idea.too-many"));
        }
        Idea idea = new Idea(id.value(), draft.theme() == null ? null : draft.theme().value(),
                checked.title(), checked.description(), author, clock.instant());
        if (storm.isPreModerated()) {
            idea.holdForApproval(clock.instant());
        }
        ideas.save(idea);
        if (storm.isPreModerated()) {
            moderation.holdForApproval(idea.ideaId().subject());
        } else {
            events.publishEvent(new IdeaPublished(id, idea.ideaId()));
        }
        describe("ideastorm.idea.revision.submitted");
        return idea.ideaId();
    }

    /**
     * Staff put an idea under one of its storm's themes, in any phase (grouping ideas into themes is their part of
     * the KLK method), as a named revision; {@code version} is the one they saw, and a change made since is refused.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void theme(IdeaId id, ThemeId theme, long version) {
        Idea idea = ideas.findForChange(id.value()).orElseThrow(IdeaService::unknown);
        if (idea.getVersion() != version) {
            throw new InvalidInputException(Map.of("idea", "ideastorm.idea.changed-meanwhile"));
        }
        String problem = theme == null ? "ideastorm.idea.theme.required"
                : screens.themeProblem(StormId.of(idea.getStormId()), theme);
        if (problem != null) {
            throw new InvalidInputException(Map.of("theme", problem));
        }
        if (idea.change(idea.getTitle(), idea.getDescription(), theme.value())) {
            describe("ideastorm.idea.revision.themed");
        }
    }

    /**
     * The author changes their idea's title, description and theme while the storm still takes ideas;
     * {@code version} is the one they edited, and a change made since is refused with a message saying so.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void edit(IdeaId id, IdeaDraft draft, long version) {
        Idea idea = ideas.findForChange(id.value()).orElseThrow(IdeaService::unknown);
        Storm storm = storms.findWithPhasesById(idea.getStormId()).orElseThrow(IdeaService::unknown);
        if (idea.getAuthorId() != people.currentContributorId()) {
            throw new InvalidInputException(Map.of("idea", "ideastorm.idea.not-yours"));
        }
        refuseUnlessOpen(submission(storm, people.currentPerson()));
        if (!editable(idea)) {
            throw new InvalidInputException(Map.of("idea", "ideastorm.idea.not-editable"));
        }
        if (idea.getVersion() != version) {
            throw new InvalidInputException(Map.of("idea", "ideastorm.idea.changed-meanwhile"));
        }
        IdeaRules.CheckedIdea checked = IdeaRules.check(draft,
                screens.themeProblem(storm.stormId(), draft.theme()));
        if (idea.change(checked.title(), checked.description(), draft.theme() == null ? null : draft.theme().value())) {
            describe("ideastorm.idea.revision.edited");
        }
    }

    /**
     * Whether its author may still change the idea: not once staff or reporters have hidden it (a held idea may be
     * mended before staff read it) nor once it was merged into another.
     */
    private static boolean editable(Idea idea) {
        return (!idea.isHidden() || idea.isAwaitingApproval()) && !idea.isMerged();
    }

    /**
     * An idea as its page shows it, with what the visitor may do; empty when there is none in that storm, or it is
     * hidden and the visitor is neither staff nor its author.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<IdeaScreen> idea(StormId stormId, IdeaId id) {
        return reading(stormId, id).filter(IdeaScreen.class::isInstance).map(IdeaScreen.class::cast);
    }

    /**
     * What the idea's address shows the visitor: the idea as {@link #idea} gives it, or, when it is hidden or waits
     * for approval and the visitor is neither staff nor its author, that it is withheld and why; empty when there is
     * no such idea in that storm.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<IdeaReading> reading(StormId stormId, IdeaId id) {
        Optional<Idea> found = ideas.findById(id.value()).filter(idea -> idea.getStormId() == stormId.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Idea idea = found.get();
        Storm storm = storm(stormId);
        Optional<CurrentPerson> person = people.currentPerson();
        boolean staff = person.filter(p -> p.has(Role.COI_STAFF)).isPresent();
        Subject subject = id.subject();
        boolean mine = person.isPresent()
                && !moderation.writtenByMe(Map.of(subject, PersonId.of(idea.getAuthorId()))).isEmpty();
        if (idea.isHidden() && !staff && !mine) {
            return Optional.of(new WithheldIdea(storm.stormId(), storm.getTitle(),
                    StormRoutes.storm(storm.stormId(), storm.getTitle()), idea.ideaId(), idea.isAwaitingApproval()));
        }
        boolean reported = person.isPresent() && !moderation.reportedByMe(List.of(subject)).isEmpty();
        boolean mayEdit = mine && editable(idea) && submission(storm, person).isOpen();
        boolean mayReport = person.isPresent() && !mine && !idea.isHidden() && !reported;
        return Optional.of(screens.screen(storm, idea, mayEdit, staff, mayReport, reported,
                voting.state(storm, person, clock.instant()), person.map(CurrentPerson::id).orElse(null),
                evaluations.of(storm, idea, staff ? person.get().id() : null)));
    }

    /**
     * Up to five visible ideas of the storm whose words resemble {@code typed} (Danish analysis), best first, so a
     * person about to submit may support one instead; {@code except} leaves out the idea being edited.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<SimilarIdea> similar(StormId storm, String typed, IdeaId except) {
        return screens.similar(storm(storm), typed, except);
    }

    /**
     * An idea's revisions, newest first, and the difference between revisions {@code from} and {@code to} when both
     * are given (or {@code to} and the one before it when only {@code to} is); the idea as {@link #idea} shows it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<IdeaHistory> history(StormId storm, IdeaId id, Long from, Long to) {
        return idea(storm, id).map(screen -> history(screen, from, to));
    }

    /** Every visible idea's address, for the sitemap (read without the ideas' texts). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> visiblePaths() {
        return ideas.findVisiblePlaces().stream().map(IdeaRepository.IdeaPlace::path).toList();
    }

    /** An idea's description as it will be shown, for the editor's preview; refused when it could not be saved. */
    @PreAuthorize("isAuthenticated()")
    public SafeHtml preview(String description) {
        String text = description == null ? "" : description;
        if (text.length() > IdeaRules.MAX_DESCRIPTION) {
            throw new InvalidInputException(Map.of("description", "ideastorm.idea.description.too-long"));
        }
        return markdown.render(text);
    }

    private IdeaHistory history(IdeaScreen screen, Long from, Long to) {
        List<Long> numbers = revisions.revisionsOf(Idea.class, screen.id().value());
        Map<Long, PortalRevision> found = revisions.find(numbers);
        Map<PersonId, Author> authors = people.authors(found.values().stream().map(PortalRevision::getPersonId)
                .filter(Objects::nonNull).map(PersonId::of).toList());
        List<Long> oldestFirst = numbers.stream().sorted().toList();
        List<IdeaRevision> lines = numbers.stream().map(found::get).map(revision -> new IdeaRevision(revision.getId(),
                        oldestFirst.indexOf(revision.getId()) + 1, revision.getTime(), revision.getPersonId() == null ? null : Optional.ofNullable(
                                authors.get(PersonId.of(revision.getPersonId()))).map(Author::displayName).orElse(null),
                        revision.getSummary()))
                .sorted(Comparator.comparingLong(IdeaRevision::revision).reversed()).toList();
        Long older = from;
        if (to != null && older == null) {
            older = numbers.stream().filter(number -> number < to).reduce((a, b) -> b).orElse(null);
        }
        if (to == null || older == null || !numbers.contains(to) || !numbers.contains(older)) {
            return new IdeaHistory(screen, lines, null);
        }
        long first = Math.min(older, to);
        long second = Math.max(older, to);
        Idea before = revisions.stateAt(Idea.class, screen.id().value(), first);
        Idea after = revisions.stateAt(Idea.class, screen.id().value(), second);
        IdeaRevision fromLine = lines.stream().filter(line -> line.revision() == first).findFirst().orElseThrow();
        IdeaRevision toLine = lines.stream().filter(line -> line.revision() == second).findFirst().orElseThrow();
        return new IdeaHistory(screen, lines, new IdeaHistory.Comparison(fromLine, toLine,
                TextDiff.between(before.getTitle(), after.getTitle()),
                TextDiff.between(before.getDescription(), after.getDescription()),
                before.getAnswer() == null && after.getAnswer() == null ? null : TextDiff.between(
                        Objects.requireNonNullElse(before.getAnswer(), ""),
                        Objects.requireNonNullElse(after.getAnswer(), ""))));
    }

    /** The phase first, as for votes and comments: outside it nobody is asked to sign in to give an idea. */
    private Submission submission(Storm storm, Optional<CurrentPerson> person) {
        Instant now = clock.instant();
        Phase phase = StormStages.details(storm, now).currentPhase();
        if (phase == null || !phase.switches().ideas() || !now.isBefore(phase.end())) {
            return Submission.PHASE_CLOSED;
        }
        if (person.isEmpty()) {
            return Submission.SIGN_IN;
        }
        return storm.getAudience().admits(person.get()) ? Submission.OPEN : Submission.NOT_IN_AUDIENCE;
    }

    private static void refuseUnlessOpen(Submission submission) {
        if (!submission.isOpen()) {
            throw new InvalidInputException(Map.of("idea", submission.reasonKey()));
        }
    }

    /** Names the revision the idea's change goes into (author and time are filled in by shared.revision). */
    private void describe(String summaryKey) {
        entityManager.flush();
        revisions.describeCurrent(EditSummary.of(Phrase.of(summaryKey)), null, null);
    }

    /** The storm, unknown to all but staff while it is a draft (nobody else may see it, let alone take part). */
    private Storm storm(StormId id) {
        return storms.findWithPhasesById(id.value())
                .filter(storm -> !storm.isDraft() || people.currentPerson().filter(person -> person.has(Role.COI_STAFF))
                        .isPresent())
                .orElseThrow(() -> new InvalidInputException(Map.of("storm", "ideastorm.storm.unknown")));
    }

    private static InvalidInputException unknown() {
        return new InvalidInputException(Map.of("idea", "ideastorm.idea.unknown"));
    }
}
