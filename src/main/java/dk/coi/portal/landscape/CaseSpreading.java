package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.SafeHtml;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * How a published case spread, as its page (and the forms to reuse it) show it in one read: its title, address and
 * organisation (after merges: a workplace that cannot reuse it), the workplaces that reused it (newest first), its
 * lineage — the published cases it descends from (the first original first) and those adopted from it, recursively
 * (each once, so a cycle ends) — whether it names a contact person to write to, and what the current person may do:
 * record that their workplace reused it ({@code ownWorkplace}: theirs in the register, offered first, when it is known
 * and is not the case's own), or ask its contact person about reusing it, on behalf of {@code requestOnBehalfOf}
 * (their own workplace; null: as a private person); {@code contactIsMe}: the current person is that contact.
 */
public record CaseSpreading(CaseId id, String title, String path, OrganisationId organisation, List<Adopter> adopters,
                            List<LineageStep> from, List<LineageStep> onward, boolean hasContact, boolean mayAdopt,
                            boolean mayRequestContact, String requestOnBehalfOf, OrganisationSummary ownWorkplace,
                            boolean contactIsMe) {

    public CaseSpreading {
        adopters = List.copyOf(adopters);
        from = List.copyOf(from);
        onward = List.copyOf(onward);
    }

    public String adoptPath() {
        return AdoptionRoutes.adopt(id);
    }

    public String contactPath() {
        return AdoptionRoutes.contact(id);
    }

    /** The reuse a workplace recorded already, if any (one per workplace and case). */
    public Optional<Adopter> recordedBy(OrganisationId workplace) {
        return adopters.stream().filter(adopter -> adopter.organisation().id().equals(workplace)).findFirst();
    }

    /** The address of a reuse on the case's page. */
    public String adopterPath(Adopter adopter) {
        return path + "#" + Adopter.anchor(adopter.id());
    }

    /** Nothing to show: not reused, and in no lineage. */
    public boolean isEmpty() {
        return adopters.isEmpty() && from.isEmpty() && onward.isEmpty();
    }

    /** One workplace's reuse: who, how, since when, what it changed (rendered), its results and its own case. */
    public record Adopter(AdoptionId id, OrganisationSummary organisation, AdoptionKind kind, YearMonth adoptedIn,
                          SafeHtml changes, String results, String ownCasePath, String ownCaseTitle) {

        /** Its element's id on the case's page. */
        public static String anchor(AdoptionId id) {
            return "adoption-" + id.value();
        }
    }

    /**
     * A case of the lineage: its title, organisation's name and page; {@code depth} how many adoptions lie between it
     * and the case shown (1 for its original or a direct adopter).
     */
    public record LineageStep(CaseId id, String title, String organisation, String path, int depth) {
    }
}
