package dk.coi.portal.wiki.internal;

import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.FollowedList;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.notification.SubjectName;
import dk.coi.portal.wiki.WikiSubjects;
import dk.coi.portal.wiki.WikiRoutes;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Wiki pages as something to follow: named by their title, readable while not deleted; a deleted page's title
 * still names the notice of its deletion.
 */
@Component
class WikiPageNotices implements FollowableContent {

    private static final NoticeWording EDIT = new NoticeWording("wiki.watchlist.edited", "wiki.mail.change.subject",
            "wiki.mail.edited", "wiki.mail.see");
    private static final NoticeWording MINOR_EDIT = new NoticeWording("wiki.watchlist.edited",
            "wiki.mail.change.subject", "wiki.mail.edited-minor", "wiki.mail.see").ofMinorChange();
    private static final NoticeWording COMMENT = new NoticeWording("wiki.watchlist.commented",
            "wiki.mail.comment.subject", "wiki.mail.commented", "wiki.mail.see-comment");
    private static final NoticeWording REPLY = new NoticeWording("wiki.watchlist.replied",
            "wiki.mail.reply.subject", "wiki.mail.replied", "wiki.mail.see-reply");
    private static final NoticeWording DELETION = new NoticeWording("wiki.watchlist.deleted",
            "wiki.mail.deletion.subject", "wiki.mail.deleted", "wiki.mail.see-deleted", true);

    private final WikiPageRepository pages;

    WikiPageNotices(WikiPageRepository pages) {
        this.pages = pages;
    }

    @Override
    public String subjectType() {
        return WikiSubjects.PAGE;
    }

    @Override
    public Map<Long, SubjectName> readableNames(Collection<Long> ids) {
        return pages.findAllById(ids).stream().filter(page -> !page.isDeleted())
                .collect(Collectors.toMap(WikiPage::getId, WikiPageNotices::nameOf));
    }

    @Override
    public Map<Long, SubjectName> removedNames(Collection<Long> ids) {
        return pages.findAllById(ids).stream().filter(WikiPage::isDeleted)
                .collect(Collectors.toMap(WikiPage::getId, WikiPageNotices::nameOf));
    }

    private static SubjectName nameOf(WikiPage page) {
        return SubjectName.titled(page.getTitle(), WikiRoutes.page(page.getTitle()));
    }

    /** A deletion leads to the page, which says it was deleted and points to the log's reason. */
    @Override
    public String noticePath(long id, SubjectName name, String kind, Long detailId) {
        String title = name.title();
        return switch (kind(kind)) {
            case EDIT, MINOR_EDIT -> WikiRoutes.diffTo(title, detailId);
            case COMMENT, REPLY -> WikiRoutes.comment(title, detailId);
            case DELETION -> WikiRoutes.page(title);
        };
    }

    @Override
    public NoticeWording wording(String kind) {
        return switch (kind(kind)) {
            case EDIT -> EDIT;
            case MINOR_EDIT -> MINOR_EDIT;
            case COMMENT -> COMMENT;
            case REPLY -> REPLY;
            case DELETION -> DELETION;
        };
    }

    /** A page's edits, minor or not, are read together on the page, its comments and replies on its talk page. */
    @Override
    public Set<String> mailedTogether(String kind) {
        return switch (kind(kind)) {
            case EDIT, MINOR_EDIT -> WikiSubjects.NoticeKind.EDITS;
            case COMMENT, REPLY -> WikiSubjects.NoticeKind.TALK;
            case DELETION -> Set.of(kind);
        };
    }

    /** The watchlist lists the watched pages; the notices page links to it. */
    @Override
    public Optional<FollowedList> followedList() {
        return Optional.of(new FollowedList(WikiRoutes.WATCHLIST, "wiki.watchlist.title"));
    }

    private static WikiSubjects.NoticeKind kind(String kind) {
        return WikiSubjects.NoticeKind.valueOf(kind);
    }
}
