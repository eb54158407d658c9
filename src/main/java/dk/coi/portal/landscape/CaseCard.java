package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationType;
import dk.coi.portal.shared.Phrase;
import java.time.Instant;
import java.util.List;

/**
 * A published case as lists, the map and the open-data API show it: its title and summary, its organisation (name,
 * government level and the municipality it lies in, by official code; null for a state body without one), the
 * facets, its tags, when it was published and last confirmed up to date, the address of its page, and how many
 * workplaces recorded reusing it.
 */
public record CaseCard(CaseId id, String title, String summary, OrganisationId organisation, String organisationName,
                       OrganisationType level, Integer municipalityCode, CaseSector sector, CaseStage stage,
                       InnovationType innovationType, Novelty novelty, EvidenceLevel evidenceLevel, int yearStarted,
                       List<String> tags, Instant publishedAt, Instant confirmedAt, String path, long reuseCount) {

    public CaseCard {
        tags = List.copyOf(tags);
    }

    /** How often it was reused, in the reader's words ("Genbrugt 3 gange"); null when never. */
    public Phrase reused() {
        return reused(reuseCount);
    }

    /** "Genbrugt {@code count} gange" for a case reused at all; null for 0. */
    public static Phrase reused(long count) {
        return count > 0 ? Phrase.of("landscape.card.reused", count) : null;
    }
}
