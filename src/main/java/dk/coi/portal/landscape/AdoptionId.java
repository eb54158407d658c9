package dk.coi.portal.landscape;

import dk.coi.portal.shared.Subject;

/** A workplace's reuse of a case (an adoption), as notices and the views refer to it. */
public record AdoptionId(long value) {

    /** Adoptions' subject type in notifications: the case's editors and contact hear of a new one. */
    public static final String SUBJECT_TYPE = "landscape.adoption";

    public static AdoptionId of(long value) {
        return new AdoptionId(value);
    }

    public Subject subject() {
        return new Subject(SUBJECT_TYPE, value);
    }
}
