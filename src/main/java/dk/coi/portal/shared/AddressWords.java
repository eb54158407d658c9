package dk.coi.portal.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title or name in address-safe words for the part of an address after a number ({@code 12-hvordan-faar-flere}),
 * so that a link says what it leads to: Danish letters spelt as Danes do without them, accents dropped, cut at a word.
 */
public final class AddressWords {

    /** A numbered thing's path segment in a route template: its number, then any words. */
    public static final String NUMBERED_SEGMENT = "\\d{1,18}.*";

    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NUMBER_AND_WORDS = Pattern.compile("(\\d{1,18})(?:-.*)?");
    private static final int MAX_LENGTH = 60;

    private AddressWords() {
    }

    public static String of(String title) {
        String spelt = title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String plain = Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = NOT_A_WORD.matcher(plain).replaceAll("-").replaceAll("^-|-$", "");
        if (words.length() <= MAX_LENGTH) {
            return words;
        }
        int cut = words.lastIndexOf('-', MAX_LENGTH);
        return words.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }

    /** The segment for a numbered thing: its number, then its title's words ({@code 12-hvordan-faar-flere}). */
    public static String numbered(long number, String title) {
        String words = of(title);
        return number + (words.isEmpty() ? "" : "-" + words);
    }

    /** The number a path segment ({@link #NUMBERED_SEGMENT}) starts with; empty when it is not one. */
    public static OptionalLong numberOf(String segment) {
        Matcher matcher = NUMBER_AND_WORDS.matcher(segment == null ? "" : segment);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
