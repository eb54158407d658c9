package dk.coi.portal.landscape.internal;

import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.landscape.CaseOrigin;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The case's side of the link from idea to case: the idea it was made from, named as the reader may read it in its
 * idea storm (nothing for a reader the idea storm does not show the idea to, e.g. once it is hidden).
 */
@Component
public class CaseOrigins {

    private final CarriedOnIdeaRepository carriedOn;
    private final IdeaService ideas;

    CaseOrigins(CarriedOnIdeaRepository carriedOn, IdeaService ideas) {
        this.carriedOn = carriedOn;
        this.ideas = ideas;
    }

    public Optional<CaseOrigin> of(long caseId) {
        return carriedOn.findByCaseId(caseId).flatMap(offered -> ideas.idea(StormId.of(offered.getStormId()),
                IdeaId.of(offered.getIdeaId()))).map(idea -> new CaseOrigin(idea.title(), idea.stormTitle(),
                idea.path()));
    }
}
