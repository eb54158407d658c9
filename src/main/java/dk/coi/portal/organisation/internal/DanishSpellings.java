package dk.coi.portal.organisation.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings Danes use for one another's words: "Århus" and "Aarhus", "Faaborg" and "Fåborg", "Koege" and "Køge".
 * The register's names keep one (the official one), and a name search compares letter by letter, where the Danish
 * collation does not join "aa" to "å"; so a typed word is looked for in each of its spellings (the list and the
 * autocomplete).
 */
public final class DanishSpellings {

    /** Each of Danish's three letters and the two letters written for it where it is missing. */
    private static final List<List<String>> PAIRS = List.of(List.of("å", "aa"), List.of("æ", "ae"), List.of("ø", "oe"));

    private DanishSpellings() {
    }

    /** The word (in lower case) and its other spellings: each pair written either way, throughout the word. */
    public static Set<String> of(String word) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(word.toLowerCase(Locale.ROOT));
        for (List<String> pair : PAIRS) {
            for (String spelling : List.copyOf(spellings)) {
                spellings.add(spelling.replace(pair.get(0), pair.get(1)));
                spellings.add(spelling.replace(pair.get(1), pair.get(0)));
            }
        }
        return spellings;
    }
}
