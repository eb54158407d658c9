package dk.coi.portal.wiki.internal;

/** A notice with the title of its page. */
public record NoticeRow(WikiNotice notice, String title) {
}
