package dk.coi.portal.wiki.internal;

import dk.coi.portal.notification.FollowableContent;
import dk.coi.portal.notification.NoticeWording;
import dk.coi.portal.wiki.WikiSubjects;
import dk.coi.portal.wiki.WikiRoutes;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Wiki pages as something to follow: named by their title, readable while not deleted. */
@Component
class WikiPageNotices implements FollowableContent {

    private static final NoticeWording EDIT = new NoticeWording("wiki.watchlist.edited", "wiki.mail.change.subject",
            "wiki.mail.edited", "wiki.mail.see");
    private static final NoticeWording COMMENT = new NoticeWording("wiki.watchlist.commented",
            "wiki.mail.comment.subject", "wiki.mail.commented", "wiki.mail.see-comment");

    private final WikiPageRepository pages;

    WikiPageNotices(WikiPageRepository pages) {
        this.pages = pages;
    }

    @Override
    public String subjectType() {
        return WikiSubjects.PAGE;
    }

    @Override
    public Map<Long, String> readableTitles(Collection<Long> ids) {
        return pages.findAllById(ids).stream().filter(page -> !page.isDeleted())
                .collect(Collectors.toMap(WikiPage::getId, WikiPage::getTitle));
    }

    @Override
    public String path(long id, String title) {
        return WikiRoutes.page(title);
    }

    @Override
    public String noticePath(long id, String title, String kind, Long detailId) {
        return kind(kind) == WikiSubjects.NoticeKind.COMMENT
                ? WikiRoutes.comment(title, detailId)
                : WikiRoutes.diffTo(title, detailId);
    }

    @Override
    public NoticeWording wording(String kind) {
        return kind(kind) == WikiSubjects.NoticeKind.COMMENT ? COMMENT : EDIT;
    }

    private static WikiSubjects.NoticeKind kind(String kind) {
        return WikiSubjects.NoticeKind.valueOf(kind);
    }
}
