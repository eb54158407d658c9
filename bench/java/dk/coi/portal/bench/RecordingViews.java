package dk.coi.portal.bench;

import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.LiveVotes;
import dk.coi.portal.ideastorm.StormId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Open storm views as the server holds them: each registered with {@link LiveVotes#register} exactly as
 * {@code StormIdeas} registers on attach, and noting the moment the pusher hands it the count it waits for (where
 * a view would take its UI's lock). No Vaadin UI behind them: what the UI work costs is in {@link ServerUis}' and
 * the Chromium pages' figures.
 */
final class RecordingViews extends OpenViews {

    private final List<Runnable> unregistering = new ArrayList<>();

    RecordingViews(LiveVotes live, StormId storm, IdeaId idea, int views) {
        super(views);
        for (int i = 0; i < views; i++) {
            int view = i;
            unregistering.add(live.register(storm, new LiveVotes.Updates() {
                @Override
                public void counts(Map<IdeaId, Long> counts) {
                    arrivals.arrived(view, counts.getOrDefault(idea, -1L), System.nanoTime());
                }
            }));
        }
    }

    @Override
    public void close() {
        unregistering.forEach(Runnable::run);
    }
}
