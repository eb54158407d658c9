package dk.coi.portal.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a follow, a notice, a report or a log line is about, across modules: a type such as {@code wiki.page}
 * or {@code ideastorm.idea} (its first part names the module that owns it) and the id within that type.
 */
public record Subject(String type, long id) {

    private static final Pattern TYPE = Pattern.compile("[a-z]+\\.[a-z-]+");

    public Subject {
        Objects.requireNonNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("A subject type is module.kind in lower case: " + type);
        }
    }

    /** The module that owns the subject, e.g. {@code wiki}. */
    public String module() {
        return type.substring(0, type.indexOf('.'));
    }
}
