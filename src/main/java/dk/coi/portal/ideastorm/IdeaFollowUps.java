package dk.coi.portal.ideastorm;

import java.util.List;

/**
 * Contribution point for modules that carry ideas on (the landscape makes case drafts of them): the idea's page
 * shows what they say, without the idea storms depending on them. Called inside the idea page's read, as the person
 * reading it; an implementation names only what that person may open.
 */
public interface IdeaFollowUps {

    List<IdeaFollowUp> of(IdeaId idea);
}
