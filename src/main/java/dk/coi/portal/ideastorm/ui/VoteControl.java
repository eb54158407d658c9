package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.VoteState;
import java.util.function.Consumer;

/**
 * An idea's vote count (while the phase shows counts) and the vote toggle (while the visitor may vote): a button
 * "Stem" named after the idea, pressed when they have voted — shown by a tick and the filled style, while the word
 * stays, so the name a speech user says still matches it; pressing it again withdraws the vote. Where a press
 * cannot count (no vote left in the budget, or voting closed while the page was open) the button stays where it
 * is, focusable, with the reason written beside it and given as its description; pressed, the service refuses and
 * the page says why. Never disabled: a disabled button leaves the keyboard's order, and a button that vanished would
 * take the focus with it. A page shown while voting is closed offers no button.
 */
class VoteControl extends Span {

    private final Span count = new Span();
    private final Button toggle = new Button();
    private final Span unavailable = new Span();
    private boolean voted;
    private boolean offered;

    VoteControl(IdeaId idea, String ideaTitle, Consumer<Boolean> vote) {
        addClassName("portal-idea-vote");
        count.addClassName("portal-idea-votes");
        toggle.setText(getTranslation("ideastorm.vote.button"));
        toggle.getElement().setAttribute("aria-label", getTranslation("ideastorm.vote.button-name", ideaTitle));
        toggle.addClassName("portal-vote-toggle");
        toggle.addClickListener(click -> vote.accept(!voted));
        unavailable.setId("vote-unavailable-" + idea.value());
        unavailable.addClassName("portal-vote-unavailable");
        add(count, toggle, unavailable);
    }

    /** The idea as the service now says: its count (null: hidden), whether the visitor voted, their voting. */
    void show(Long votes, boolean votedByMe, VoteState state) {
        voted = votedByMe;
        showCount(votes);
        offered = offered || state.voting().isOpen();
        toggle.setVisible(offered);
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(votedByMe));
        if (votedByMe) {
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toggle.setIcon(VaadinIcon.CHECK.create());
        } else {
            toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toggle.setIcon(null);
        }
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
