package dk.coi.portal.notification.internal;

import dk.coi.portal.shared.Subject;

/** How many of a person's notices about one subject are unread. */
public record UnreadCount(String subjectType, long subjectId, long unread) {

    public Subject subject() {
        return new Subject(subjectType, subjectId);
    }
}
