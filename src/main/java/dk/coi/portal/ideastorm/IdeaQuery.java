package dk.coi.portal.ideastorm;

/**
 * Which of a storm's ideas a list shows: in which order, only one theme's or one status's (null: all), and which
 * page ({@code page} from 0, {@link #PAGE_SIZE} ideas a page).
 */
public record IdeaQuery(IdeaOrder order, ThemeId theme, IdeaStatus status, int page) {

    public static final int PAGE_SIZE = 50;

    public IdeaQuery {
        order = order == null ? IdeaOrder.RANDOM : order;
        page = Math.max(0, page);
    }

    public static IdeaQuery first() {
        return new IdeaQuery(IdeaOrder.RANDOM, null, null, 0);
    }

    public IdeaQuery onPage(int other) {
        return new IdeaQuery(order, theme, status, other);
    }
}
