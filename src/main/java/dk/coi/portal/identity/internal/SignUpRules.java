package dk.coi.portal.identity.internal;

import com.nulabinc.zxcvbn.Zxcvbn;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextRules;
import dk.coi.portal.identity.SignUpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Server-side checks for a new local account; every message is a translation key. */
@Component
public class SignUpRules {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;
    private static final int MIN_PASSWORD_SCORE = 3;

    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Zxcvbn strength = new Zxcvbn();

    /** Normalises the request and throws {@link InvalidInputException} listing every broken rule. */
    public SignUpRequest check(SignUpRequest request) {
        String name = trim(request.displayName());
        String email = trim(request.email()).toLowerCase(java.util.Locale.ROOT);
        String password = request.password() == null ? "" : request.password();
        Map<String, String> errors = new LinkedHashMap<>();

        checkName(name).ifPresent(key -> errors.put("displayName", key));
        checkEmail(email).ifPresent(key -> errors.put("email", key));
        checkPassword(password, name, email).ifPresent(key -> errors.put("password", key));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SignUpRequest(name, email, password);
    }

    static Optional<String> checkName(String name) {
        if (name.isEmpty()) {
            return Optional.of("signup.name.required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.of("signup.name.too-long");
        }
        Optional<String> characters = TextRules.lineProblem(name);
        if (characters.isPresent()) {
            return characters;
        }
        if (!HAS_LETTER.matcher(name).find()) {
            return Optional.of("signup.name.no-letters");
        }
        return Optional.empty();
    }

    private static Optional<String> checkEmail(String email) {
        if (email.isEmpty()) {
            return Optional.of("signup.email.required");
        }
        if (email.length() > MAX_EMAIL_LENGTH) {
            return Optional.of("signup.email.too-long");
        }
        Optional<String> characters = TextRules.lineProblem(email);
        if (characters.isPresent()) {
            return characters;
        }
        if (!EMAIL.matcher(email).matches()) {
            return Optional.of("signup.email.invalid");
        }
        return Optional.empty();
    }

    private Optional<String> checkPassword(String password, String name, String email) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("signup.password.too-short");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.of("signup.password.too-long");
        }
        Optional<String> characters = TextRules.lineProblem(password);
        if (characters.isPresent()) {
            return characters;
        }
        List<String> personalWords = List.of(name, email, email.split("@")[0], "innovation", "innovationsportalen", "coi");
        if (strength.measure(password, personalWords).getScore() < MIN_PASSWORD_SCORE) {
            return Optional.of("signup.password.weak");
        }
        return Optional.empty();
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
