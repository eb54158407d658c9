package dk.coi.portal.landscape;

import dk.coi.portal.landscape.internal.CaseRepository;
import dk.coi.portal.landscape.internal.LandscapeCase;
import dk.coi.portal.organisation.OrganisationService;
import dk.coi.portal.shared.DateFormats;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping published cases up to date: a case its editors have not confirmed up to date for {@link #STALE_AFTER} is
 * stale; its editors are reminded (once per stale period, by the landscape's reminder job) and staff see the list.
 */
@Service
public class CaseUpkeep {

    /** How long a confirmation holds. */
    public static final Period STALE_AFTER = Period.ofMonths(12);


    private final CaseRepository cases;
    private final OrganisationService organisations;
    private final Clock clock;

    CaseUpkeep(CaseRepository cases, OrganisationService organisations, Clock clock) {
        this.cases = cases;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The moment before which a confirmation has gone stale, now. */
    public static Instant staleBefore(Clock clock) {
        return ZonedDateTime.now(clock.withZone(DateFormats.DANISH_TIME)).minus(STALE_AFTER).toInstant();
    }

    /** Staff's list of stale published cases, longest stale first, with how many whole months they have been. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<StaleCase> staleCases() {
        List<CaseRepository.Stale> stale = cases.findStale(staleBefore(clock), false);
        Map<Long, LandscapeCase> found = cases.findByIdIn(stale.stream().map(CaseRepository.Stale::getCaseId)
                .toList()).stream().collect(Collectors.toMap(LandscapeCase::getId, Function.identity()));
        OrganisationNames names = OrganisationNames.of(organisations, found.values());
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DateFormats.DANISH_TIME));
        return stale.stream().map(row -> found.get(row.getCaseId())).map(kase -> new StaleCase(kase.caseId(),
                kase.getTitle(), names.of(kase),
                kase.getConfirmedAt(), ChronoUnit.MONTHS.between(kase.getConfirmedAt().atZone(DateFormats.DANISH_TIME)
                        .plus(STALE_AFTER), now), CaseRoutes.kase(kase.caseId(), kase.getTitle()))).toList();
    }
}
