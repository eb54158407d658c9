package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import dk.coi.portal.ideastorm.IdeaId;
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
 * The storms the signed-in person follows, then the ideas they follow, by title, each with until when, its unread
 * notices and a way to stop following it; the notices page links here (the storms' {@code FollowedList}).
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
        List<Followed> ideas = follows.follows(IdeaId.SUBJECT_TYPE);
        if (storms.isEmpty()) {
            add(new Paragraph(getTranslation("ideastorm.followed.none")));
        } else {
            add(list("followed-storms", storms));
        }
        if (!ideas.isEmpty()) {
            H2 heading = new H2(getTranslation("ideastorm.followed.ideas"));
            heading.setId("followed-ideas-heading");
            UnorderedList list = list("followed-ideas", ideas);
            list.getElement().setAttribute("aria-labelledby", "followed-ideas-heading");
            add(heading, list);
        }
    }

    /** The followed storms or ideas, by title, each with until when, its unread notices and a way to stop. */
    private UnorderedList list(String id, List<Followed> followed) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (Followed one : followed) {
            // For good is said in the words the choice of how long was made with.
            Span until = new Span(one.expiresAt() == null ? getTranslation(FollowPeriod.PERMANENT.labelKey())
                    : getTranslation("ideastorm.followed.until", ChangeLines.time(one.expiresAt(), getLocale())));
            Button stop = new Button(getTranslation("ideastorm.followed.stop"), click -> {
                follows.unfollow(one.subject());
                rebuild();
                status.done(getTranslation("ideastorm.followed.stopped", one.title()));
            });
            stop.setId(id + "-stop-" + one.subject().id());
            stop.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            stop.getElement().setAttribute("aria-label", getTranslation("ideastorm.followed.stop-named", one.title()));
            Anchor title = new Anchor(one.path(), one.title());
            title.getElement().setAttribute("lang", "da");
            ListItem item = new ListItem(title, ChangeLines.separator(), until);
            if (one.unread() > 0) {
                item.add(ChangeLines.separator(), new Span(getTranslation("ideastorm.followed.unread", one.unread())));
            }
            item.add(ChangeLines.separator(), stop);
            list.add(item);
        }
        return list;
    }

    @Override
    public String titleKey() {
        return "ideastorm.followed.title";
    }
}
