package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.LiveVotes;
import dk.coi.portal.ideastorm.VoteService;
import dk.coi.portal.ideastorm.Phase;
import dk.coi.portal.ideastorm.StormDetails;
import dk.coi.portal.ideastorm.StormFollowing;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.StormScreen;
import dk.coi.portal.ideastorm.StormService;
import dk.coi.portal.ideastorm.StormMoment;
import dk.coi.portal.ideastorm.StormStage;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.ui.FollowControl;
import dk.coi.portal.ideastorm.ThemeService;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.time.Instant;
import java.util.Optional;

/**
 * A storm: its question, description, owner, audience and phases with the current one marked, and what is left of
 * it as words read when the page is shown (not ticking); the same elements as the reading page
 * {@code ideastorm/storm.jte}, then its ideas ({@link StormIdeas}). A storm asked for by its number alone (or older
 * words) is sent on to its address.
 */
@Route(StormRoutes.LIST + "/:storm(" + StormRoutes.STORM_SEGMENT + ")")
@AnonymousAllowed
class StormView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    /** A storm is followed ("Følg" / "Følger"). */
    private static final FollowControl.Words FOLLOW_WORDS = new FollowControl.Words("storm-follow",
            "ideastorm.follow.start", "ideastorm.follow.started", "ideastorm.follow.following",
            "ideastorm.follow.following-until", "ideastorm.follow.stop", "ideastorm.follow.stopped");

    private final StormService storms;
    private final FollowService follows;
    private final IdeaService ideas;
    private final ThemeService themes;
    private String title = "";

    private final VoteService votes;
    private final LiveVotes live;
    private StormId shown;
    private DescriptionList facts;
    private Paragraph moment;
    private OrderedList phases;
    private Runnable unregister;

    StormView(StormService storms, FollowService follows, IdeaService ideas, ThemeService themes, VoteService votes,
              LiveVotes live) {
        this.votes = votes;
        this.live = live;
        this.storms = storms;
        this.follows = follows;
        this.ideas = ideas;
        this.themes = themes;
        addClassName("portal-storm");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String segment = event.getRouteParameters().get("storm").orElse("");
        Optional<StormScreen> screen = StormRoutes.idOf(segment).flatMap(storms::screen);
        if (screen.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!screen.get().path().equals(StormRoutes.LIST + "/" + segment)) {
            event.forwardTo(Navigation.routerPath(screen.get().path()));
            return;
        }
        show(screen.get());
        showFollowing(screen.get().storm().id());
    }

    /** Following the storm, for signed-in people, under its title; looking at the storm reads its notices. */
    private void showFollowing(StormId id) {
        Subject storm = StormFollowing.storm(id);
        FollowControl.of(follows, storm, FOLLOW_WORDS).ifPresent(control -> addComponentAtIndex(1, control));
        follows.markSeen(storm);
    }

    private void show(StormScreen screen) {
        StormDetails storm = screen.storm();
        title = storm.title();
        removeAll();
        Paragraph question = ContentLanguage.danish(new Paragraph(storm.question()));
        question.setId("storm-question");
        question.addClassName("portal-storm-question");
        H2 about = new H2(getTranslation("ideastorm.storm.description"));
        Div description = SafeHtmlContent.prose(screen.description());
        description.setId("storm-description");
        shown = storm.id();
        facts = facts(storm);
        moment = moment(storm);
        phases = phases(screen);
        add(ContentLanguage.danish(new H1(storm.title())));
        if (storm.draft()) {
            add(StormSections.draftNote());
        }
        add(question, facts, moment);
        if (storm.resultsPublishedAt() != null) {
            Anchor results = new Anchor(screen.resultsPath(), getTranslation("ideastorm.results.link"));
            Paragraph line = new Paragraph(results);
            line.setId("storm-results-link");
            add(line);
        }
        if (screen.mayManage()) {
            Anchor manage = new Anchor(screen.managementPath(), getTranslation("ideastorm.manage.link"));
            manage.setId("storm-manage");
            Anchor evaluate = new Anchor(screen.evaluationPath(), getTranslation("ideastorm.evaluation.link"));
            evaluate.setId("storm-evaluation");
            add(new Paragraph(manage), new Paragraph(evaluate));
        }
        if (!screen.description().isEmpty()) {
            add(about, description);
        }
        H2 phasesHeading = new H2(getTranslation("ideastorm.storm.phases"));
        phasesHeading.setId("storm-phases-heading");
        add(phasesHeading, phases, new StormIdeas(ideas, themes, votes, live, storm.id()));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (shown != null) {
            unregister = live.register(shown, new LiveVotes.Updates() {
                @Override
                public void phaseChanged() {
                    ui.access(StormView.this::showPhaseChanged);
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    /**
     * The storm went into another phase while the page was open: its current phase, the time left and the marked
     * phase are shown anew in place (read once, not ticking; the ideas part updates itself).
     */
    private void showPhaseChanged() {
        storms.screen(shown).ifPresent(screen -> {
            facts = replaced(facts, facts(screen.storm()));
            moment = replaced(moment, moment(screen.storm()));
            phases = replaced(phases, phases(screen));
        });
    }

    private <C extends Component> C replaced(Component old, C now) {
        int at = getElement().indexOfChild(old.getElement());
        remove(old);
        addComponentAtIndex(at, now);
        return now;
    }

    private DescriptionList facts(StormDetails storm) {
        DescriptionList facts = new DescriptionList();
        facts.setId("storm-facts");
        facts.addClassName("portal-storm-facts");
        facts.add(new DescriptionList.Term(getTranslation("ideastorm.storm.owner")),
                ContentLanguage.danish(new DescriptionList.Description(storm.ownerOrganisation())),
                new DescriptionList.Term(getTranslation("ideastorm.storm.audience")),
                new DescriptionList.Description(getTranslation(storm.audience().labelKey())));
        if (storm.stage() == StormStage.OPEN) {
            DescriptionList.Description current = new DescriptionList.Description(
                    getTranslation(storm.currentPhase().kind().labelKey()));
            current.setId("storm-current-phase");
            facts.add(new DescriptionList.Term(getTranslation("ideastorm.storm.current-phase")), current);
        }
        return facts;
    }

    /** Where the storm stands in time, the moment in a {@code <time>} element; read once, not ticking. */
    private Paragraph moment(StormDetails storm) {
        StormMoment.Words words = storm.moment().words(I18NProvider::translate, getLocale());
        Element time = new Element("time").setAttribute("datetime", words.datetime()).setText(words.moment());
        Paragraph moment = new Paragraph(words.before());
        moment.getElement().appendChild(time);
        moment.add(new Text(words.after()));
        moment.setId("storm-time-left");
        moment.addClassName("portal-storm-time-left");
        return moment;
    }

    private OrderedList phases(StormScreen screen) {
        OrderedList list = new OrderedList();
        list.setId("storm-phases");
        list.addClassName("portal-storm-phases");
        list.getElement().setAttribute("aria-labelledby", "storm-phases-heading");
        for (Phase phase : screen.storm().phases()) {
            Span name = new Span(getTranslation(phase.kind().labelKey()));
            name.addClassName("portal-storm-phase-name");
            Span times = new Span(getTranslation("ideastorm.storm.phase-times", time(phase.start()),
                    DateFormats.endDateTime(phase.end(), getLocale())));
            times.addClassName("portal-storm-phase-times");
            ListItem item = new ListItem(name);
            item.addClassName("portal-storm-phase");
            if (screen.isCurrent(phase)) {
                // Said in words as well as shown, for readers who do not see the colour (WCAG 1.4.1).
                Span now = new Span(getTranslation("ideastorm.storm.now"));
                now.addClassNames("portal-tag", "portal-tag--info");
                item.add(new Text(" "), now);
                item.addClassName("portal-storm-phase--current");
                item.getElement().setAttribute("aria-current", "step");
            }
            Span about = new Span(phase.explanation().render(I18NProvider::translate));
            about.addClassName("portal-storm-phase-about");
            item.add(new Text(" "), times, about);
            list.add(item);
        }
        return list;
    }

    private String time(Instant time) {
        return DateFormats.dateTime(time, getLocale());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
