package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.wiki.WatchedPage;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.Optional;

/**
 * Watching a page from the page itself, as MediaWiki's watch star: one button watches it for good; only then,
 * labelled for what it does, a choice of for how long, and the way to stop. Focus moves to what took the place
 * of the button used, and the change is announced to screen readers.
 */
class WatchControl extends Div {

    private final WikiWatchService watchlist;
    private final String title;
    private final Div control = new Div();
    private final FormStatus status = new FormStatus("watch-status");

    WatchControl(WikiWatchService watchlist, String title, Optional<WatchedPage> watched) {
        this.watchlist = watchlist;
        this.title = title;
        setId("watch-control");
        addClassName("portal-watch");
        control.addClassName("portal-watch-row");
        add(control, status);
        watched.ifPresentOrElse(this::showWatched, this::showNotWatched);
    }

    /** Shows the page as not watched; returns the button that watches it, where focus goes after stopping. */
    private Button showNotWatched() {
        Button watch = new Button(getTranslation("wiki.watch.start"), click -> attempt(() -> {
            showWatched(watchlist.watch(title, FollowPeriod.PERMANENT, getLocale())).focus();
            status.done(getTranslation("wiki.watch.started"));
        }));
        watch.setId("watch-page");
        control.removeAll();
        control.add(watch);
        return watch;
    }

    /** Shows the page as watched; returns the choice of for how long, where focus goes after watching. */
    private Select<FollowPeriod> showWatched(WatchedPage watched) {
        Span state = new Span(stateText(watched));
        state.setId("watch-state");
        Select<FollowPeriod> period = new Select<>();
        period.setLabel(getTranslation("wiki.watch.period"));
        period.setItems(FollowPeriod.values());
        period.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        if (watched.expiresAt() == null) {
            period.setValue(FollowPeriod.PERMANENT);
        } else {
            period.setPlaceholder(getTranslation("wiki.watch.period-until",
                    ChangeLines.time(watched.expiresAt(), getLocale())));
        }
        period.setId("watch-period");
        period.addValueChangeListener(chosen -> {
            if (chosen.isFromClient() && chosen.getValue() != null) {
                // The choice stays where it is (and keeps focus); only the words about it change.
                attempt(() -> {
                    state.setText(stateText(watchlist.watch(title, chosen.getValue(), getLocale())));
                    // Said once: the state beside the choice reads the new date, the status only that it is saved.
                    status.done(getTranslation("wiki.watch.period-saved"));
                });
            }
        });
        Button stop = new Button(getTranslation("wiki.watch.stop"), click -> {
            watchlist.unwatch(title);
            showNotWatched().focus();
            status.done(getTranslation("wiki.watch.stopped"));
        });
        stop.addThemeVariants(ButtonVariant.TERTIARY);
        stop.setId("unwatch-page");
        control.removeAll();
        control.add(state, period, stop);
        return period;
    }

    private String stateText(WatchedPage watched) {
        return watched.expiresAt() == null ? getTranslation("wiki.watch.watching")
                : getTranslation("wiki.watch.watching-until", ChangeLines.time(watched.expiresAt(), getLocale()));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            status.refused(refused);
        }
    }
}
