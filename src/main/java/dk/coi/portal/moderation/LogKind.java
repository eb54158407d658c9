package dk.coi.portal.moderation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of line in the moderation log, named by the module that writes it ({@code wiki.move},
 * {@code moderation.hide}), so that a new module adds kinds of its own without changing this one. Its words are the
 * translation {@code log.<code>}, a verb that reads into the content's title ("flyttede", "skjulte").
 */
public record LogKind(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z]+\\.[a-z]+(-[a-z]+)*");

    public LogKind {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A log kind is module.action in lower case: " + code);
        }
    }

    /** The kind named by a module's enum constant: {@code (wiki, REVIEW_ACCEPT)} is {@code wiki.review-accept}. */
    public static LogKind of(String module, Enum<?> action) {
        return new LogKind(module + "." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** The module that names and writes this kind, e.g. {@code wiki}. */
    public String module() {
        return code.substring(0, code.indexOf('.'));
    }

    public String labelKey() {
        return "log." + code;
    }
}
