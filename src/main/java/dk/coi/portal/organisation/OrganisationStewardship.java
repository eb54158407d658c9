package dk.coi.portal.organisation;

import static dk.coi.portal.organisation.OrganisationService.refused;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.LoggedDecision;
import dk.coi.portal.moderation.ModerationLog;
import dk.coi.portal.organisation.internal.Organisation;
import dk.coi.portal.organisation.internal.OrganisationMerge;
import dk.coi.portal.organisation.internal.OrganisationMergeRepository;
import dk.coi.portal.organisation.internal.OrganisationRepository;
import dk.coi.portal.organisation.internal.OrganisationRules;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.Reason;
import dk.coi.portal.shared.TextRules;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep the register tidy: they mark and unmark innovation units, correct an organisation's name and municipality
 * (a line of the moderation log; {@link OrganisationChanged} for it and each unit that moved with it), and merge a
 * duplicate into the organisation kept, with a reason. A merged duplicate points to the kept one (as does everything
 * merged into it before), its units move under the kept one, lookups of it find the kept one, the merge is a line of
 * the moderation log (who, when, into what, why), and {@link OrganisationsMerged} tells the modules that refer to
 * organisations.
 */
@Service
public class OrganisationStewardship {

    /**
     * The moderation log's kinds of line: {@code organisation.merge}, {@code organisation.merge-undo} and
     * {@code organisation.amend}.
     */
    private enum Logged { MERGE, MERGE_UNDO, AMEND }

    public static final LogKind MERGE = LogKind.of("organisation", Logged.MERGE);
    public static final LogKind UNDO = LogKind.of("organisation", Logged.MERGE_UNDO);
    public static final LogKind AMEND = LogKind.of("organisation", Logged.AMEND);
    /** How long staff may undo a merge. */
    public static final Duration UNDO_PERIOD = Duration.ofDays(30);

    private final OrganisationRepository organisations;
    private final OrganisationMergeRepository merges;
    private final ModerationLog log;
    private final PersonService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    OrganisationStewardship(OrganisationRepository organisations, OrganisationMergeRepository merges,
                            ModerationLog log, PersonService people, ApplicationEventPublisher events, Clock clock,
                            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.merges = merges;
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
     * Staff correct an organisation's name or the municipality it is located in ({@code municipalityCode} null: a
     * unit's parent's, none at the top), by the rules a new unit keeps, on the {@code version} they saw, with a reason
     * if they like; whether anything changed. Its units (at any depth) located where it was move with it, as a unit
     * added without a municipality of its own takes its parent's. A line of the moderation log says what was and what
     * is, and {@link OrganisationChanged} tells other modules of it and of each unit moved, so that what they index
     * with its name or place follows. Refused, with nothing changed, for a municipality or region (reference data,
     * changed by a migration), a merged duplicate (correct the one it was merged into) or a version since changed.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public boolean amend(OrganisationId id, String name, Integer municipalityCode, long version, String reason) {
        Organisation organisation = organisations.findForChange(id.value())
                .orElseThrow(() -> refused("organisation", "organisation.unknown"));
        if (!OrganisationRules.correctable(organisation)) {
            throw refused("organisation", organisation.isMerged() ? "organisation.amend.merged"
                    : "organisation.amend.reference-data");
        }
        if (organisation.getVersion() != version) {
            throw refused("organisation", "organisation.changed-meanwhile");
        }
        Optional<Reason> given = Reason.optional(reason);
        String newName = TextRules.normalizeLine(name);
        OrganisationService.nameProblem(newName).ifPresent(key -> {
            throw refused("name", key);
        });
        Organisation parent = organisation.getParentId() == null ? null
                : organisations.findById(organisation.getParentId()).orElseThrow();
        Short newMunicipality = OrganisationService.municipalityOf(organisations, municipalityCode, parent);
        String oldName = organisation.getName();
        Short oldMunicipality = organisation.getMunicipalityCode();
        if (!organisation.amend(newName, newMunicipality)) {
            return false;
        }
        List<Organisation> moved = Objects.equals(oldMunicipality, newMunicipality) ? List.of()
                : unitsLocatedWith(organisation, oldMunicipality, newMunicipality);
        try {
            organisations.saveAndFlush(organisation);
        } catch (DataIntegrityViolationException sameNameUnderTheParent) {
            throw refused("name", "organisation.name.taken");
        }
        // Its units' search bodies name it (OrganisationPlaceBinder), which Hibernate Search does not follow by itself.
        SearchIndexingPlan index = Search.session(entityManager).indexingPlan();
        organisations.findByParentId(organisation.getId()).forEach(index::addOrUpdate);
        log.record(new LoggedDecision(clock.instant(), PersonId.of(people.currentContributorId()), AMEND,
                organisation.organisationId().subject(), Phrase.of("organisation.log.name", newName),
                Phrase.of("organisation.amend.facts", oldName, newName, place(oldMunicipality), place(newMunicipality)),
                given.map(Reason::text).orElse(null)));
        events.publishEvent(new OrganisationChanged(organisation.organisationId()));
        moved.forEach(unit -> events.publishEvent(new OrganisationChanged(unit.organisationId())));
        return true;
    }

    /** The units under {@code moved} (at any depth) located {@code from}, moved {@code to} with it. */
    private List<Organisation> unitsLocatedWith(Organisation moved, Short from, Short to) {
        List<Organisation> following = new ArrayList<>();
        for (Organisation unit : organisations.findByParentId(moved.getId())) {
            if (!unit.isMerged() && Objects.equals(unit.getMunicipalityCode(), from)) {
                unit.amend(unit.getName(), to);
                following.add(unit);
                following.addAll(unitsLocatedWith(unit, from, to));
            }
        }
        return following;
    }

    /** A municipality as the moderation log names it: by its name, or as none. */
    private Phrase place(Short municipalityCode) {
        return Optional.ofNullable(municipalityCode).flatMap(organisations::findByOfficialCode)
                .filter(found -> found.getKind() == OrganisationType.MUNICIPALITY)
                .map(found -> Phrase.of("organisation.log.name", found.getName()))
                .orElse(Phrase.of("organisation.amend.no-municipality"));
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
        // Only the id is read before the locks: an organisation loaded before its lock would keep its unlocked state.
        long keptId = organisations.resolvedId(kept.value()).orElseThrow(() -> refused("kept", "organisation.unknown"));
        if (keptId == duplicate.value()) {
            throw refused("kept", "organisation.merge.itself");
        }
        // Both locked in id order, so two merges of the same pair cannot wait for each other.
        Organisation first = lock(Math.min(duplicate.value(), keptId));
        Organisation second = lock(Math.max(duplicate.value(), keptId));
        Organisation merged = first.getId() == duplicate.value() ? first : second;
        Organisation keeper = merged == first ? second : first;
        if (!OrganisationRules.correctable(merged)) {
            throw refused("organisation", merged.isMerged() ? "organisation.merge.already-merged"
                    : "organisation.merge.reference-data");
        }
        if (keeper.isMerged()) {
            throw refused("kept", "organisation.merge.already-merged");
        }
        if (isUnder(keeper, merged)) {
            throw refused("kept", "organisation.merge.kept-under-duplicate");
        }
        List<Long> moved = moveUnits(merged, keeper);
        List<Long> repointed = organisations.findByMergedInto(merged.getId()).stream().map(Organisation::getId).toList();
        organisations.repointMerged(merged.getId(), keeper.getId());
        merged.mergeInto(keeper);
        PersonId by = PersonId.of(people.currentContributorId());
        merges.save(new OrganisationMerge(merged.getId(), keeper.getId(), clock.instant(), by.value(), moved,
                repointed));
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

    private List<Long> moveUnits(Organisation merged, Organisation keeper) {
        List<Organisation> units = organisations.findByParentId(merged.getId());
        for (Organisation unit : units) {
            if (organisations.existsByParentIdAndName(keeper.getId(), unit.getName())) {
                throw refused("kept", "organisation.merge.unit-name-taken");
            }
        }
        units.forEach(unit -> unit.moveUnder(keeper));
        return units.stream().map(Organisation::getId).toList();
    }

    /**
     * Undoes the merge of {@code merged} within {@link #UNDO_PERIOD}, with a reason: the duplicate is found as itself
     * again, the units the merge moved (still under the kept organisation) move back, and the earlier duplicates it
     * pointed on lead to it again; a line of the moderation log says so, and {@link OrganisationMergeUndone} tells
     * the modules that re-pointed their rows on {@link OrganisationsMerged} to move them back. Refused, with nothing changed, without a reason,
     * for an organisation that is not merged, after the period, when the kept organisation has since been merged
     * itself, or when the kept organisation now has a unit of the name of one to move back.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void undoMerge(OrganisationId merged, String reason) {
        Reason given = Reason.required(reason);
        // The merge's row is locked before anything is read, so of two undos at once the second sees the first's.
        OrganisationMerge merge = merges.findStandingForChange(merged.value())
                .orElseThrow(() -> refused("organisation", organisations.existsById(merged.value())
                        ? "organisation.merge.undo.not-merged" : "organisation.unknown"));
        if (merge.getMergedAt().plus(UNDO_PERIOD).isBefore(clock.instant())) {
            throw refused("organisation", "organisation.merge.undo.too-late");
        }
        Organisation first = lock(Math.min(merge.getMergedId(), merge.getKeptId()));
        Organisation second = lock(Math.max(merge.getMergedId(), merge.getKeptId()));
        Organisation back = first.getId() == merge.getMergedId() ? first : second;
        Organisation keeper = back == first ? second : first;
        if (keeper.isMerged() || !Long.valueOf(keeper.getId()).equals(back.getMergedInto())) {
            throw refused("organisation", "organisation.merge.undo.kept-merged");
        }
        List<Organisation> units = organisations.findAllById(merge.movedUnits()).stream()
                .filter(unit -> keeper.getId().equals(unit.getParentId()) && !unit.isMerged()).toList();
        back.unmerge();
        units.forEach(unit -> unit.moveUnder(back));
        organisations.findAllById(merge.repointed()).stream()
                .filter(earlier -> keeper.getId().equals(earlier.getMergedInto()))
                .forEach(earlier -> earlier.mergeInto(back));
        PersonId by = PersonId.of(people.currentContributorId());
        merge.undo(by.value(), clock.instant());
        log.record(new LoggedDecision(clock.instant(), by, UNDO, back.organisationId().subject(),
                Phrase.of("organisation.log.name", back.getName()),
                Phrase.of("organisation.merge.facts", keeper.getName()), given.text()));
        events.publishEvent(new OrganisationMergeUndone(back.organisationId(), keeper.organisationId(), by,
                given.text(), clock.instant()));
    }

}
