package dk.coi.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dk.coi.portal.notification.FollowPeriod;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.FollowState;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.FormStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * Following a subject from its own screen, as MediaWiki's watch star: one button follows it for good; only then,
 * labelled for what it does, a choice of for how long, and the way to stop. Focus moves to what took the place of
 * the button used, and the change is announced to screen readers. Each module says it in its own words (the wiki
 * "watches" a page, a storm is "followed"); element ids start with {@link Words#id}.
 */
public class FollowControl extends Div {

    /** What following does for the subject shown. */
    public interface Target {
        /** Follows for the period (or changes it); {@code language} is the one the person reads the portal in. */
        FollowState follow(FollowPeriod period, Locale language);

        void unfollow();
    }

    /**
     * The module's words: {@code start} the button, {@code started} what is announced after it,
     * {@code following} / {@code followingUntil} ({0} the date) the state, {@code stop} the button to stop and
     * {@code stopped} what is announced after it.
     */
    public record Words(String id, String start, String started, String following, String followingUntil,
                        String stop, String stopped) {
    }

    private final Target target;
    private final Words words;
    private final Div control = new Div();
    private final FormStatus status;

    public FollowControl(Target target, Words words, Optional<FollowState> current) {
        this.target = target;
        this.words = words;
        this.status = new FormStatus(words.id() + "-status");
        setId(words.id() + "-control");
        addClassName("portal-watch");
        control.addClassName("portal-watch-row");
        add(control, status);
        current.ifPresentOrElse(this::showFollowed, this::showNotFollowed);
    }

    /**
     * The control for a subject followed through {@link FollowService} alone, learning its state from one call;
     * empty where the person may not follow it (a visitor).
     */
    public static Optional<FollowControl> of(FollowService follows, Subject subject, Words words) {
        return follows.choice(subject).map(choice -> new FollowControl(new Target() {
            @Override
            public FollowState follow(FollowPeriod period, Locale language) {
                return new FollowState(follows.follow(subject, period, language).expiresAt());
            }

            @Override
            public void unfollow() {
                follows.unfollow(subject);
            }
        }, words, choice.following()));
    }

    /** Shows the subject as not followed; returns the button that follows it, where focus goes after stopping. */
    private Button showNotFollowed() {
        Button follow = new Button(getTranslation(words.start()), click -> attempt(() -> {
            showFollowed(target.follow(FollowPeriod.PERMANENT, getLocale())).focus();
            status.done(getTranslation(words.started()));
        }));
        follow.setId(words.id() + "-start");
        control.removeAll();
        control.add(follow);
        return follow;
    }

    /** Shows the subject as followed; returns the choice of for how long, where focus goes after following. */
    private Select<FollowPeriod> showFollowed(FollowState followed) {
        Span state = new Span(stateText(followed));
        state.setId(words.id() + "-state");
        Select<FollowPeriod> period = new Select<>();
        period.setLabel(getTranslation("notification.follow.period"));
        period.setItems(FollowPeriod.values());
        period.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        if (followed.expiresAt() == null) {
            period.setValue(FollowPeriod.PERMANENT);
        } else {
            period.setPlaceholder(getTranslation("notification.follow.period-until",
                    ChangeLines.time(followed.expiresAt(), getLocale())));
        }
        period.setId(words.id() + "-period");
        period.addValueChangeListener(chosen -> {
            if (chosen.isFromClient() && chosen.getValue() != null) {
                // The choice stays where it is (and keeps focus); only the words about it change.
                attempt(() -> {
                    state.setText(stateText(target.follow(chosen.getValue(), getLocale())));
                    // Said once: the state beside the choice reads the new date, the status only that it is saved.
                    status.done(getTranslation("notification.follow.period-saved"));
                });
            }
        });
        Button stop = new Button(getTranslation(words.stop()), click -> {
            target.unfollow();
            showNotFollowed().focus();
            status.done(getTranslation(words.stopped()));
        });
        stop.addThemeVariants(ButtonVariant.TERTIARY);
        stop.setId(words.id() + "-stop");
        control.removeAll();
        control.add(state, period, stop);
        return period;
    }

    private String stateText(FollowState followed) {
        return followed.expiresAt() == null ? getTranslation(words.following())
                : getTranslation(words.followingUntil(), ChangeLines.time(followed.expiresAt(), getLocale()));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            status.refused(refused);
        }
    }
}
