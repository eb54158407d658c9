package dk.coi.portal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Stores a {@link Phrase} in one text column as JSON: {@code {"k":"wiki.summary.restored","a":[16]}}. */
@Converter
public class PhraseConverter implements AttributeConverter<Phrase, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Phrase phrase) {
        return phrase == null ? null : JSON.writeValueAsString(toTree(phrase));
    }

    @Override
    public Phrase convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? null : fromTree(JSON.readValue(json, Map.class));
    }

    private static Map<String, Object> toTree(Phrase phrase) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("k", phrase.key());
        tree.put("a", phrase.arguments().stream()
                .map(argument -> switch (argument) {
                    case Phrase nested -> toTree(nested);
                    case Phrase.EndTime end -> Map.of("end", end.at().toString());
                    default -> argument;
                }).toList());
        return tree;
    }

    private static Phrase fromTree(Map<?, ?> tree) {
        List<Object> arguments = new ArrayList<>();
        if (tree.get("a") instanceof List<?> stored) {
            for (Object argument : stored) {
                arguments.add(switch (argument) {
                    case Map<?, ?> end when end.containsKey("end") -> Phrase.endTime(Instant.parse(
                            String.valueOf(end.get("end"))));
                    case Map<?, ?> nested -> fromTree(nested);
                    case Number number -> number.longValue();
                    default -> argument;
                });
            }
        }
        return new Phrase(String.valueOf(tree.get("k")), arguments);
    }
}
