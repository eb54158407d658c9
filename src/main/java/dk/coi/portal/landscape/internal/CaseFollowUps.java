package dk.coi.portal.landscape.internal;

import dk.coi.portal.ideastorm.IdeaFollowUp;
import dk.coi.portal.ideastorm.IdeaFollowUps;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.landscape.CaseRoutes;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The idea's side of the link from idea to case: "Videreført som case: Z" on the page of an idea a case was made
 * from, for those who may read the case by {@link CasePolicy} (everyone once it is published; before that its
 * editors and staff).
 */
@Component
class CaseFollowUps implements IdeaFollowUps {

    private final CarriedOnIdeaRepository carriedOn;
    private final CaseRepository cases;
    private final CaseViewers viewers;

    CaseFollowUps(CarriedOnIdeaRepository carriedOn, CaseRepository cases, CaseViewers viewers) {
        this.carriedOn = carriedOn;
        this.cases = cases;
        this.viewers = viewers;
    }

    @Override
    public List<IdeaFollowUp> of(IdeaId idea) {
        return carriedOn.findById(idea.value()).map(CarriedOnIdea::getCaseId).flatMap(cases::findById)
                .filter(made -> CasePolicy.mayRead(made.getStatus(), viewers.of(made)))
                .map(made -> new IdeaFollowUp("landscape.from-idea.carried-on-as", made.getTitle(),
                        CaseRoutes.kase(made.caseId(), made.getTitle())))
                .stream().toList();
    }
}
