package dk.coi.portal.landscape;

import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormDetails;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.landscape.internal.CarriedOnIdea;
import dk.coi.portal.landscape.internal.CarriedOnIdeaRepository;
import dk.coi.portal.landscape.internal.CaseRules;
import dk.coi.portal.landscape.internal.RegisteredWorkplace;
import dk.coi.portal.organisation.OrganisationSummary;
import dk.coi.portal.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From idea to case (issue 13): every idea carried on in an idea storm is offered to COI staff
 * ({@code internal.IdeasCarriedOn}), who make one case draft of it, once: the case form opens with the idea's title,
 * a summary from its description and answer, its storm's organisation and the evidence level "not evaluated" (an idea
 * just carried on has not been); staff complete it and it is registered as any draft ({@link CaseService#register}),
 * linked to the idea both ways (the case names the idea, the idea's page the case, {@code internal.CaseFollowUps}).
 * Staff start it from the landscape's review screen, where they already look for what waits for them: the idea's own
 * page belongs to the idea storms, which know nothing of cases.
 */
@Service
public class IdeaCaseDrafts {

    /** The form for a case from an idea: {@code landskab/fra-ide/{idea id}}. */
    public static final String ROUTE = CaseRoutes.LIST + "/fra-ide";

    private final CarriedOnIdeaRepository carriedOn;
    private final CaseService cases;
    private final IdeaService ideas;
    private final StormService storms;
    private final RegisteredWorkplace workplaces;

    IdeaCaseDrafts(CarriedOnIdeaRepository carriedOn, CaseService cases, IdeaService ideas, StormService storms,
                   RegisteredWorkplace workplaces) {
        this.carriedOn = carriedOn;
        this.cases = cases;
        this.ideas = ideas;
        this.storms = storms;
        this.workplaces = workplaces;
    }

    public static String route(IdeaId idea) {
        return ROUTE + "/" + idea.value();
    }

    /** The ideas carried on that no case has been made from yet, longest waiting first. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public List<IdeaToCarryOn> waiting() {
        return carriedOn.findByCaseIdIsNullOrderByCarriedOnAtAsc().stream()
                .flatMap(offered -> line(offered).stream()).toList();
    }

    /**
     * The case form's start for an idea still waiting for its case (not evaluated, naming no contact person: staff
     * name one of the organisation's people, or themselves, before it is submitted or published); empty for any
     * other idea.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public Optional<CaseFromIdea> start(IdeaId idea) {
        return carriedOn.findById(idea.value()).filter(offered -> offered.getCaseId() == null)
                .flatMap(offered -> ideas.idea(StormId.of(offered.getStormId()), idea).map(screen -> {
                    OrganisationSummary organisation = organisationOf(screen.storm()).orElse(null);
                    CaseDraft draft = new CaseDraft(screen.title(), summary(screen),
                            organisation == null ? null : organisation.id(), null, null, null, null, null, null, null,
                            List.of(), List.of(), null, null, null, null, EvidenceLevel.NOT_EVALUATED, List.of(), null,
                            null, false);
                    return new CaseFromIdea(line(offered, screen), draft, organisation);
                }));
    }

    /**
     * The edit form of the case already made from an idea, for staff who open the idea's action again (another staff
     * member made it meanwhile, or the page was open); empty when none was made.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional(readOnly = true)
    public Optional<String> madeFrom(IdeaId idea) {
        return carriedOn.findById(idea.value()).map(CarriedOnIdea::getCaseId).map(made -> CaseRoutes.edit(
                CaseId.of(made)));
    }

    /**
     * Registers the case staff completed from the idea as a draft they own, linked to the idea; refused, with nothing
     * stored, by the case's own rules, for an idea not carried on, and for one a case was made from already (also
     * by another staff member at the same moment: the offer is locked until commit).
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public CaseId create(IdeaId idea, CaseDraft draft) {
        CarriedOnIdea offered = carriedOn.findForChange(idea.value())
                .orElseThrow(() -> refused("landscape.from-idea.unknown"));
        if (offered.getCaseId() != null) {
            throw refused("landscape.from-idea.already-made");
        }
        CaseId made = cases.register(draft);
        offered.madeInto(made.value());
        return made;
    }

    private Optional<IdeaToCarryOn> line(CarriedOnIdea offered) {
        return ideas.idea(StormId.of(offered.getStormId()), IdeaId.of(offered.getIdeaId()))
                .map(screen -> line(offered, screen));
    }

    private static IdeaToCarryOn line(CarriedOnIdea offered, IdeaScreen screen) {
        return new IdeaToCarryOn(screen.id(), screen.title(), screen.stormTitle(), screen.path(),
                offered.getCarriedOnAt());
    }

    /** The idea's description, then its public answer, within a case summary's length. */
    private static String summary(IdeaScreen idea) {
        String text = String.join("\n\n", Stream.of(idea.description(), idea.evaluation().answer())
                .filter(part -> part != null && !part.isBlank()).map(String::strip).toList());
        return text.length() <= CaseRules.MAX_SUMMARY ? text : text.substring(0, CaseRules.MAX_SUMMARY);
    }

    /** The register's organisation of the storm's owner, a name typed by staff ({@link RegisteredWorkplace#named}). */
    private Optional<OrganisationSummary> organisationOf(StormId storm) {
        return storms.storm(storm).map(StormDetails::ownerOrganisation).flatMap(workplaces::named);
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(Map.of("idea", key));
    }
}
