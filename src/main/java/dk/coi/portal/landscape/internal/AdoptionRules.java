package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.AdoptionDraft;
import dk.coi.portal.landscape.AdoptionKind;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextRules;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of an adoption, checked before anything is stored: every problem at once, one translation key per field,
 * as an {@link InvalidInputException}. The month may be neither in the future nor before the case it reuses started.
 */
public final class AdoptionRules {

    public static final int MAX_CHANGES = 20_000;
    public static final int MAX_RESULTS = AdoptionDraft.MAX_RESULTS;
    public static final int MAX_MESSAGE = 2_000;

    private AdoptionRules() {
    }

    /** An adoption's content as it is stored ({@code results} null when none were given). */
    public record Checked(long workplace, AdoptionKind kind, YearMonth adoptedIn, String changes, String results) {
    }

    /** The draft checked as of {@code thisMonth}, for a case started in {@code caseStarted}. */
    public static Checked check(AdoptionDraft draft, YearMonth thisMonth, int caseStarted) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.workplace() == null) {
            problems.put("workplace", "landscape.adoption.workplace.required");
        }
        if (draft.kind() == null) {
            problems.put("kind", "landscape.adoption.kind.required");
        }
        if (draft.adoptedIn() == null) {
            problems.put("adoptedIn", "landscape.adoption.adoptedIn.required");
        } else if (draft.adoptedIn().isAfter(thisMonth)) {
            problems.put("adoptedIn", "landscape.adoption.adoptedIn.future");
        } else if (draft.adoptedIn().getYear() < caseStarted) {
            problems.put("adoptedIn", "landscape.adoption.adoptedIn.before-case");
        }
        String changes = text(draft.changes(), "changes", MAX_CHANGES, problems);
        String results = text(draft.results(), "results", MAX_RESULTS, problems);
        if (changes == null) {
            problems.putIfAbsent("changes", "landscape.adoption.changes.required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(draft.workplace().value(), draft.kind(), draft.adoptedIn(), changes, results);
    }

    /** A contact request's message, refused when empty, too long or with characters the portal does not keep. */
    public static String message(String typed, Map<String, String> problems) {
        String message = text(typed, "message", MAX_MESSAGE, problems);
        if (message == null) {
            problems.putIfAbsent("message", "landscape.adoption.message.required");
        }
        return message;
    }

    /** A text of several lines as the portal keeps it; null when empty. */
    private static String text(String typed, String field, int max, Map<String, String> problems) {
        String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            problems.put(field, "landscape.adoption." + field + ".too-long");
        } else {
            TextRules.textProblem(text).ifPresent(key -> problems.put(field, key));
        }
        return text;
    }
}
