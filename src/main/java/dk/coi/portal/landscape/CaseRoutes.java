package dk.coi.portal.landscape;

import dk.coi.portal.shared.AddressWords;
import java.util.Optional;

/** The landscape's addresses, for its views, its public pages and links from elsewhere. */
public final class CaseRoutes {

    public static final String LIST = "landskab";
    public static final String NEW = LIST + "/ny";
    public static final String REVIEW = LIST + "/gennemsyn";
    public static final String MINE = LIST + "/mine";
    /** Staff's list of published cases not confirmed up to date for a year. */
    public static final String STALE = LIST + "/ikke-ajour";
    public static final String EDIT = "rediger";
    public static final String HISTORY = "historik";
    /** The parameters naming a difference's older and newer revision on a case's history. */
    public static final String DIFF_FROM = "fra";
    public static final String DIFF_TO = "til";
    /** A case's path segment after the list's: its number, then any words. */
    public static final String SEGMENT = AddressWords.NUMBERED_SEGMENT;

    private CaseRoutes() {
    }

    public static String kase(CaseId id, String title) {
        return LIST + "/" + AddressWords.numbered(id.value(), title);
    }

    public static String edit(CaseId id) {
        return LIST + "/" + id.value() + "/" + EDIT;
    }

    public static String history(CaseId id) {
        return LIST + "/" + id.value() + "/" + HISTORY;
    }

    /** The difference between two revisions of a case, on its history. */
    public static String diff(CaseId id, long from, long to) {
        return history(id) + "?" + DIFF_FROM + "=" + from + "&" + DIFF_TO + "=" + to;
    }

    /** The case a path segment names; empty when it names none. */
    public static Optional<CaseId> idOf(String segment) {
        return AddressWords.numberOf(segment).stream().mapToObj(CaseId::of).findFirst();
    }
}
