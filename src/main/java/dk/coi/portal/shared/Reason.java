package dk.coi.portal.shared;

import java.util.Map;
import java.util.Optional;

/**
 * A person's reason for a stewarding or moderating action (hide, delete, restore, protect, move, a review
 * decision), as the log and the people concerned see it: one line of at most {@value #MAX_LENGTH} characters,
 * without control or hidden characters. The rules live here once; every module checks its reasons with them.
 */
public record Reason(String text) {

    public static final int MAX_LENGTH = 500;

    public Reason {
        problem(text).ifPresent(key -> {
            throw new InvalidInputException(Map.of("reason", key));
        });
    }

    /** The reason typed for an action that needs one; refused ({@link InvalidInputException}) when empty. */
    public static Reason required(String typed) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(Map.of("reason", "reason.required"));
        }
        return new Reason(clean);
    }

    /**
     * What is wrong with the reason typed for an action that needs one, as {@link #required} would refuse it; empty
     * when it will do. For a check that tells every problem of a form at once.
     */
    public static Optional<String> requiredProblem(String typed) {
        return problem(typed == null ? "" : typed.strip());
    }

    /** The reason typed where one may be given; empty when nothing was typed. */
    public static Optional<Reason> optional(String typed) {
        String clean = typed == null ? "" : typed.strip();
        return clean.isEmpty() ? Optional.empty() : Optional.of(new Reason(clean));
    }

    private static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("reason.required");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("reason.too-long");
        }
        return TextRules.lineProblem(text);
    }
}
