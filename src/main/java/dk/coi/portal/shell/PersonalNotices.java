package dk.coi.portal.shell;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A module's notices for the signed-in person (e.g. changes to watched wiki pages), linked from the header
 * with the number not yet read. A module registers one bean of this type per kind of notice.
 */
public interface PersonalNotices {

    /**
     * Whether the signed-in person has notices of this kind at all (staff have reports waiting for them, others
     * never): the header links only to those they have. By default everyone signed in.
     */
    default boolean shown() {
        return true;
    }

    /** How many notices the signed-in person has not read. */
    int unread();

    /** Route path of the page that lists the notices. */
    String path();

    /** Translation key of the link, e.g. "wiki.watchlist.short". */
    String labelKey();

    /**
     * Tells the header that notices were read without leaving the page (e.g. "mark all as read"), so its counts
     * are right at once; otherwise it counts again on the next navigation only.
     */
    static void changed(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    /** Fired on the UI by {@link #changed(UI)}; the header listens for it. */
    final class Changed extends ComponentEvent<UI> {

        Changed(UI ui) {
            super(ui, false);
        }
    }
}
