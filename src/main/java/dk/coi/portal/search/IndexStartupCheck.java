package dk.coi.portal.search;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Rebuilds a missing or incomplete index in the background once the portal is up. */
@Component
class IndexStartupCheck {

    private final SearchIndexService index;

    IndexStartupCheck(SearchIndexService index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIfIncomplete() {
        index.rebuildIfIncomplete();
    }
}
