package dk.coi.portal.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What the portal says, stored as meaning rather than wording: a translation key and its arguments, put into
 * words only when shown or mailed, in the reader's language. Arguments are numbers, texts (a title, a person's
 * own words) or phrases of their own (e.g. a protection level), which are translated first.
 */
public record Phrase(String key, List<Object> arguments) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments.stream().map(Phrase::storable).toList());
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Arrays.asList(arguments));
    }

    /** The words in a language: {@code translator} turns a key and finished arguments into text. */
    public String render(BiFunction<String, Object[], String> translator) {
        Object[] finished = arguments.stream()
                .map(argument -> argument instanceof Phrase phrase ? phrase.render(translator) : argument)
                .toArray();
        return translator.apply(key, finished);
    }

    private static Object storable(Object argument) {
        return switch (argument) {
            case null -> "";
            case Phrase phrase -> phrase;
            case Long number -> number;
            case Integer number -> number.longValue();
            case Short number -> number.longValue();
            case Enum<?> value -> value.name();
            default -> argument.toString();
        };
    }
}
