package dk.coi.portal.notification.ui;

import dk.coi.portal.notification.NotificationRoutes;
import dk.coi.portal.shared.web.SitemapContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** A person's notices are theirs: not for crawlers, nothing for the sitemap. */
@Component
class NoticesCrawling implements SitemapContributor {

    @Override
    public List<String> notForCrawlers() {
        return List.of("/" + NotificationRoutes.NOTICES);
    }
}
