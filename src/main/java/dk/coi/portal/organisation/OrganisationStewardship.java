package dk.coi.portal.organisation;

import static dk.coi.portal.organisation.OrganisationService.refused;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.LoggedDecision;
import dk.coi.portal.moderation.ModerationLog;
import dk.coi.portal.organisation.internal.Organisation;
import dk.coi.portal.organisation.internal.OrganisationRepository;
import dk.coi.portal.organisation.internal.OrganisationRules;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep the register tidy: they mark and unmark innovation units, and merge a duplicate into the organisation
 * kept, with a reason. A merged duplicate points to the kept one (as does everything merged into it before), its
 * units move under the kept one, lookups of it find the kept one, the merge is a line of the moderation log (who,
 * when, into what, why), and {@link OrganisationsMerged} tells the modules that refer to organisations.
 */
@Service
public class OrganisationStewardship {

    /** The moderation log's kind of line for a merge: {@code organisation.merge}. */
    private enum Logged { MERGE }

    public static final LogKind MERGE = LogKind.of("organisation", Logged.MERGE);

    private final OrganisationRepository organisations;
    private final ModerationLog log;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationStewardship(OrganisationRepository organisations, ModerationLog log, PersonService people,
                            ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.log = log;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Marks the organisation as an innovation unit, or takes the mark away. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void markInnovationUnit(OrganisationId id, boolean marked) {
        Organisation organisation = organisations.findForChange(id.value())
                .orElseThrow(() -> refused("organisation", "organisation.unknown"));
        if (organisation.isMerged()) {
            throw refused("organisation", "organisation.merge.already-merged");
        }
        organisation.markInnovationUnit(marked);
    }

    /**
     * Merges {@code duplicate} into {@code kept} (which may itself be a merged duplicate's id: the organisation it
     * was merged into is kept). Refused, with nothing changed, without a reason or a kept organisation, for the
     * organisation itself or one of its own units, a municipality or region, a duplicate already merged, or when a
     * unit of the duplicate has the name of one of the kept organisation's.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void merge(OrganisationId duplicate, OrganisationId kept, String reason) {
        Reason given = Reason.required(reason);
        if (kept == null) {
            throw refused("kept", "organisation.merge.kept-required");
        }
        Organisation keptFound = organisations.findById(kept.value())
                .map(found -> found.isMerged() ? organisations.findById(found.getMergedInto()).orElseThrow() : found)
                .orElseThrow(() -> refused("kept", "organisation.unknown"));
        if (keptFound.getId() == duplicate.value()) {
            throw refused("kept", "organisation.merge.itself");
        }
        // Both locked in id order, so two merges of the same pair cannot wait for each other.
        Organisation first = lock(Math.min(duplicate.value(), keptFound.getId()));
        Organisation second = lock(Math.max(duplicate.value(), keptFound.getId()));
        Organisation merged = first.getId() == duplicate.value() ? first : second;
        Organisation keeper = merged == first ? second : first;
        if (!OrganisationRules.mergeable(merged)) {
            throw refused("organisation", merged.isMerged() ? "organisation.merge.already-merged"
                    : "organisation.merge.reference-data");
        }
        if (keeper.isMerged()) {
            throw refused("kept", "organisation.merge.already-merged");
        }
        if (isUnder(keeper, merged)) {
            throw refused("kept", "organisation.merge.kept-under-duplicate");
        }
        moveUnits(merged, keeper);
        organisations.repointMerged(merged.getId(), keeper.getId());
        merged.mergeInto(keeper);
        PersonId by = PersonId.of(people.currentContributorId());
        log.record(new LoggedDecision(clock.instant(), by, MERGE, merged.organisationId().subject(),
                Phrase.of("organisation.log.name", merged.getName()),
                Phrase.of("organisation.merge.facts", keeper.getName()), given.text()));
        events.publishEvent(new OrganisationsMerged(merged.organisationId(), keeper.organisationId(), by, given.text(),
                clock.instant()));
    }

    private Organisation lock(long id) {
        return organisations.findForChange(id).orElseThrow(() -> refused("organisation", "organisation.unknown"));
    }

    /** Whether {@code organisation} is {@code ancestor}'s unit, at any depth. */
    private boolean isUnder(Organisation organisation, Organisation ancestor) {
        Long parent = organisation.getParentId();
        while (parent != null) {
            if (parent.equals(ancestor.getId())) {
                return true;
            }
            parent = organisations.findById(parent).map(Organisation::getParentId).orElse(null);
        }
        return false;
    }

    private void moveUnits(Organisation merged, Organisation keeper) {
        List<Organisation> units = organisations.findByParentId(merged.getId());
        for (Organisation unit : units) {
            if (organisations.existsByParentIdAndName(keeper.getId(), unit.getName())) {
                throw refused("kept", "organisation.merge.unit-name-taken");
            }
        }
        units.forEach(unit -> unit.moveUnder(keeper));
    }
}
