package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.search.SearchableContent;
import dk.coi.portal.shared.Phrase;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Storms in the portal search, each leading to its page, its hit saying where it stands ("Idéstorm · åben"). */
@Component
class SearchableStorms implements SearchableContent<Storm> {

    private final Clock clock;

    SearchableStorms(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Class<Storm> entityType() {
        return Storm.class;
    }

    @Override
    public String typeLabelKey() {
        return "search.type.storm";
    }

    @Override
    public String pathOf(Storm storm) {
        return StormRoutes.storm(storm.stormId(), storm.getTitle());
    }

    @Override
    public String titleOf(Storm storm) {
        return storm.getTitle();
    }

    /** Its stage now, by the server clock: coming, open or concluded. */
    @Override
    public Phrase contextOf(Storm storm) {
        return Phrase.of("ideastorm.search.stage." + StormStages.details(storm, clock.instant()).stage().name()
                .toLowerCase(Locale.ROOT));
    }
}
