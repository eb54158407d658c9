package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import dk.coi.portal.ideastorm.StormFollowing;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.Followed;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.ListScreen;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The storms the signed-in person follows, by title, each with until when, its unread notices and a way to stop
 * following it; the notices page links here (the storms' {@code FollowedList}).
 */
@Route(StormRoutes.FOLLOWED)
@PermitAll
class FollowedStormsView extends ListScreen {

    private final FollowService follows;

    FollowedStormsView(FollowService follows) {
        super("followed-storms-status");
        this.follows = follows;
    }

    @Override
    protected void addContent() {
        List<Followed> storms = follows.follows(StormFollowing.STORM);
        if (storms.isEmpty()) {
            add(new Paragraph(getTranslation("ideastorm.followed.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("followed-storms");
        for (Followed storm : storms) {
            // For good is said in the words the choice of how long was made with.
            Span until = new Span(storm.expiresAt() == null ? getTranslation(FollowPeriod.PERMANENT.labelKey())
                    : getTranslation("ideastorm.followed.until", ChangeLines.time(storm.expiresAt(), getLocale())));
            Button stop = new Button(getTranslation("ideastorm.followed.stop"), click -> {
                follows.unfollow(storm.subject());
                rebuild();
                status.done(getTranslation("ideastorm.followed.stopped", storm.title()));
            });
            stop.setId("followed-storm-stop-" + storm.subject().id());
            stop.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            stop.getElement().setAttribute("aria-label", getTranslation("ideastorm.followed.stop-named", storm.title()));
            Anchor title = new Anchor(storm.path(), storm.title());
            title.getElement().setAttribute("lang", "da");
            ListItem item = new ListItem(title, ChangeLines.separator(), until);
            if (storm.unread() > 0) {
                item.add(ChangeLines.separator(), new Span(getTranslation("ideastorm.followed.unread", storm.unread())));
            }
            item.add(ChangeLines.separator(), stop);
            list.add(item);
        }
        add(list);
    }

    @Override
    public String titleKey() {
        return "ideastorm.followed.title";
    }
}
