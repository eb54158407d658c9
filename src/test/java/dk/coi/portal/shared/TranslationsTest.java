package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI text comes from the translation files: each key the code names exists in Danish (and English),
 * and both files hold the same keys. Keys built at run time are covered by the browser sweep in
 * AccessibilityTest, which fails on Vaadin's "!{key}!" marker.
 */
class TranslationsTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("src/main/jte"));
    /** The Danish translations of the OpenAPI document's English texts, which English has no keys for. */
    private static final String OPEN_API_TRANSLATIONS = "opendata.api.doc.";
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)+)\"");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Path.of("src/main/resources/vaadin-i18n/translations_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyKeyInTheCodeHasADanishAndAnEnglishText() throws IOException {
        Properties danish = load("da");
        Properties english = load("en");
        Set<String> prefixes = danish.stringPropertyNames().stream()
                .map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());

        Set<String> used = new TreeSet<>();
        for (Path source : SOURCES) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.toString().matches(".*\\.(java|jte)")).toList()) {
                    Matcher matcher = STRING_LITERAL.matcher(Files.readString(file));
                    while (matcher.find()) {
                        String literal = matcher.group(1);
                        if (prefixes.contains(literal.substring(0, literal.indexOf('.'))) && !literal.endsWith(".jte")) {
                            used.add(literal);
                        }
                    }
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> {
            assertThat(danish.getProperty(key)).as("Danish text for %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("English text for %s", key).isNotBlank();
        });
    }

    /**
     * One thing has one name in each language (the new-user trial met "permanent" beside "uden udløb" for watching
     * without an end, and "ændring 15" beside version numbers): the names used are "permanent" / "permanently" and
     * "version N" / "revision N"; the others must not come back.
     */
    @Test
    void oneThingHasOneNameThroughout() throws IOException {
        Map<String, List<Pattern>> otherNames = Map.of(
                "da", List.of(Pattern.compile("(?i)uden udløb"), Pattern.compile("(?i)ændring \\{\\d")),
                "en", List.of(Pattern.compile("(?i)for good"), Pattern.compile("(?i)(edit|change|version) \\{\\d")));
        for (Map.Entry<String, List<Pattern>> language : otherNames.entrySet()) {
            Properties texts = load(language.getKey());
            for (Pattern other : language.getValue()) {
                assertThat(texts.stringPropertyNames()).as("%s texts naming a thing %s", language.getKey(), other)
                        .filteredOn(key -> other.matcher(texts.getProperty(key)).find()).isEmpty();
            }
        }
    }

    /**
     * A text without arguments is shown as written ({@code Texts} runs {@code MessageFormat} only on texts with
     * arguments), so its apostrophe is single; only a text with arguments doubles it ("COI''s {0}").
     */
    @Test
    void aTextWithoutArgumentsHasNoDoubledApostrophe() throws IOException {
        for (String language : List.of("da", "en")) {
            Properties texts = load(language);
            assertThat(texts.stringPropertyNames()).as("%s texts shown with ''", language)
                    .filteredOn(key -> !texts.getProperty(key).contains("{") && texts.getProperty(key).contains("''"))
                    .isEmpty();
        }
    }

    /**
     * Both hold the same keys, but for the translations of the OpenAPI document's texts ({@code opendata.api.doc.}):
     * the document is English, and the English page shows its own texts, so that they have one English source.
     */
    @Test
    void danishAndEnglishHoldTheSameKeys() throws IOException {
        Set<String> danish = load("da").stringPropertyNames().stream()
                .filter(key -> !key.startsWith(OPEN_API_TRANSLATIONS)).collect(Collectors.toSet());
        assertThat(load("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(danish);
    }
}
