package dk.coi.portal.search;

/** A title offered while someone types in the header search: where it leads and what kind of content it is. */
public record SearchSuggestion(String title, String path, String typeLabelKey) {
}
