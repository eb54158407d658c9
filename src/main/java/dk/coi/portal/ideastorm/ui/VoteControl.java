package dk.coi.portal.ideastorm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dk.coi.portal.ideastorm.VoteState;
import java.util.function.Consumer;

/**
 * An idea's vote count (while the phase shows counts) and the vote toggle (while the visitor may vote): a button
 * "Stem" named after the idea, pressed when they have voted — shown by a tick and the filled style, while the word
 * stays, so the name a speech user says still matches it; pressing it again withdraws the vote. Without a vote
 * left in the budget it is disabled, but a given vote may always be withdrawn.
 */
class VoteControl extends Span {

    private final Span count = new Span();
    private final Button toggle = new Button();
    private boolean voted;

    VoteControl(String ideaTitle, Consumer<Boolean> vote) {
        addClassName("portal-idea-vote");
        count.addClassName("portal-idea-votes");
        toggle.setText(getTranslation("ideastorm.vote.button"));
        toggle.getElement().setAttribute("aria-label", getTranslation("ideastorm.vote.button-name", ideaTitle));
        toggle.addClassName("portal-vote-toggle");
        toggle.addClickListener(click -> vote.accept(!voted));
        add(count, toggle);
    }

    /** The idea as the service now says: its count (null: hidden), whether the visitor voted, their voting. */
    void show(Long votes, boolean votedByMe, VoteState state) {
        voted = votedByMe;
        showCount(votes);
        toggle.setVisible(state.voting().isOpen());
        toggle.setEnabled(votedByMe || state.mayAddVote());
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(votedByMe));
        if (votedByMe) {
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toggle.setIcon(VaadinIcon.CHECK.create());
        } else {
            toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toggle.setIcon(null);
        }
    }

    /** A count pushed after someone's vote (null: the phase hides counts). */
    void showCount(Long votes) {
        count.setText(votes == null ? "" : getTranslation("ideastorm.vote.count", votes));
        count.setVisible(votes != null);
    }
}
