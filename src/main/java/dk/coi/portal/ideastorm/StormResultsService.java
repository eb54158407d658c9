package dk.coi.portal.ideastorm;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.identity.Role;
import dk.coi.portal.ideastorm.internal.Storm;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.StormResultsReader;
import dk.coi.portal.ideastorm.internal.StormStages;
import dk.coi.portal.ideastorm.internal.StormVoting;
import dk.coi.portal.shared.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A storm's results: staff publish them once its ideas and votes are in (its evaluation or concluding phase), and
 * from then on everyone may read them and download them; staff see them before, as a preview. Counts follow the
 * storm's rule for showing them ({@link StormVoting#countsShown}): where the phase hides them, the results, the
 * chart and the exports leave them out.
 */
@Service
public class StormResultsService {

    private static final Logger LOG = LoggerFactory.getLogger(StormResultsService.class);

    private final StormRepository storms;
    private final StormResultsReader reader;
    private final StormVoting voting;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StormResultsService(StormRepository storms, StormResultsReader reader, StormVoting voting, PersonService people,
                        ApplicationEventPublisher events, Clock clock) {
        this.storms = storms;
        this.reader = reader;
        this.voting = voting;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The storm's results for the visitor: empty for an unknown storm, and for anyone but staff until they are
     * published.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StormResults> results(StormId id) {
        Instant now = clock.instant();
        boolean staff = isStaff();
        return storms.findWithPhasesById(id.value())
                .filter(storm -> staff || storm.getResultsPublishedAt() != null)
                .map(storm -> reader.results(storm, voting.countsShown(storm, now),
                        staff && StormStages.resultsMayBePublished(storm, now), now));
    }

    /**
     * Staff make the storm's results public, in its evaluation or concluding phase (before, ideas and votes still
     * come in), once; its followers are told after the commit ({@link StormResultsPublished}).
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void publish(StormId id) {
        Storm storm = storms.findForChange(id.value())
                .orElseThrow(() -> new InvalidInputException(Map.of("storm", "ideastorm.storm.unknown")));
        Instant now = clock.instant();
        if (storm.getResultsPublishedAt() != null) {
            throw new InvalidInputException(Map.of("results", "ideastorm.results.already-published"));
        }
        if (storm.isDraft()) {
            throw new InvalidInputException(Map.of("results", "ideastorm.results.draft"));
        }
        if (!StormStages.resultsMayBePublished(storm, now)) {
            throw new InvalidInputException(Map.of("results", "ideastorm.results.not-yet"));
        }
        long by = people.currentContributorId();
        storm.publishResults(by, now);
        events.publishEvent(new StormResultsPublished(id, now, PersonId.of(by)));
        LOG.info("Storm {}'s results were published by person {}", id.value(), by);
    }

    /** The results pages of the storms whose results are public, for the sitemap. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> publishedPaths() {
        return storms.findResultsPublished().stream()
                .map(address -> StormRoutes.results(StormId.of(address.id()), address.title())).toList();
    }

    private boolean isStaff() {
        return people.currentPerson().map(person -> person.has(Role.COI_STAFF)).orElse(false);
    }
}
