package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.ideastorm.EvaluationService;
import dk.coi.portal.ideastorm.IdeaCommentService;
import dk.coi.portal.ideastorm.IdeaDraft;
import dk.coi.portal.ideastorm.IdeaEvaluation;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaMergeService;
import dk.coi.portal.ideastorm.IdeaReading;
import dk.coi.portal.ideastorm.IdeaScreen;
import dk.coi.portal.ideastorm.IdeaService;
import dk.coi.portal.ideastorm.LiveVotes;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormRoutes;
import dk.coi.portal.ideastorm.Theme;
import dk.coi.portal.ideastorm.VoteService;
import dk.coi.portal.ideastorm.VoteState;
import dk.coi.portal.ideastorm.Voting;
import dk.coi.portal.ideastorm.WithheldIdea;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.moderation.ui.ItemDecisions;
import dk.coi.portal.moderation.ui.ReportControl;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.ui.FollowControl;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.ui.ContentLanguage;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.SafeHtmlContent;
import java.util.Map;
import java.util.Optional;

/**
 * An idea for signed-in people: its storm, title, author, theme, status and description (the same elements as the
 * reading page {@code ideastorm/idea.jte}); a hidden idea says why to its author and staff, and tells others only that
 * COI hid it (or that it waits for approval) with the way to its storm; others may report it;
 * its author may edit it while the storm takes ideas; a link to its history; its vote count and toggle, the count
 * pushed as others vote ({@link LiveVotes}); its public answer, following it, and for staff its evaluation
 * ({@link IdeaEvaluationPanel}); its comments ({@link IdeaCommentsSection}). Asked for by its numbers alone (or
 * older words) it is sent on to its address.
 */
@Route(StormRoutes.LIST + "/:storm(" + StormRoutes.STORM_SEGMENT + ")/" + StormRoutes.IDEAS + "/:idea("
        + StormRoutes.IDEA_SEGMENT + ")")
@AnonymousAllowed
class IdeaView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final IdeaService ideas;
    private final ModerationService moderation;
    private final VoteService votes;
    private final LiveVotes live;
    private final EvaluationService evaluation;
    private final FollowService follows;
    private static final FollowControl.Words FOLLOW_WORDS = new FollowControl.Words("idea-follow",
            "ideastorm.idea.follow.start", "ideastorm.idea.follow.started", "ideastorm.follow.following",
            "ideastorm.follow.following-until", "ideastorm.follow.stop", "ideastorm.idea.follow.stopped");

    private final IdeaCommentService comments;
    private final IdeaMergeService merges;
    private String title = "";
    private IdeaScreen shown;
    private FormStatus themeStatus;
    private MergeControl mergeControl;
    private VoteControl voteControl;
    private Paragraph voteState;
    /** The vote count and toggle, or why there is none; empty where the idea takes no votes. */
    private Div voting;
    private Runnable unregister;

    IdeaView(IdeaService ideas, ModerationService moderation, VoteService votes, LiveVotes live,
             EvaluationService evaluation, FollowService follows, IdeaCommentService comments,
             IdeaMergeService merges) {
        this.evaluation = evaluation;
        this.follows = follows;
        this.comments = comments;
        this.merges = merges;
        this.ideas = ideas;
        this.moderation = moderation;
        this.votes = votes;
        this.live = live;
        addClassName("portal-idea");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String stormSegment = event.getRouteParameters().get("storm").orElse("");
        String ideaSegment = event.getRouteParameters().get("idea").orElse("");
        Optional<StormId> storm = StormRoutes.idOf(stormSegment);
        Optional<IdeaId> idea = StormRoutes.ideaIdOf(ideaSegment);
        Optional<IdeaReading> reading = storm.isPresent() && idea.isPresent()
                ? ideas.reading(storm.get(), idea.get()) : Optional.empty();
        switch (reading.orElse(null)) {
            case null -> event.rerouteToError(NotFoundException.class);
            case WithheldIdea withheld -> showWithheld(withheld);
            case IdeaScreen screen -> {
                String asked = StormRoutes.LIST + "/" + stormSegment + "/" + StormRoutes.IDEAS + "/" + ideaSegment;
                if (screen.path().equals(asked)) {
                    show(screen);
                } else {
                    event.forwardTo(Navigation.routerPath(screen.path()));
                }
            }
        }
    }

    /** A hidden or held idea, to a visitor who may not read it: why, and the way to its storm. */
    private void showWithheld(WithheldIdea idea) {
        shown = null;
        title = getTranslation(idea.titleKey());
        removeAll();
        Anchor storm = ContentLanguage.danish(new Anchor("/" + idea.stormPath(), idea.stormTitle()));
        storm.setId("idea-storm");
        Paragraph back = new Paragraph(storm);
        back.addClassName("portal-idea-storm");
        Paragraph why = new Paragraph(getTranslation(idea.reasonKey()));
        why.setId("idea-withheld");
        why.addClassName("portal-alert");
        add(back, new H1(title), why);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (shown != null) {
            IdeaId idea = shown.id();
            unregister = live.register(shown.storm(), new LiveVotes.Updates() {
                @Override
                public void counts(Map<IdeaId, Long> counts) {
                    ui.access(() -> {
                        if (counts.containsKey(idea) && voteControl != null) {
                            voteControl.showCount(counts.get(idea));
                        }
                    });
                }

                @Override
                public void phaseChanged() {
                    ui.access(IdeaView.this::showVotingNow);
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

    private void show(IdeaScreen idea) {
        shown = idea;
        title = idea.title();
        removeAll();
        Anchor storm = ContentLanguage.danish(new Anchor("/" + idea.stormPath(), idea.stormTitle()));
        storm.setId("idea-storm");
        Paragraph back = new Paragraph(storm);
        back.addClassName("portal-idea-storm");
        H1 heading = ContentLanguage.danish(new H1(idea.title()));
        add(back, heading, facts(idea));
        addMerges(idea);
        if (idea.awaitingApproval()) {
            Paragraph waiting = new Paragraph(getTranslation("ideastorm.idea.awaiting-approval"));
            waiting.setId("idea-awaiting-approval");
            waiting.addClassName("portal-alert");
            add(waiting);
        } else if (idea.hidden()) {
            Paragraph hidden = new Paragraph(idea.hiddenReason() == null
                    ? getTranslation("ideastorm.idea.hidden-after-reports")
                    : getTranslation("ideastorm.idea.hidden-because", idea.hiddenReason()));
            hidden.setId("idea-hidden");
            hidden.addClassName("portal-alert");
            add(hidden);
        }
        Div description = SafeHtmlContent.prose(idea.descriptionHtml());
        description.setId("idea-description");
        add(ContentLanguage.danish(description));
        addAnswer(idea);
        // A merged idea is followed, voted on and discussed as the kept one (addMerges leads there).
        if (idea.merge().mergedInto() == null) {
            FollowControl.of(follows, idea.id().subject(), FOLLOW_WORDS).ifPresent(this::add);
        }
        // What the idea's notices tell of (its answer, its status) is on this page.
        follows.markSeen(idea.id().subject());
        // A merged idea's votes count on the kept one; a hidden or held idea takes none (while it is not shown).
        voting = new Div();
        voting.setId("idea-voting");
        if (idea.merge().mergedInto() == null && !idea.hidden()) {
            showVoting(idea);
        }
        add(voting);
        if (idea.mayReport()) {
            add(new ReportControl(moderation, idea.id().subject(), words -> hiddenByReport(idea, words))
                    .withAccessibleName(getTranslation("ideastorm.idea.report-name", idea.title())));
        } else if (idea.reportedByMe()) {
            add(new Paragraph(getTranslation("ideastorm.idea.reported")));
        }
        if (idea.mayModerate()) {
            add(staffDecisions(idea));
        }
        Anchor history = new Anchor("/" + idea.historyPath(), getTranslation("ideastorm.idea.history"));
        history.setId("idea-history-link");
        add(new Paragraph(history));
        if (idea.mayTheme()) {
            add(themeChoice(idea));
        }
        mergeControl = idea.merge().mayMerge() || idea.merge().mayUndo()
                ? new MergeControl(merges, idea, this::merged) : null;
        if (mergeControl != null) {
            add(mergeControl);
        }
        if (idea.mayEdit()) {
            H2 edit = new H2(getTranslation("ideastorm.idea.edit"));
            IdeaForm form = new IdeaForm(ideas, idea.storm(), idea.themes(), idea.id(), "ideastorm.form.save",
                    draft -> saved(idea, draft));
            add(edit, form.withDraft(new IdeaDraft(idea.title(), idea.description(), idea.theme()), idea.themes()));
        }
        if (idea.evaluation().staff() != null) {
            add(new IdeaEvaluationPanel(evaluation, idea, this::evaluated));
        }
        add(new IdeaCommentsSection(comments, moderation, idea.storm(), idea.id()));
    }

    /** The public answer, with who gave it and when, and the follow-up note of an idea carried on. */
    private void addAnswer(IdeaScreen idea) {
        IdeaEvaluation answer = idea.evaluation();
        if (answer.followUpNote() != null) {
            Paragraph note = new Paragraph(getTranslation("ideastorm.idea.follow-up", answer.followUpNote()));
            note.setId("idea-follow-up");
            add(ContentLanguage.danish(note));
        }
        // What other modules made of it (a landscape case), each leading there.
        idea.followUps().forEach(followUp -> {
            Paragraph carried = new Paragraph(getTranslation(followUp.labelKey()) + " ");
            carried.addClassName("portal-idea-carried-on");
            carried.add(ContentLanguage.danish(new Anchor("/" + followUp.path(), followUp.title())));
            add(carried);
        });
        if (!answer.answered()) {
            return;
        }
        H2 heading = new H2(getTranslation("ideastorm.idea.answer"));
        heading.setId("idea-answer-heading");
        Div text = SafeHtmlContent.prose(answer.answerHtml());
        text.setId("idea-answer");
        Paragraph credit = new Paragraph(getTranslation("ideastorm.idea.answered-by",
                answer.answeredBy() == null ? getTranslation("person.erased") : answer.answeredBy(),
                DateFormats.dateTime(answer.answeredAt(), getLocale())));
        credit.setId("idea-answered-by");
        add(heading, ContentLanguage.danish(text), credit);
    }

    /** Staff's evaluation was saved: the idea is shown as it now stands, saying so where they saved it. */
    private void evaluated(String statusId, String words) {
        show(ideas.idea(shown.storm(), shown.id()).orElseThrow());
        FormStatus.within(this, statusId).ifPresent(status -> status.doneHere(words));
    }

    /** The idea it was merged into, and those merged into it, each leading to its page. */
    private void addMerges(IdeaScreen idea) {
        if (idea.merge().mergedInto() != null) {
            Paragraph into = new Paragraph(getTranslation("ideastorm.merge.merged-into") + " ");
            into.add(ContentLanguage.danish(new Anchor("/" + idea.merge().mergedInto().path(),
                    idea.merge().mergedInto().title())));
            into.setId("idea-merged-into");
            into.addClassName("portal-alert");
            Paragraph elsewhere = new Paragraph(getTranslation("ideastorm.merge.go-on-there"));
            elsewhere.setId("idea-merged-elsewhere");
            add(into, elsewhere);
        }
        if (!idea.merge().mergedFrom().isEmpty()) {
            Paragraph from = new Paragraph(getTranslation("ideastorm.merge.merged-from") + " ");
            from.setId("idea-merged-from");
            idea.merge().mergedFrom().forEach(merged -> {
                if (from.getComponentCount() > 0) {
                    from.add(", ");
                }
                from.add(ContentLanguage.danish(new Anchor("/" + merged.path(), merged.title())));
            });
            add(from);
        }
    }

    /**
     * Staff hide the idea where it stands, with the reason its author and readers see, or show a hidden one again:
     * moderation's own decisions, as in the queue; what was done is said under them on the page shown again.
     */
    private Div staffDecisions(IdeaScreen idea) {
        FormStatus status = new FormStatus("idea-moderation-status");
        Div decisions = new Div(ItemDecisions.inPlace(moderation, idea.id().subject(), idea.hidden(),
                getTranslation("ideastorm.idea.named", idea.title()), words -> {
                    show(ideas.idea(idea.storm(), idea.id()).orElseThrow());
                    FormStatus.within(this, "idea-moderation-status").ifPresent(shown -> shown.doneHere(words));
                }), status);
        decisions.setId("idea-moderation");
        return decisions;
    }

    /** The page shown again after a merge or its undoing, saying what was done where the control stands. */
    private void merged(String doneKey) {
        show(ideas.idea(shown.storm(), shown.id()).orElseThrow());
        if (mergeControl != null) {
            mergeControl.said(doneKey);
        }
    }

    /** Staff put the idea under one of the storm's themes. */
    private Div themeChoice(IdeaScreen idea) {
        Select<Theme> theme = new Select<>();
        theme.setId("idea-staff-theme");
        theme.setLabel(getTranslation("ideastorm.idea.staff-theme"));
        theme.setItems(idea.themes());
        theme.setItemLabelGenerator(Theme::name);
        idea.themes().stream().filter(choice -> choice.id().equals(idea.theme())).findFirst()
                .ifPresent(theme::setValue);
        FormStatus status = new FormStatus("idea-staff-theme-status");
        themeStatus = status;
        Button save = new Button(getTranslation("ideastorm.idea.staff-theme.save"), click -> {
            try {
                ideas.theme(idea.id(), theme.getValue() == null ? null : theme.getValue().id(), idea.version());
                show(ideas.idea(idea.storm(), idea.id()).orElseThrow());
                // The page was rebuilt: said by the new control's status, which takes the focus from the old button.
                themeStatus.doneHere(getTranslation("ideastorm.idea.staff-theme.saved"));
            } catch (InvalidInputException refused) {
                status.refused(refused);
            }
        });
        save.setId("idea-staff-theme-save");
        Div choice = new Div(theme, save, status);
        choice.addClassName("portal-idea-staff-theme");
        return choice;
    }

    private void saved(IdeaScreen before, IdeaDraft draft) {
        ideas.edit(before.id(), draft, before.version());
        IdeaScreen after = ideas.idea(before.storm(), before.id()).orElseThrow();
        // A new title is a new address: the page is shown again there, saying the changes are saved.
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "/" + after.path()));
        show(after);
        getChildren().filter(IdeaForm.class::isInstance).map(IdeaForm.class::cast).findFirst()
                .ifPresent(form -> form.done("ideastorm.form.saved"));
    }

    /**
     * The storm went into another phase while the page was open: the vote control shows what the new phase allows
     * (a toggle already offered stays, saying why a press no longer counts), or is offered now.
     */
    private void showVotingNow() {
        if (voting.getComponentCount() == 0) {
            return;
        }
        ideas.idea(shown.storm(), shown.id()).ifPresent(now -> {
            if (voteControl == null) {
                showVoting(now);
            } else {
                showVote(now);
            }
        });
    }

    /** The count while shown and the toggle while the visitor may vote, or why they may not (sign in, audience). */
    private void showVoting(IdeaScreen idea) {
        voting.removeAll();
        VoteState state = idea.voteState();
        voteState = new Paragraph();
        voteState.setId("idea-vote-state");
        if (state.voting() == Voting.SIGN_IN) {
            Anchor login = new Anchor("login", getTranslation(state.voting().reasonKey()));
            login.setId("idea-vote-login");
            voteState.add(login);
        } else if (state.voting() == Voting.NOT_IN_AUDIENCE) {
            voteState.setText(getTranslation(state.voting().reasonKey()));
        } else if (state.remaining() != null && state.voting().isOpen()) {
            voteState.setText(getTranslation("ideastorm.vote.remaining", state.remaining()));
        }
        voteControl = null;
        if (idea.votes() != null || state.voting().isOpen()) {
            FormStatus status = new FormStatus("idea-vote-status");
            voteControl = new VoteControl(idea.id(), idea.title(), wanted -> toggleVote(idea, wanted, status));
            voteControl.setId("idea-vote");
            voteControl.show(idea.votes(), idea.votedByMe(), state);
            voting.add(new Paragraph(voteControl), status);
        }
        voting.add(voteState);
    }

    /** The vote control and the budget as the service now says. */
    private void showVote(IdeaScreen now) {
        voteControl.show(now.votes(), now.votedByMe(), now.voteState());
        voteState.setText(now.voteState().remaining() == null || !now.voteState().voting().isOpen() ? ""
                : getTranslation("ideastorm.vote.remaining", now.voteState().remaining()));
    }

    private void toggleVote(IdeaScreen idea, boolean vote, FormStatus status) {
        status.clear();
        try {
            if (vote) {
                votes.vote(idea.id());
            } else {
                votes.withdraw(idea.id());
            }
            status.done(getTranslation(vote ? "ideastorm.vote.given" : "ideastorm.vote.withdrawn", idea.title()));
        } catch (InvalidInputException refused) {
            status.refused(refused);
        }
        ideas.idea(idea.storm(), idea.id()).ifPresent(this::showVote);
    }

    /** The report hid the idea: the reporter may no longer read it, so its place says so, with the way back. */
    private void hiddenByReport(IdeaScreen idea, String words) {
        removeAll();
        Paragraph hidden = new Paragraph(words);
        hidden.setId("idea-hidden");
        hidden.addClassName("portal-alert");
        hidden.getElement().setAttribute("role", "status");
        Anchor back = ContentLanguage.danish(new Anchor("/" + idea.stormPath(), idea.stormTitle()));
        add(new H1(getTranslation("ideastorm.ideas.hidden")), hidden, new Paragraph(back));
    }

    private DescriptionList facts(IdeaScreen idea) {
        DescriptionList facts = new DescriptionList();
        facts.setId("idea-facts");
        facts.addClassName("portal-storm-facts");
        // Merged duplicates' authors are credited too ("Idé af A og B").
        facts.add(new DescriptionList.Term(getTranslation("ideastorm.idea.author")),
                new DescriptionList.Description(idea.merge().credit(getTranslation("person.erased"),
                        getTranslation("ideastorm.merge.and"))));
        if (idea.themeName() != null) {
            facts.add(new DescriptionList.Term(getTranslation("ideastorm.idea.theme")),
                    ContentLanguage.danish(new DescriptionList.Description(idea.themeName())));
        }
        facts.add(new DescriptionList.Term(getTranslation("ideastorm.idea.status")),
                new DescriptionList.Description(getTranslation(idea.shownStatusKey())),
                new DescriptionList.Term(getTranslation("ideastorm.idea.created")),
                new DescriptionList.Description(DateFormats.dateTime(idea.createdAt(), getLocale())));
        return facts;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
