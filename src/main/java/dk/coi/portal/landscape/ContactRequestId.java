package dk.coi.portal.landscape;

import dk.coi.portal.shared.Subject;

/** A request to a case's contact person about reusing the case, as notices and the views refer to it. */
public record ContactRequestId(long value) {

    /** Contact requests' subject type in notifications: the contact hears of a request, the requester of a reply. */
    public static final String SUBJECT_TYPE = "landscape.contact-request";

    public static ContactRequestId of(long value) {
        return new ContactRequestId(value);
    }

    public Subject subject() {
        return new Subject(SUBJECT_TYPE, value);
    }
}
