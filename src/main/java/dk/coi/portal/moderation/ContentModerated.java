package dk.coi.portal.moderation;

import dk.coi.portal.shared.Subject;

/**
 * Published in the transaction of every moderation decision, for modules that react to it (e.g. telling the
 * author that their content was hidden): the content, the kind of decision, and who decided (null: the portal).
 */
public record ContentModerated(Subject subject, ModerationAction action, Long personId) {
}
