package dk.coi.portal.notification.internal;

import dk.coi.portal.shared.Subject;

/** How many of a person's notices of one kind about one subject are unread. */
public record UnreadCount(String subjectType, long subjectId, String kind, long unread) {

    public Subject subject() {
        return new Subject(subjectType, subjectId);
    }

    public FollowableContents.Noticed noticed() {
        return new FollowableContents.Noticed(subject(), kind);
    }
}
