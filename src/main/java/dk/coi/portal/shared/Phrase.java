package dk.coi.portal.shared;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * What the portal says, stored as meaning rather than wording: a translation key and its arguments, put into
 * words only when shown or mailed, in the reader's language. Arguments are numbers, texts (a title, a person's
 * own words), phrases of their own (e.g. a protection level), which are translated first, or the moment something
 * ends ({@link #endTime}), said in the reader's language when the phrase is.
 */
public record Phrase(String key, List<Object> arguments) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments.stream().map(Phrase::storable).toList());
    }

    public static Phrase of(String key, Object... arguments) {
        return new Phrase(key, Arrays.asList(arguments));
    }

    /** The moment something ends, as an argument: "mandag 14. december kl. 12.00 (dansk tid)" in the reader's words. */
    public record EndTime(Instant at) {

        public EndTime {
            Objects.requireNonNull(at, "at");
        }
    }

    public static EndTime endTime(Instant at) {
        return new EndTime(at);
    }

    /** The words in a language: {@code translator} turns a key and finished arguments into text. */
    public String render(BiFunction<String, Object[], String> translator) {
        Object[] finished = arguments.stream()
                .map(argument -> switch (argument) {
                    case Phrase phrase -> phrase.render(translator);
                    case EndTime end -> translator.apply("phrase.end-time", new Object[] {
                            DateFormats.endWeekdayDateTime(end.at(), language(translator))});
                    default -> argument;
                })
                .toArray();
        return translator.apply(key, finished);
    }

    /** The language the translator speaks, as its translation files name it. */
    private static Locale language(BiFunction<String, Object[], String> translator) {
        return Locale.forLanguageTag(translator.apply("phrase.language", new Object[0]));
    }

    private static Object storable(Object argument) {
        return switch (argument) {
            case null -> "";
            case Phrase phrase -> phrase;
            case EndTime end -> end;
            case Long number -> number;
            case Integer number -> number.longValue();
            case Short number -> number.longValue();
            case Enum<?> value -> value.name();
            default -> argument.toString();
        };
    }
}
