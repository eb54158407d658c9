package dk.coi.portal.shared;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.Optional;

/**
 * Which characters the portal accepts in what people type, in one place for every text it keeps. A broken
 * character (half of a surrogate pair, which the database would store as "?") is refused everywhere. A line
 * (a title, a name, a summary, a reason) also refuses control characters and line breaks, and the invisible
 * characters that disguise text ("ok " + U+202E + "txt.exe" shows as "ok exe.txt"): bidirectional overrides
 * and isolates, zero-width characters, the byte-order mark, and private or unassigned code points. A text of
 * several lines (a page, a comment) keeps line ends and tabs, and the joiners that emoji and some scripts need.
 * Each problem is a translation key.
 */
public final class TextRules {

    public static final String CONTROL_CHARACTERS = "input.control-characters";
    public static final String BROKEN_CHARACTERS = "input.broken-characters";
    public static final String INVISIBLE_CHARACTERS = "input.invisible-characters";

    private TextRules() {
    }

    /** What is wrong with a one-line text, or empty when it is fine. */
    public static Optional<String> lineProblem(String text) {
        if (text.codePoints().anyMatch(TextRules::isBroken)) {
            return Optional.of(BROKEN_CHARACTERS);
        }
        if (text.codePoints().anyMatch(TextRules::isLineControl)) {
            return Optional.of(CONTROL_CHARACTERS);
        }
        if (text.codePoints().anyMatch(TextRules::isHidden) || overloadedWithMarks(text)) {
            return Optional.of(INVISIBLE_CHARACTERS);
        }
        return Optional.empty();
    }

    /** What is wrong with a text of several lines (line ends already unified to {@code \n}), or empty. */
    public static Optional<String> textProblem(String text) {
        if (text.codePoints().anyMatch(TextRules::isBroken)) {
            return Optional.of(BROKEN_CHARACTERS);
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')) {
            return Optional.of(CONTROL_CHARACTERS);
        }
        return Optional.empty();
    }

    /**
     * A one-line text without every character {@link #lineProblem} refuses, for a text that arrives from
     * elsewhere (a name in a Keycloak claim) and can only be cleaned, not refused.
     */
    public static String cleanLine(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isBroken(c) && !isLineControl(c) && !isHidden(c))
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }

    /** An unpaired surrogate: {@code codePoints()} hands it over on its own. */
    private static boolean isBroken(int codePoint) {
        return Character.getType(codePoint) == Character.SURROGATE;
    }

    private static boolean isLineControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * Format characters (bidi controls, zero-width characters, BOM, soft hyphen …), private use, unassigned, and
     * the letters that show as nothing (Hangul fillers, the blank braille pattern), which pass for a space.
     */
    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || BLANK_LETTERS.contains(codePoint);
    }

    /**
     * A one-line text as the portal keeps it: Unicode's canonical composition (NFC, so "é" is one character
     * however it was typed, and look-alikes that are the same character become it), every kind of space as a plain
     * space, runs of spaces as one, trimmed.
     */
    public static String normalizeLine(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** More than this many combining marks on one character only ever disguise text. */
    private static final int MOST_MARKS_ON_ONE_CHARACTER = 4;

    /** A text whose characters carry more combining marks than any language needs ("Zalgo" text). */
    public static boolean overloadedWithMarks(String text) {
        int run = 0;
        for (int codePoint : text.codePoints().toArray()) {
            int type = Character.getType(codePoint);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            run = mark ? run + 1 : 0;
            if (run > MOST_MARKS_ON_ONE_CHARACTER) {
                return true;
            }
        }
        return false;
    }

    private static final Set<Integer> BLANK_LETTERS = Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\n\\r\\f\\x0B]+");
}
