package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import dk.coi.portal.ideastorm.IdeaBoard;
import dk.coi.portal.ideastorm.IdeaCard;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaOrder;
import dk.coi.portal.ideastorm.IdeaPage;
import dk.coi.portal.ideastorm.IdeaQuery;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.LiveVotes;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.Submission;
import dk.coi.portal.ideastorm.Theme;
import dk.coi.portal.ideastorm.ThemeService;
import dk.coi.portal.ideastorm.VoteService;
import dk.coi.portal.ideastorm.VoteState;
import dk.coi.portal.ideastorm.Voting;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A storm's ideas on its Vaadin page, from one call ({@link IdeaService#board}): staff's theme control, the form
 * for a new idea (or why there is none), the order and filters, and a page of ideas with links to the next, each
 * with its vote count and toggle ({@link VoteControl}). The same elements as the ideas part of
 * {@code ideastorm/storm.jte}. Counts others' votes change are pushed while the view is attached ({@link LiveVotes}).
 */
class StormIdeas extends Composite<Section> {

    private final IdeaService ideas;
    private final ThemeService themes;
    private final VoteService votes;
    private final LiveVotes live;
    private final StormId storm;
    private final Map<IdeaId, VoteControl> voteControls = new HashMap<>();
    private final FormStatus voteStatus = new FormStatus("storm-vote-status");
    private final Paragraph voteState = new Paragraph();
    private IdeaQuery query = IdeaQuery.first();
    private IdeaForm form;
    /** Whether a submitted idea waits for staff's approval, which the thanks then say. */
    private boolean ideasAwaitApproval;
    private ThemeControl themeControl;
    private Runnable unregister;
    /** Where new ideas published by others are announced (a polite live region, never taking the focus). */
    private final Div newIdeas = new Div();
    private int unseenIdeas;
    /** Ideas sent from this page, which its list already shows: not announced to it as new. */
    private final Set<IdeaId> sentHere = new HashSet<>();
    /** Where the idea form is, or why there is none. */
    private final Div submissionPlace = new Div();
    /**
     * Said politely above the form's place when the storm's phase opens or closes it while the page is open; a live
     * region kept on the page, so that what is written into it is announced.
     */
    private final Paragraph submissionNews = new Paragraph();
    private Submission submission;

    StormIdeas(IdeaService ideas, ThemeService themes, VoteService votes, LiveVotes live, StormId storm) {
        this.ideas = ideas;
        this.themes = themes;
        this.votes = votes;
        this.live = live;
        voteState.setId("storm-vote-state");
        newIdeas.setId("storm-new-ideas");
        newIdeas.getElement().setAttribute("role", "status");
        submissionPlace.setId("idea-submission");
        submissionNews.setId("idea-submission-news");
        submissionNews.getElement().setAttribute("role", "status");
        this.storm = storm;
        getContent().setId("storm-ideas");
        getContent().addClassName("portal-storm-ideas");
        getContent().getElement().setAttribute("aria-labelledby", "storm-ideas-heading");
        show();
    }

    private void show() {
        IdeaBoard board = ideas.board(storm, query);
        getContent().removeAll();
        H2 heading = new H2(getTranslation(board.headingKey()));
        heading.setId("storm-ideas-heading");
        getContent().add(heading);
        if (board.mayManageThemes()) {
            themeControl = new ThemeControl(themes, storm, board.themes(), this::themesChanged);
            getContent().add(themeControl);
        }
        showVoteState(board.votes());
        showSubmission(board, false);
        submissionNews.setText("");
        getContent().add(submissionNews, submissionPlace, voteState, voteStatus, controls(board), newIdeas, list(board),
                pager(board));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        unregister = live.register(storm, new LiveVotes.Updates() {
            @Override
            public void counts(Map<IdeaId, Long> counts) {
                ui.access(() -> counts.forEach((idea, count) -> Optional.ofNullable(voteControls.get(idea))
                        .ifPresent(control -> control.showCount(count))));
            }

            @Override
            public void published(Set<IdeaId> published) {
                ui.access(() -> announceNewIdeas(published));
            }

            @Override
            public void phaseChanged() {
                ui.access(StormIdeas.this::showPhaseChanged);
            }
        });
    }

    /**
     * The storm went into another phase while the page was open: the form is offered, or stops sending but keeps what
     * was typed in it (said politely above it), and the vote controls and budget show what the new phase allows. The
     * list stays as it is.
     */
    private void showPhaseChanged() {
        Submission before = submission;
        IdeaBoard board = ideas.board(storm, query);
        if (board.submission() != before) {
            boolean closedNow = before.isOpen() && !board.submission().isOpen();
            if (closedNow && form != null) {
                submission = board.submission();
                form.closeKeepingText();
            } else {
                showSubmission(board, before.isOpen());
            }
            submissionNews.setText(board.submission().isOpen() ? getTranslation("ideastorm.submit.opened-now")
                    : closedNow ? getTranslation("ideastorm.submit.closed-now") : "");
        }
        showVotes(board);
    }

    /**
     * New ideas are announced politely with a button that shows them, rather than put into the list at once: the
     * list is in the reader's own order and pages, so inserting would move what they are reading or about to click.
     */
    private void announceNewIdeas(Set<IdeaId> published) {
        long others = published.stream().filter(idea -> !sentHere.contains(idea)).count();
        if (others == 0) {
            return;
        }
        unseenIdeas += (int) others;
        newIdeas.removeAll();
        Button show = new Button(getTranslation("ideastorm.ideas.new-show"), click -> {
            unseenIdeas = 0;
            newIdeas.removeAll();
            query = query.onPage(0);
            refreshList();
        });
        show.setId("storm-new-ideas-show");
        show.addThemeVariants(ButtonVariant.SMALL);
        newIdeas.add(new Span(getTranslation("ideastorm.ideas.new", unseenIdeas) + " "), show);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (unregister != null) {
            unregister.run();
            unregister = null;
        }
    }

    /** The visitor's budget while they may vote; why they may not where a sign-in or the audience is the reason. */
    private void showVoteState(VoteState state) {
        voteState.removeAll();
        if (state.voting() == Voting.SIGN_IN) {
            voteState.add(new Anchor("login", getTranslation(state.voting().reasonKey())));
        } else if (state.voting() == Voting.NOT_IN_AUDIENCE) {
            voteState.setText(getTranslation(state.voting().reasonKey()));
        } else if (state.voting().isOpen()) {
            voteState.setText(state.remaining() == null ? getTranslation(state.voting().reasonKey())
                    : getTranslation("ideastorm.vote.remaining", state.remaining()));
        }
        voteState.setVisible(state.voting() != Voting.PHASE_CLOSED);
    }

    /**
     * The visitor votes or withdraws; every control on the page is then shown as the service says (counts, their
     * votes, the budget) in place, so the keyboard focus stays on the button.
     */
    private void toggleVote(IdeaCard idea, boolean vote) {
        voteStatus.clear();
        try {
            if (vote) {
                votes.vote(idea.id());
            } else {
                votes.withdraw(idea.id());
            }
            voteStatus.done(getTranslation(vote ? "ideastorm.vote.given" : "ideastorm.vote.withdrawn", idea.title()));
        } catch (InvalidInputException refused) {
            voteStatus.refused(refused);
        }
        showVotes(ideas.board(storm, query));
    }

    /** Every vote control on the page and the budget as the board says. */
    private void showVotes(IdeaBoard board) {
        board.ideas().ideas().forEach(card -> Optional.ofNullable(voteControls.get(card.id()))
                .ifPresent(control -> control.show(card.votes(), card.votedByMe(), board.votes())));
        showVoteState(board.votes());
    }

    private void themesChanged(String doneKey) {
        show();
        themeControl.said(doneKey);
    }

    /** The form for a new idea, or why there is none (unless it closed just now, which the news then says). */
    private void showSubmission(IdeaBoard board, boolean closedNow) {
        submission = board.submission();
        submissionPlace.removeAll();
        form = null;
        if (!submission.isOpen()) {
            if (!closedNow) {
                submissionPlace.add(new Paragraph(getTranslation(submission.reasonKey())));
            }
            return;
        }
        H3 heading = new H3(getTranslation("ideastorm.form.heading"));
        submissionPlace.add(heading);
        ideasAwaitApproval = board.ideasAwaitApproval();
        if (ideasAwaitApproval) {
            submissionPlace.add(new Paragraph(getTranslation("ideastorm.form.awaiting-approval")));
        }
        form = new IdeaForm(ideas, storm, board.themes(), null, "ideastorm.form.submit", this::submit);
        submissionPlace.add(form);
    }

    private void submit(IdeaDraft draft) {
        IdeaId sent = ideas.submit(storm, draft);
        if (!ideasAwaitApproval) {
            // Held for approval, it is not in the list yet: its publication is news to this page too.
            sentHere.add(sent);
        }
        form.clear();
        query = query.onPage(0);
        refreshList();
        // The thanks link the idea by its own full address, as every other link to it does.
        form.sent(ideasAwaitApproval ? "ideastorm.form.submitted-awaiting" : "ideastorm.form.submitted",
                ideas.idea(storm, sent).orElseThrow().path());
    }

    /**
     * The list and pager again for the query (after a new idea, a choice or a page): the form and the choices stay,
     * so neither what is said under the form nor the keyboard focus on a choice is lost.
     */
    private void refreshList() {
        IdeaBoard board = ideas.board(storm, query);
        getContent().getChildren().filter(child -> child.getId().filter(id -> id.equals("storm-idea-list")
                || id.equals("storm-idea-pager")).isPresent()).toList().forEach(getContent()::remove);
        getContent().add(list(board), pager(board));
    }

    private FlexLayout controls(IdeaBoard board) {
        Select<IdeaOrder> order = new Select<>();
        order.setId("idea-order");
        order.setLabel(getTranslation("ideastorm.ideas.order"));
        order.setItems(board.orders());
        order.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        order.setValue(query.order());
        order.addValueChangeListener(change -> requery(new IdeaQuery(change.getValue(), query.theme(), query.status(), 0)));
        FlexLayout controls = new FlexLayout(order);
        controls.setId("storm-idea-controls");
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.getStyle().set("gap", "var(--lumo-space-m)");
        if (board.themeRequired()) {
            Select<Optional<Theme>> theme = new Select<>();
            theme.setId("idea-filter-theme");
            theme.setLabel(getTranslation("ideastorm.ideas.theme"));
            List<Optional<Theme>> choices = new ArrayList<>();
            choices.add(Optional.empty());
            board.themes().forEach(item -> choices.add(Optional.of(item)));
            theme.setItems(choices);
            theme.setItemLabelGenerator(item -> item.map(Theme::name).orElse(getTranslation("ideastorm.ideas.all-themes")));
            theme.setValue(choices.stream().filter(item -> Objects.equals(item.map(Theme::id).orElse(null),
                    query.theme())).findFirst().orElse(Optional.empty()));
            theme.addValueChangeListener(change -> requery(new IdeaQuery(query.order(),
                    change.getValue().map(Theme::id).orElse(null), query.status(), 0)));
            controls.add(theme);
        }
        Select<Optional<IdeaStatus>> status = new Select<>();
        status.setId("idea-filter-status");
        status.setLabel(getTranslation("ideastorm.ideas.status"));
        List<Optional<IdeaStatus>> statuses = new ArrayList<>();
        statuses.add(Optional.empty());
        for (IdeaStatus item : IdeaStatus.values()) {
            statuses.add(Optional.of(item));
        }
        status.setItems(statuses);
        status.setItemLabelGenerator(item -> item.map(s -> getTranslation(s.labelKey()))
                .orElse(getTranslation("ideastorm.ideas.all-statuses")));
        status.setValue(Optional.ofNullable(query.status()));
        status.addValueChangeListener(change -> requery(new IdeaQuery(query.order(), query.theme(),
                change.getValue().orElse(null), 0)));
        controls.add(status);
        return controls;
    }

    private void requery(IdeaQuery next) {
        query = next;
        refreshList();
    }

    private Div list(IdeaBoard board) {
        Div place = new Div();
        place.setId("storm-idea-list");
        Paragraph count = new Paragraph(getTranslation(board.countKey(), board.ideas().total()));
        count.setId("storm-idea-count");
        place.add(count);
        if (board.ideas().ideas().isEmpty()) {
            return place;
        }
        voteControls.clear();
        if (!board.ideas().byTheme()) {
            UnorderedList list = cards(board.ideas().ideas(), board.votes(), false);
            list.setId("storm-idea-cards");
            list.getElement().setAttribute("aria-labelledby", "storm-ideas-heading");
            place.add(list);
            return place;
        }
        // Under each theme's heading its ideas, their titles a level below.
        Div groups = new Div();
        groups.setId("storm-idea-cards");
        groups.addClassName("portal-idea-groups");
        for (IdeaPage.ThemeGroup group : board.ideas().themeGroups()) {
            Section section = new Section();
            section.addClassName("portal-idea-group");
            H3 name = group.themeName() == null ? new H3(getTranslation("ideastorm.results.without-theme"))
                    : ContentLanguage.danish(new H3(group.themeName()));
            section.add(name, cards(group.ideas(), board.votes(), true));
            groups.add(section);
        }
        place.add(groups);
        return place;
    }

    private UnorderedList cards(List<IdeaCard> shown, VoteState state, boolean underTheme) {
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-idea-cards");
        shown.forEach(idea -> list.add(card(idea, state, underTheme)));
        return list;
    }

    private ListItem card(IdeaCard idea, VoteState state, boolean underTheme) {
        ListItem item = new ListItem();
        item.addClassName("portal-idea-card");
        Anchor link = ContentLanguage.danish(new Anchor("/" + idea.path(), idea.title()));
        item.add(underTheme ? new H4(link) : new H3(link));
        Paragraph facts = new Paragraph(getTranslation("ideastorm.ideas.by", idea.authorName() == null
                ? getTranslation("person.erased") : idea.authorName()));
        facts.addClassName("portal-idea-facts");
        // Under its theme's heading a card need not name the theme again.
        if (idea.themeName() != null && !underTheme) {
            Span theme = new Span(idea.themeName());
            theme.addClassNames("portal-tag");
            facts.add(new Text(" "), ContentLanguage.danish(theme));
        }
        if (idea.status() != IdeaStatus.PUBLISHED) {
            Span status = new Span(getTranslation(idea.status().labelKey()));
            status.addClassNames("portal-tag", "portal-idea-status");
            facts.add(new Text(" "), status);
        }
        if (idea.hidden()) {
            Span hidden = new Span(getTranslation("ideastorm.ideas.hidden"));
            hidden.addClassNames("portal-tag", "portal-tag--warning");
            facts.add(new Text(" "), hidden);
        }
        Paragraph comments = new Paragraph(getTranslation("ideastorm.comment.count", idea.comments()));
        comments.addClassName("portal-idea-comments");
        item.add(facts, ContentLanguage.danish(new Paragraph(idea.opening())), comments);
        VoteControl vote = new VoteControl(idea.id(), idea.title(), wanted -> toggleVote(idea, wanted));
        vote.show(idea.votes(), idea.votedByMe(), state);
        voteControls.put(idea.id(), vote);
        item.add(vote);
        return item;
    }

    private FlexLayout pager(IdeaBoard board) {
        FlexLayout pager = new FlexLayout();
        pager.setId("storm-idea-pager");
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", getTranslation("ideastorm.ideas.pages"));
        pager.getStyle().set("gap", "var(--lumo-space-m)");
        if (board.ideas().pages() <= 1) {
            return pager;
        }
        Button previous = new Button(getTranslation("ideastorm.ideas.previous"),
                click -> requery(query.onPage(query.page() - 1)));
        previous.setId("idea-page-previous");
        previous.setEnabled(board.ideas().hasPrevious());
        Button next = new Button(getTranslation("ideastorm.ideas.next"), click -> requery(query.onPage(query.page() + 1)));
        next.setId("idea-page-next");
        next.setEnabled(board.ideas().hasNext());
        pager.add(previous, new Span(getTranslation("ideastorm.ideas.page", query.page() + 1, board.ideas().pages())),
                next);
        return pager;
    }
}
