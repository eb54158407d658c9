package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * A storm's ideas section as its page shows it, from one call: the storm's themes, the page of ideas asked for,
 * whether the visitor may submit an idea now (and why not), whether they may manage the themes (staff), and their
 * voting (whether they may vote, whether counts are shown, their budget), whether new ideas wait for staff's
 * approval before they are published, and whether they are observations (the storm collects them now: KLK's
 * discovery and thematising), listed as such.
 */
public record IdeaBoard(StormId storm, List<Theme> themes, IdeaPage ideas, Submission submission,
                        boolean mayManageThemes, VoteState votes, boolean ideasAwaitApproval, boolean observations) {

    public IdeaBoard {
        themes = List.copyOf(themes);
    }

    /** The orders the visitor may choose: by votes only while counts are shown (else the order would tell them). */
    public List<IdeaOrder> orders() {
        return IdeaOrder.shown(votes.countsShown());
    }

    /** The list's heading: "Observationer" while the storm collects observations, else "Idéer". */
    public String headingKey() {
        return observations ? "ideastorm.ideas.heading.observations" : "ideastorm.ideas.heading";
    }

    /** The list's count: "4 observationer" while the storm collects observations, else "4 idéer". */
    public String countKey() {
        return observations ? "ideastorm.ideas.count.observations" : "ideastorm.ideas.count";
    }

    /** Where the storm has themes, an idea must name one. */
    public boolean themeRequired() {
        return !themes.isEmpty();
    }
}
