package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Shows the element an address's {@code #fragment} names once a view has built it: the browser looked for it before
 * the view existed, and a link inside the portal puts the address (with its {@code #}) in place only after the router
 * navigated. Called by the component that holds such targets, after adding them.
 */
public final class FragmentTarget {

    private FragmentTarget() {
    }

    public static void showWhenBuilt(Component holder) {
        holder.getElement().executeJs("""
                const show = () => { if (location.hash) document.getElementById(location.hash.substring(1))
                        ?.scrollIntoView({block: 'center'}); };
                show();
                window.addEventListener('vaadin-navigated', show, {once: true});
                requestAnimationFrame(() => requestAnimationFrame(show));""");
    }
}
