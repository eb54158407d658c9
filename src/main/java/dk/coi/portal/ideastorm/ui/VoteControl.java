package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.VoteState;
import java.util.function.Consumer;

/**
 * An idea's vote count (while the phase shows counts) and the vote button (while the visitor may vote): "Stem",
 * named after the idea; once they have voted, a tick and "Du har stemt" beside it, and the button says what pressing
 * it now does, "Træk stemme tilbage" (its name, after the idea, begins with the words shown, so a speech user's
 * command still matches it; a toggle's pressed state is not used, as the words change). Where a press
 * cannot count (no vote left in the budget, or voting closed while the page was open) the button stays where it
 * is, focusable, with the reason written beside it and given as its description; pressed, the service refuses and
 * the page says why. Never disabled: a disabled button leaves the keyboard's order, and a button that vanished would
 * take the focus with it. A page shown while voting is closed offers no button.
 */
class VoteControl extends Span {

    private final Span count = new Span();
    private final Button toggle = new Button();
    private final Span given = new Span();
    private final Span unavailable = new Span();
    private final String ideaTitle;
    private boolean voted;
    private boolean offered;

    VoteControl(IdeaId idea, String ideaTitle, Consumer<Boolean> vote) {
        this.ideaTitle = ideaTitle;
        addClassName("portal-idea-vote");
        count.addClassName("portal-idea-votes");
        given.add(VaadinIcon.CHECK.create(), new Span(getTranslation("ideastorm.vote.given-mark")));
        given.addClassName("portal-vote-given");
        given.setVisible(false);
        toggle.addClassName("portal-vote-toggle");
        toggle.addClickListener(click -> vote.accept(!voted));
        unavailable.setId("vote-unavailable-" + idea.value());
        unavailable.addClassName("portal-vote-unavailable");
        add(count, given, toggle, unavailable);
    }

    /** The idea as the service now says: its count (null: hidden), whether the visitor voted, their voting. */
    void show(Long votes, boolean votedByMe, VoteState state) {
        voted = votedByMe;
        showCount(votes);
        offered = offered || state.voting().isOpen();
        toggle.setVisible(offered);
        given.setVisible(votedByMe && offered);
        toggle.setText(getTranslation(votedByMe ? "ideastorm.vote.withdraw" : "ideastorm.vote.button"));
        toggle.getElement().setAttribute("aria-label", getTranslation(votedByMe ? "ideastorm.vote.withdraw-name"
                : "ideastorm.vote.button-name", ideaTitle));
        showWhyUnavailable(!state.voting().isOpen() ? "ideastorm.vote.unavailable.closed"
                : votedByMe || state.mayAddVote() ? null : "ideastorm.vote.unavailable.budget-spent");
    }

    private void showWhyUnavailable(String reasonKey) {
        boolean said = reasonKey != null && toggle.isVisible();
        unavailable.setText(said ? getTranslation(reasonKey) : "");
        unavailable.setVisible(said);
        if (said) {
            toggle.getElement().setAttribute("aria-describedby", unavailable.getId().orElseThrow());
        } else {
            toggle.getElement().removeAttribute("aria-describedby");
        }
    }

    /** A count pushed after someone's vote (null: the phase hides counts). */
    void showCount(Long votes) {
        count.setText(votes == null ? "" : getTranslation("ideastorm.vote.count", votes));
        count.setVisible(votes != null);
    }
}
