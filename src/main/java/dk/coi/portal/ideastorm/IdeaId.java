package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.Subject;

/** An idea in a storm, as other modules and the views refer to it. */
public record IdeaId(long value) {

    /** Ideas' subject type in moderation (and later in notifications). */
    public static final String SUBJECT_TYPE = "ideastorm.idea";

    public static IdeaId of(long value) {
        return new IdeaId(value);
    }

    public Subject subject() {
        return new Subject(SUBJECT_TYPE, value);
    }
}
