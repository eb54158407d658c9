package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.AddressWords;
import java.util.Optional;

/**
 * The storms' addresses, as both renderers and the sitemap write them: the list, and a storm at its number followed
 * by its title's words ({@code idestorme/12-hvordan-faar-flere-unge}), so a link says what it leads to; the number
 * alone, or with older words, still finds the storm and is sent on to this address.
 */
public final class StormRoutes {

    public static final String LIST = "idestorme";
    /** Staff's screen for a new storm. */
    public static final String NEW = LIST + "/ny";
    /** The storms the signed-in person follows. */
    public static final String FOLLOWED = LIST + "/foelger";
    /** The query parameter of the storm list's page of concluded storms. */
    public static final String CONCLUDED_PAGE = "afsluttede";
    /** The last segment of a storm's staff screen, after the storm's own segment. */
    public static final String MANAGEMENT = "styring";
    /** The last segment of a storm's evaluation screen for staff, after the storm's own segment. */
    public static final String EVALUATION = "vurdering";
    /**
     * A storm's path segment after the list's: its number, then any words ({@link #idOf} reads the number). Both
     * routers match it within one segment; Vaadin's templates take no {@code /} in a parameter's pattern.
     */
    public static final String STORM_SEGMENT = AddressWords.NUMBERED_SEGMENT;
    /** The ideas' part of an idea's address, after its storm's: {@code idestorme/12-…/ideer/40-…}. */
    public static final String IDEAS = "ideer";
    /** An idea's path segment after {@link #IDEAS}: its number, then any words, as a storm's. */
    public static final String IDEA_SEGMENT = STORM_SEGMENT;
    /** A storm's results, after the storm's address, and its exports after that. */
    public static final String RESULTS = "resultater";
    public static final String CSV = ".csv";
    public static final String JSON = ".json";
    /** An idea's history and the difference of two of its revisions, after the idea's address. */
    public static final String HISTORY = "historik";

    private StormRoutes() {
    }

    public static String storm(StormId id, String title) {
        return LIST + "/" + AddressWords.numbered(id.value(), title);
    }

    /** The storm list with a page of its concluded storms (from 1). */
    public static String concludedPage(int page) {
        return page <= 1 ? LIST : LIST + "?" + CONCLUDED_PAGE + "=" + page;
    }

    /** The page of concluded storms a query parameter asks for: 1 unless it is a page number. */
    public static int concludedPageOf(String parameter) {
        return parameter != null && parameter.matches("[1-9]\\d{0,5}") ? Integer.parseInt(parameter) : 1;
    }

    /** The storm's staff screen: its texts, phase times, moves by hand and phase log. */
    public static String management(StormId id, String title) {
        return storm(id, title) + "/" + MANAGEMENT;
    }

    /** The storm's results page: its ideas ranked by theme, participation per day, the exports. */
    public static String results(StormId id, String title) {
        return storm(id, title) + "/" + RESULTS;
    }

    /** The storm's evaluation screen for staff: every idea's status, score and whether it has its answer. */
    public static String evaluation(StormId id, String title) {
        return storm(id, title) + "/" + EVALUATION;
    }

    /** An idea's page: its storm's address, then its number and title's words. */
    public static String idea(StormId storm, String stormTitle, IdeaId idea, String title) {
        return storm(storm, stormTitle) + "/" + IDEAS + "/" + AddressWords.numbered(idea.value(), title);
    }

    /** The idea a path segment names; empty when it names none. */
    public static Optional<IdeaId> ideaIdOf(String segment) {
        return idOf(segment).map(storm -> IdeaId.of(storm.value()));
    }

    /** The storm a path segment names; empty when it names none. */
    public static Optional<StormId> idOf(String segment) {
        return AddressWords.numberOf(segment).stream().mapToObj(StormId::of).findFirst();
    }
}
