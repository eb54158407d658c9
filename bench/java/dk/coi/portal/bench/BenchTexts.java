package dk.coi.portal.bench;

import java.util.function.IntFunction;

/** Generated wiki texts of given sizes, shared by the harnesses so every figure is taken on the same kind of text. */
final class BenchTexts {

    private BenchTexts() {
    }

    /** Danish-looking prose of about {@code bytes} bytes, 60-character lines; variant 1 changes every 20th line. */
    static String text(int bytes, int variant) {
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < bytes; line++) {
            boolean changed = variant == 1 && line % 20 == 7;
            text.append(changed ? CHANGED_LINE : "Borgerne og medarbejderne udvikler sammen løsningen, linje ")
                    .append(line).append('\n');
        }
        return text.toString();
    }

    /** How a line changed by {@link #text}'s variant 1 begins. */
    static final String CHANGED_LINE = "Denne linje er ændret i den nye udgave af teksten, nr. ";

    /**
     * A page of about {@code bytes} bytes as people write them: per section a heading, a paragraph with two wiki
     * links (the first to {@code linkTarget.apply(section)}, the second always to one missing page), a list with
     * an external link and a table.
     */
    static String page(int bytes, IntFunction<String> linkTarget) {
        return page(bytes, linkTarget, section -> "Offentlig innovation er at gøre noget **nyt**, der skaber *værdi*.");
    }

    /** As {@link #page(int, IntFunction)}, each section's paragraph beginning with {@code prose.apply(section)}. */
    static String page(int bytes, IntFunction<String> linkTarget, IntFunction<String> prose) {
        StringBuilder page = new StringBuilder();
        for (int section = 0; page.length() < bytes; section++) {
            page.append("## Afsnit ").append(section).append("\n\n")
                    .append(prose.apply(section)).append(" Se [[")
                    .append(linkTarget.apply(section))
                    .append("]] og [[De syv principper|principperne]].\n\n")
                    .append("- Første punkt med en [ekstern kilde](https://www.coi.dk)\n- Andet punkt\n\n")
                    .append("| Fase | Indhold |\n|---|---|\n| Opdagelse | Nye indsigter |\n| Test | Prøv idéen |\n\n");
        }
        return page.toString();
    }
}
