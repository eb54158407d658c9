package dk.coi.portal.shared;

import java.util.Map;

/**
 * Input the server refused. Carries one translation key per offending field, so the UI can show each
 * message next to its field in the visitor's language.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;

    public InvalidInputException(Map<String, String> fieldMessageKeys) {
        super("Invalid input: " + fieldMessageKeys);
        this.fieldMessageKeys = Map.copyOf(fieldMessageKeys);
    }

    /** Field name → translation key. */
    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
