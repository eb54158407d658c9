package dk.coi.portal.landscape;

/**
 * One value of a facet as the catalogue offers it: its value in the address, its name (a translation key, or
 * {@code name} for data such as a municipality, a year or a tag, which is Danish), how many cases of the search have
 * it, whether it is selected, and the address of the search with it selected or not (from the first page).
 */
public record CaseFacetValue(CaseFacet facet, String value, String labelKey, String name, long count,
                             boolean selected, String address) {

    /**
     * The id of its tick on a page, {@code facet-<parameter>-<value>}: letters a–z, digits and hyphens as they are,
     * any other character as {@code _<hex code point>_}, so that two values of a facet never share an id (a hash could)
     * and the id stays the same from one search to the next.
     */
    public String elementId() {
        StringBuilder id = new StringBuilder("facet-").append(facet.parameter()).append('-');
        value.codePoints().forEach(character -> {
            if ((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') || character == '-') {
                id.appendCodePoint(character);
            } else {
                id.append('_').append(Integer.toHexString(character)).append('_');
            }
        });
        return id.toString();
    }

    /** Whether its name is data (Danish, as written) rather than a translation key. */
    public boolean named() {
        return name != null;
    }
}
