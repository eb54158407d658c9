package dk.coi.portal.ideastorm;

/**
 * What an idea's address gives the visitor: the idea ({@link IdeaScreen}) when they may read it, else that it is
 * withheld ({@link WithheldIdea}), so the page says why rather than that there is nothing.
 */
public sealed interface IdeaReading permits IdeaScreen, WithheldIdea {
}
