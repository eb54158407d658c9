package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.Author;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.ideastorm.internal.IdeaRepository;
import dk.coi.portal.ideastorm.internal.PhaseSwitcher;
import dk.coi.portal.ideastorm.internal.Storm;
import dk.coi.portal.ideastorm.internal.StormCriterion;
import dk.coi.portal.ideastorm.internal.StormCriterionRepository;
import dk.coi.portal.ideastorm.internal.StormPhase;
import dk.coi.portal.ideastorm.internal.StormPhaseLogRepository;
import dk.coi.portal.ideastorm.internal.StormRemoval;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.StormRules;
import dk.coi.portal.ideastorm.internal.StormStages;
import dk.coi.portal.ideastorm.internal.StormTexts;
import dk.coi.portal.notification.Notifications;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.SafeHtml;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idea storms and their phases: staff make a storm from a template and may change its phases' times or move it to
 * another phase by hand, with a reason; the phase job moves storms on at their phases' times. Every change of phase
 * is logged and published as {@link StormPhaseChanged}. Each writing method is one transaction, so a refused
 * request stores nothing.
 */
@Service
public class StormService {

    private static final Logger LOG = LoggerFactory.getLogger(StormService.class);

    private final StormRepository storms;
    private final StormPhaseLogRepository log;
    private final PhaseSwitcher switcher;
    private final PersonService people;
    private final MarkdownService markdown;
    private final Clock clock;
    private final StormCriterionRepository criteria;
    private final IdeaRepository ideas;
    private final StormRemoval removal;

    private final Notifications notifications;

    StormService(StormRepository storms, StormPhaseLogRepository log, PhaseSwitcher switcher, PersonService people,
                 MarkdownService markdown, Clock clock, StormCriterionRepository criteria, IdeaRepository ideas,
                 StormRemoval removal, Notifications notifications) {
        this.notifications = notifications;
        this.criteria = criteria;
        this.ideas = ideas;
        this.removal = removal;
        this.storms = storms;
        this.log = log;
        this.switcher = switcher;
        this.people = people;
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * Staff make a storm from a template, with its evaluation rubric if they give one; it waits for its first phase,
     * which the phase job starts. It is a draft, which staff alone see, until they {@link #publish} it.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public StormId create(NewStorm storm) {
        return create(storm, StormSettings.DEFAULT);
    }

    /** As {@link #create(NewStorm)}, run by the settings given (refused with the texts' problems first). */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public StormId create(NewStorm storm, StormSettings settings) {
        StormRules.CheckedStorm checked = StormRules.check(storm);
        StormRules.checkBudget(settings.voteBudget());
        Storm planned = Storm.planned(checked.texts(), storm.audience(), storm.answerDeadline(), storm.template(),
                checked.times(), people.currentContributorId(), clock.instant());
        planned.apply(settings);
        Storm saved = storms.save(planned);
        criteria.saveAll(StormCriterion.inOrder(saved.getId(), checked.criteria()));
        return saved.stormId();
    }

    /** Staff make a draft storm public: from now on it is listed, found and open to its audience. Refused once public. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void publish(StormId id) {
        Storm storm = forChange(id);
        if (!storm.isDraft()) {
            throw new InvalidInputException(Map.of("storm", "ideastorm.storm.already-published"));
        }
        storm.publish(clock.instant());
        LOG.info("Storm {} was published by person {}", id.value(), people.currentContributorId());
    }

    /**
     * Staff delete a storm nobody has taken part in yet (no ideas, so no votes or comments either), with its phases
     * and its log: refused, with nothing deleted, once anyone has.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void delete(StormId id) {
        Storm storm = forChange(id);
        if (ideas.existsByStormId(storm.getId())) {
            throw new InvalidInputException(Map.of("storm", "ideastorm.storm.has-participation"));
        }
        removal.removeBelongings(storm.getId());
        // Staff may follow a draft; with the storm gone for good, so are its follows and notices.
        notifications.forgetSubject(StormFollowing.storm(id));
        storms.delete(storm);
        LOG.info("Storm {} was deleted by person {}", id.value(), people.currentContributorId());
    }

    /**
     * Staff change how the storm runs: pre-moderation from now on (ideas already published stay so) and the budget
     * of votes per person (votes given within an earlier budget stay given). {@code settingsVersion} is the
     * {@link StormManagement#settingsVersion} the change was made from: refused when someone changed how the storm
     * runs since, as are the other changes of its settings, phase times and switches.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void changeSettings(StormId id, StormSettings settings, long settingsVersion) {
        StormRules.checkBudget(settings.voteBudget());
        forRunsChange(id, settingsVersion).apply(settings);
    }

    /**
     * Staff give the storm's phases new times (one per phase, in order). The current phase stays as it is; the
     * phase job moves it on by the new times, at once if they have passed. Refused as {@link #changeSettings} is.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void changePhaseTimes(StormId id, List<PhaseTimes> times, long settingsVersion) {
        Storm storm = forRunsChange(id, settingsVersion);
        StormRules.checkTimes(times, storm.getPhases().size(), clock.instant());
        storm.reschedule(times);
    }

    /**
     * Staff choose what participants may do in each phase (one set of switches a phase, in order) — the template's
     * choices are only where a storm starts. The server allows just that from the next request on; what was given
     * before (ideas, comments, votes) stays. Refused as {@link #changeSettings} is.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void changePhaseSwitches(StormId id, List<PhaseSwitches> switches, long settingsVersion) {
        Storm storm = forRunsChange(id, settingsVersion);
        if (switches == null || switches.size() != storm.getPhases().size()
                || switches.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException(Map.of("phases", "ideastorm.phases.count"));
        }
        storm.allow(switches);
    }

    /**
     * Staff move the storm into another of its phases, with a required reason for the log. Refused for the phase it
     * is in and for a phase that has ended (the clock would move it straight on: change the times first). A phase
     * moved into before its planned start starts now ({@code Storm.startEarly}).
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void movePhase(StormId id, int position, String reason) {
        Reason given = Reason.required(reason);
        Storm storm = forChange(id);
        if (position < 0 || position >= storm.getPhases().size()) {
            throw new InvalidInputException(Map.of("phase", "ideastorm.move.no-such-phase"));
        }
        StormPhase to = storm.getPhases().get(position);
        if (storm.currentPhase().filter(to::equals).isPresent()) {
            throw new InvalidInputException(Map.of("phase", "ideastorm.move.already-there"));
        }
        Instant movesOn = storm.changeAfter(to);
        if (movesOn != null && !movesOn.isAfter(clock.instant())) {
            throw new InvalidInputException(Map.of("phase", "ideastorm.move.phase-ended"));
        }
        storm.startEarly(to, clock.instant());
        // The storm is locked and its version raised (forChange), so no runner can have changed it in between.
        switcher.switchTo(PhaseSwitcher.ReadState.of(storm), to, PersonId.of(people.currentContributorId()), given)
                .orElseThrow();
    }

    /** The storm list with the latest concluded storms, by the server clock. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public StormList storms() {
        return storms(1);
    }

    /**
     * The storm list: the open and coming storms, and a page of the concluded ones (from 1, latest first), so the
     * list stays small however many storms have run; and whether the person may start a storm.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public StormList storms(int concludedPage) {
        int page = Math.max(1, concludedPage);
        Slice<Long> concluded = storms.findInLastPhase(PageRequest.of(page - 1, StormList.CONCLUDED_PER_PAGE));
        boolean staff = mayManage();
        return StormStages.list(storms.findBeforeLastPhaseWithPhases(),
                storms.findWithPhasesByIdIn(concluded.getContent()),
                staff ? storms.findDraftsWithPhases() : List.of(), page, concluded.hasNext(), staff, clock.instant());
    }

    /** Every published storm's address, for the sitemap. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> addresses() {
        return storms.findAllAddresses().stream()
                .map(address -> StormRoutes.storm(StormId.of(address.id()), address.title())).toList();
    }

    /**
     * One storm with its phases, its current phase and what is left of it; empty when there is no such storm, and
     * for a draft to anyone but staff.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StormDetails> storm(StormId id) {
        Instant now = clock.instant();
        return storms.findWithPhasesById(id.value()).filter(storm -> !storm.isDraft() || mayManage())
                .map(storm -> StormStages.details(storm, now));
    }

    /** A storm as its page shows it, its description rendered by the portal's Markdown pipeline; empty when unknown. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StormScreen> screen(StormId id) {
        return storm(id).map(details -> new StormScreen(details,
                markdown.render(details.description() == null ? "" : details.description()), mayManage()));
    }

    /** Every change of the storm's phase, oldest first. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<PhaseChange> phaseLog(StormId id) {
        return StormStages.log(storms.findWithPhasesById(id.value()).orElseThrow(StormService::unknown),
                log.findByStormIdOrderByIdAsc(id.value()));
    }

    /**
     * The phase job's work: every storm whose phase has ended moves on, one change per phase it missed, each
     * storm in a transaction of its own. A storm another runner is changing at the same moment is left to it.
     * Returns how many changes were made.
     */
    @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")
    public int advanceDuePhases() {
        Instant now = clock.instant();
        int changes = 0;
        for (long id : storms.findDue(now)) {
            try {
                changes += switcher.advance(id, now);
            } catch (ConcurrencyFailureException anotherRunnerFirst) {
                // A database that refuses a changed row's update (rather than matching none) says the same.
                LOG.debug("Storm {} was being changed by another runner", id, anotherRunnerFirst);
            } catch (RuntimeException broken) {
                // One storm that cannot move must not hold up the others; it is tried again on the next run.
                LOG.error("Storm {} could not be moved to its next phase", id, broken);
            }
        }
        return changes;
    }

    /**
     * Staff give the storm new texts, made from its texts at {@code edit.textsVersion()}: refused (nothing
     * changed) when someone saved other texts since, or for a text the rules refuse.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void update(StormId id, StormEdit edit) {
        StormTexts texts = StormRules.checkEdit(edit);
        // Locked until this commits, so two edits from the same version cannot both pass the check.
        Storm storm = forChange(id);
        if (storm.getTextsVersion() != edit.textsVersion()) {
            throw new InvalidInputException(Map.of("storm", "ideastorm.edit.conflict"));
        }
        storm.editTexts(texts, edit.audience(), edit.answerDeadline());
        storm.textsChangedBy(people.currentContributorId(), clock.instant());
    }

    /** The live preview of a description staff are writing: rendered as the storm page will, or refused. */
    @PreAuthorize("hasRole('COI_STAFF')")
    public SafeHtml preview(String description) {
        return markdown.render(StormRules.checkDescription(description));
    }

    /**
     * A storm as staff run it: its details, the versions of its texts and settings, its phase log with names, its
     * settings and
     * how many of its ideas still lack an answer.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public StormManagement management(StormId id) {
        Storm storm = storms.findWithPhasesById(id.value()).orElseThrow(StormService::unknown);
        List<PhaseChange> changes = StormStages.log(storm, log.findByStormIdOrderByIdAsc(id.value()));
        Set<PersonId> named = changes.stream().map(PhaseChange::by).filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        Optional.ofNullable(storm.getResultsPublishedBy()).map(PersonId::of).ifPresent(named::add);
        Stream.of(storm.getTextsChangedBy(), storm.getSettingsChangedBy()).filter(Objects::nonNull).map(PersonId::of)
                .forEach(named::add);
        Map<PersonId, Author> authors = people.authors(named);
        List<PhaseLogLine> lines = changes.stream().map(change -> new PhaseLogLine(change.from(), change.to(),
                change.at(), change.by() != null,
                Optional.ofNullable(change.by()).map(authors::get).map(Author::displayName).orElse(null),
                change.reason())).toList();
        String publishedBy = Optional.ofNullable(storm.getResultsPublishedBy()).map(PersonId::of).map(authors::get)
                .map(Author::displayName).orElse(null);
        return new StormManagement(StormStages.details(storm, clock.instant()), storm.getTextsVersion(),
                storm.getSettingsVersion(), lines,
                storm.settings(), publishedBy, StormStages.resultsMayBePublished(storm, clock.instant()),
                ideas.countUnanswered(storm.getId()), !ideas.existsByStormId(storm.getId()),
                lastChange(storm.getTextsChangedBy(), storm.getTextsChangedAt(), authors),
                lastChange(storm.getSettingsChangedBy(), storm.getSettingsChangedAt(), authors));
    }

    private static StormManagement.LastChange lastChange(Long by, Instant at, Map<PersonId, Author> authors) {
        return at == null ? null : new StormManagement.LastChange(Optional.ofNullable(by).map(PersonId::of)
                .map(authors::get).map(Author::displayName).orElse(null), at);
    }

    /** Whether the person may start and run storms: the rule {@link #create} and the other staff methods hold. */
    private boolean mayManage() {
        return people.currentPerson().map(person -> person.has(Role.COI_STAFF)).orElse(false);
    }

    private Storm forChange(StormId id) {
        return storms.findForChange(id.value()).orElseThrow(StormService::unknown);
    }

    /**
     * The storm for a change of how it runs, made from {@code settingsVersion}; its version raised. Locked until
     * this commits, so two changes from the same version cannot both pass the check.
     */
    private Storm forRunsChange(StormId id, long settingsVersion) {
        Storm storm = forChange(id);
        if (storm.getSettingsVersion() != settingsVersion) {
            throw new InvalidInputException(Map.of("storm", "ideastorm.settings.conflict"));
        }
        storm.runsChanged(people.currentContributorId(), clock.instant());
        return storm;
    }

    private static InvalidInputException unknown() {
        return new InvalidInputException(Map.of("storm", "ideastorm.storm.unknown"));
    }
}
