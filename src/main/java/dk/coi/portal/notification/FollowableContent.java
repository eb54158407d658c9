package dk.coi.portal.notification;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A module registers one bean of this type per kind of subject people may follow (e.g. wiki pages): the
 * notification module asks it what the subjects are called, where they and their notices lead, and in which
 * words a notice is told, so it never reaches into the module. Subjects it does not return as readable
 * (deleted, hidden) get no notices shown or mailed, but for the notice that tells of their removal.
 */
public interface FollowableContent {

    /** The subject type, e.g. {@code wiki.page}. */
    String subjectType();

    /** The names of the subjects among {@code ids} that exist and may be read now; one query for all. */
    Map<Long, SubjectName> readableNames(Collection<Long> ids);

    /**
     * The names of the subjects among {@code ids} that were removed (e.g. a deleted page), for the notices that
     * tell of the removal ({@link NoticeWording#toldOfRemoval()}), which are shown and mailed nonetheless; one
     * query for all. None for a type whose subjects are never removed so.
     */
    default Map<Long, SubjectName> removedNames(Collection<Long> ids) {
        return Map.of();
    }

    /**
     * Whether people may follow subjects of this type; not those whose notices are only ever left for named people
     * (a moderation decision, told to the people it concerns).
     */
    default boolean followable() {
        return true;
    }

    /** Route path of what a notice of that kind and detail leads to (a diff, a comment). */
    String noticePath(long id, SubjectName name, String kind, Long detailId);

    NoticeWording wording(String kind);

    /**
     * The kinds of notice that one mail tells of until the person has looked ("one mail until seen again"): those
     * read in the same place as {@code kind}, e.g. a page's edits, minor or not, or a talk page's comments and
     * replies. By default the kind alone.
     */
    default Set<String> mailedTogether(String kind) {
        return Set.of(kind);
    }

    /**
     * The module's own list of the subjects of this type a person follows (e.g. the wiki's watchlist), which the
     * notices page links to; none when the module has no such list.
     */
    default Optional<FollowedList> followedList() {
        return Optional.empty();
    }
}
