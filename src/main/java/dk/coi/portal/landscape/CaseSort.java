package dk.coi.portal.landscape;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the catalogue orders what it finds, as the address's {@code sorter} names it. Each order but relevance is one
 * sortable field of the {@code cases} index, largest first (then relevance, then the newest): a new order is a constant
 * here and that field in {@code CaseSearchBinder}.
 */
public enum CaseSort {
    RELEVANCE("relevans", null),
    NEWEST("nyeste", "published"),
    MOST_REUSED("mest-genbrugt", "reuses");

    private final String parameter;
    private final String indexField;

    CaseSort(String parameter, String indexField) {
        this.parameter = parameter;
        this.indexField = indexField;
    }

    /** Its value in an address. */
    public String parameter() {
        return parameter;
    }

    /** The sortable index field it orders by, largest first; null for relevance. */
    public String indexField() {
        return indexField;
    }

    public String labelKey() {
        return "landscape.catalogue.sort." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The order a search takes when its address names none: relevance for words, else the newest first. */
    public static CaseSort standard(boolean hasText) {
        return hasText ? RELEVANCE : NEWEST;
    }

    public static Optional<CaseSort> ofParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
    }
}
