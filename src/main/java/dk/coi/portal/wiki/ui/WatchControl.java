package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.wiki.WatchedPage;
import dk.coi.portal.wiki.WikiWatchService;
import java.util.Optional;
import dk.coi.portal.shared.ui.FormStatus;

/** Watching a page from the page itself: for how long, or stop; the state is announced to screen readers. */
class WatchControl extends Div {

    private final WikiWatchService watchlist;
    private final String title;
    private final FormStatus status = new FormStatus("watch-status");

    WatchControl(WikiWatchService watchlist, String title, Optional<WatchedPage> watched) {
        this.watchlist = watchlist;
        this.title = title;
        setId("watch-control");
        addClassName("portal-watch");
        build(watched);
    }

    private void build(Optional<WatchedPage> watched) {
        removeAll();
        HorizontalLayout row = new HorizontalLayout();
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (watched.isPresent()) {
            Span state = new Span(watched.get().expiresAt() == null ? getTranslation("wiki.watch.watching")
                    : getTranslation("wiki.watch.watching-until", ChangeLines.time(watched.get().expiresAt(), getLocale())));
            state.setId("watch-state");
            Button stop = new Button(getTranslation("wiki.watch.stop"), click -> {
                watchlist.unwatch(title);
                build(Optional.empty());
                status.done(getTranslation("wiki.watch.stopped"));
            });
            stop.addThemeVariants(ButtonVariant.TERTIARY);
            stop.setId("unwatch-page");
            row.add(state, stop);
        } else {
            Select<FollowPeriod> period = new Select<>();
            period.setLabel(getTranslation("wiki.watch.period"));
            period.setItems(FollowPeriod.values());
            period.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            period.setValue(FollowPeriod.PERMANENT);
            period.setId("watch-period");
            Button watch = new Button(getTranslation("wiki.watch.start"), click -> {
                try {
                    build(Optional.of(watchlist.watch(title, period.getValue(), getLocale())));
                    status.done(getTranslation("wiki.watch.started"));
                } catch (InvalidInputException refused) {
                    status.refused(refused);
                }
            });
            watch.setId("watch-page");
            row.add(period, watch);
        }
        add(row, status);
    }
}
