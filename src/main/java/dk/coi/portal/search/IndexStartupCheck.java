package dk.coi.portal.search;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a missing or incomplete index in the background once the portal has started: before the application
 * runners, whose demo content (units added to the register, say) would otherwise put a kind of content into a new
 * index first and hide that the rest of it, written by migrations, is missing.
 */
@Component
class IndexStartupCheck {

    private final SearchIndexService index;

    IndexStartupCheck(SearchIndexService index) {
        this.index = index;
    }

    @EventListener(ApplicationStartedEvent.class)
    void rebuildWhereNeeded() {
        index.rebuildWhereNeeded();
    }
}
