package dk.coi.portal.wiki;

import dk.coi.portal.shared.CommentView;

/**
 * Where the wiki's screens are: the route templates its views are registered under, and the links to them,
 * for its own views, its feeds and mail, and for other modules. Titles are encoded by {@link WikiTitles#path}.
 */
public final class WikiRoutes {

    public static final String HOME = "wiki";
    public static final String PAGE = "wiki/:title";
    public static final String EDIT = PAGE + "/rediger";
    public static final String HISTORY = PAGE + "/historik";
    public static final String REVISION = PAGE + "/version/:revision(\\d{1,18})";
    public static final String DIFF = PAGE + "/forskel";
    public static final String TALK = PAGE + "/diskussion";
    public static final String LINKS_HERE = PAGE + "/links";
    public static final String MOVE = PAGE + "/flyt";
    public static final String STEWARD = PAGE + "/forvalt";
    public static final String BY_ID = "wiki/id/:id(\\d{1,18})";
    public static final String CONTRIBUTIONS = "wiki/bidrag/:person(\\d{1,18})";
    public static final String RECENT_CHANGES = "wiki/seneste-aendringer";
    public static final String LOG = "wiki/log";
    public static final String REVIEW = "wiki/gennemsyn";
    public static final String WATCHLIST = "wiki/overvaagning";
    /** The query parameters of a difference: the revisions compared, from the older to the newer. */
    public static final String DIFF_FROM = "fra";
    public static final String DIFF_TO = "til";
    public static final String DIFF_LAYOUT = "visning";
    public static final String DIFF_MERGED = "samlet";
    public static final String DIFF_WHOLE = "hele";
    /** The query parameter of a history screen that continues with the revisions before the one it names. */
    public static final String HISTORY_BEFORE = "foer";

    private WikiRoutes() {
    }

    public static String page(String title) {
        return WikiTitles.path(title);
    }

    public static String edit(String title) {
        return page(title) + "/rediger";
    }

    public static String history(String title) {
        return page(title) + "/historik";
    }

    /** The next screenful of the page's history: the revisions before {@code revision}. */
    public static String olderHistory(String title, long revision) {
        return history(title) + "?" + HISTORY_BEFORE + "=" + revision;
    }

    public static String revision(String title, long revision) {
        return page(title) + "/version/" + revision;
    }

    /** The change that made {@code revision}, against the revision before it. */
    public static String diffTo(String title, long revision) {
        return page(title) + "/forskel?" + DIFF_TO + "=" + revision;
    }

    public static String diff(String title, long from, long to) {
        return page(title) + "/forskel?" + DIFF_FROM + "=" + from + "&" + DIFF_TO + "=" + to;
    }

    /**
     * The difference shown merged into one text ({@code merged}: {@code visning=samlet}) rather than side by side,
     * and as the whole text ({@code whole}: {@code hele=ja}) rather than the changed stretches.
     */
    public static String diff(String title, long from, long to, boolean merged, boolean whole) {
        return diff(title, from, to) + (merged ? "&" + DIFF_LAYOUT + "=" + DIFF_MERGED : "")
                + (whole ? "&" + DIFF_WHOLE + "=ja" : "");
    }

    public static String talk(String title) {
        return page(title) + "/diskussion";
    }

    public static String comment(String title, long commentId) {
        return talk(title) + "#" + CommentView.anchor(commentId);
    }

    public static String linksHere(String title) {
        return page(title) + "/links";
    }

    public static String move(String title) {
        return page(title) + "/flyt";
    }

    public static String steward(String title) {
        return page(title) + "/forvalt";
    }

    public static String byId(PageId page) {
        return "wiki/id/" + page.value();
    }

    public static String contributions(long personId) {
        return "wiki/bidrag/" + personId;
    }
}
