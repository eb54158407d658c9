package dk.coi.portal.wiki;

/**
 * What the current person may do with a page, decided by the rules the wiki's services enforce: edit it
 * ({@code editWaitsForReview} when staff review the change first), move it, steward it (protect, review,
 * delete, roll back), watch it, or start it when it does not exist.
 */
public record PageActions(boolean edit, boolean editWaitsForReview, boolean move, boolean steward, boolean watch,
                          boolean create) {
}
