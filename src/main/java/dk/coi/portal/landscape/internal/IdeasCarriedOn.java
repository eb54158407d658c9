package dk.coi.portal.landscape.internal;

import dk.coi.portal.ideastorm.IdeaCarriedOn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Offers staff a case draft of every idea carried on in an idea storm: after the carrying on has committed, through
 * the event publication registry (so an offer survives a restart). Once per idea: an idea carried on again (its status
 * moved back and forth) keeps its one offer, and the case made from it.
 */
@Component
class IdeasCarriedOn {

    private final CarriedOnIdeaRepository ideas;

    IdeasCarriedOn(CarriedOnIdeaRepository ideas) {
        this.ideas = ideas;
    }

    @ApplicationModuleListener
    void offer(IdeaCarriedOn carried) {
        if (!ideas.existsById(carried.idea().value())) {
            ideas.save(new CarriedOnIdea(carried.idea().value(), carried.storm().value(), carried.title(),
                    carried.at()));
        }
    }
}
