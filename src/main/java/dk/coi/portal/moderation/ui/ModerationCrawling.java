package dk.coi.portal.moderation.ui;

import dk.coi.portal.shared.web.SitemapContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** Moderation is staff work: not for crawlers. */
@Component
class ModerationCrawling implements SitemapContributor {

    @Override
    public List<String> notForCrawlers() {
        return List.of("/" + ModerationQueueView.ROUTE);
    }
}
