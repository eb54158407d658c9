package dk.coi.portal.landscape;

import dk.coi.portal.shared.Subject;

/** A case of the landscape, as other modules and the views refer to it. */
public record CaseId(long value) {

    /** Cases' subject type in notifications. */
    public static final String SUBJECT_TYPE = "landscape.case";

    public static CaseId of(long value) {
        return new CaseId(value);
    }

    public Subject subject() {
        return new Subject(SUBJECT_TYPE, value);
    }
}
