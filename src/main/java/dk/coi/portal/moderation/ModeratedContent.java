package dk.coi.portal.moderation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The extension point of moderation: a module registers one bean of this type per kind of content people may
 * report (a wiki talk comment, an idea, a story). Moderation describes, hides and shows that content only
 * through it and never reaches into the module. The methods run inside the moderation's transaction, after
 * moderation has checked who may act; they check nothing themselves.
 */
public interface ModeratedContent {

    /**
     * The subject type this bean answers for, e.g. {@code wiki.comment}: the owning module, a dot, the kind.
     * The type is also the translation key of the kind's name, shown in the staff queue.
     */
    String type();

    /**
     * The items among {@code ids} that still exist, by id, described in one go (with their authors, whom moderation
     * refuses to let report their own); those gone are left out.
     */
    Map<Long, ModeratedItem> describe(Collection<Long> ids);

    /**
     * Where the items among {@code ids} that still exist are seen (route paths, by id), for a module's public log,
     * whose lines link to the content but show nothing else of it. A module whose {@link #describe} is costly (it
     * renders the text for the excerpt) answers this more cheaply.
     */
    default Map<Long, String> paths(Collection<Long> ids) {
        Map<Long, String> paths = new HashMap<>();
        describe(ids).forEach((id, item) -> paths.put(id, item.path()));
        return paths;
    }

    /**
     * Hides the item from everyone but staff: by a staff member, or by the portal after many reports. Also called
     * for a hidden item when staff confirm that it stays hidden: their decision then replaces the earlier one.
     */
    void hide(long id, ModerationDecision decision);

    /** Shows a hidden item to everyone again. */
    void show(long id, ModerationDecision decision);

    /**
     * Publishes an item that was held back for staff's approval ({@link ModerationService#holdForApproval}); a module
     * whose publishing means more than showing it (telling those who wait for new content) overrides this.
     */
    default void approve(long id, ModerationDecision decision) {
        show(id, decision);
    }

    /**
     * The module's own staff decisions about this kind of content, which it records with {@link ModerationLog#record}
     * and staff see among moderation's latest decisions in the queue (an idea merged into another); none by default.
     */
    default Set<LogKind> staffDecisions() {
        return Set.of();
    }

    /** Refuses an item that was held back for staff's approval: it stays hidden from all but staff and its author. */
    default void reject(long id, ModerationDecision decision) {
        hide(id, decision);
    }
}
