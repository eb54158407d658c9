package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.search.SearchableContent;
import dk.coi.portal.shared.Phrase;
import org.springframework.stereotype.Component;

/** Visible ideas in the portal search, each leading to its page in its storm, their hits naming the storm. */
@Component
class SearchableIdeas implements SearchableContent<Idea> {

    @Override
    public Class<Idea> entityType() {
        return Idea.class;
    }

    @Override
    public String typeLabelKey() {
        return "search.type.idea";
    }

    @Override
    public String pathOf(Idea idea) {
        return StormRoutes.idea(idea.getStorm().stormId(), idea.getStorm().getTitle(), idea.ideaId(), idea.getTitle());
    }

    @Override
    public String titleOf(Idea idea) {
        return idea.getTitle();
    }

    /** The storm the idea is in. */
    @Override
    public Phrase contextOf(Idea idea) {
        return Phrase.of("ideastorm.search.in-storm", idea.getStorm().getTitle());
    }
}
