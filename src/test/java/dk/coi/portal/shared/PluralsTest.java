package dk.coi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A number that counts something takes the right form of what it counts: "1 resultat", "2 resultater",
 * never "1 resultater" or "ændring(er)". Plural forms are MessageFormat choices
 * ({@code {0,choice,0#{0} resultater|1#{0} resultat|1<{0} resultater}}), which Vaadin's translations and
 * {@link Texts} both apply.
 */
class PluralsTest {

    private static final List<Locale> LANGUAGES = PortalLocales.SUPPORTED;
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    /**
     * Arguments (key:index) followed by a word without counting anything: a person's name, a revision number
     * or a time ("{0} har ændret", "Ændring {0} oprettede", "senest {2} af {3}"), or a count whose noun
     * follows a later, counted argument ("{0} af {1} dokumenter"). A new text with a count gets a plural form.
     */
    private static final Set<String> NOT_COUNTS = Set.of("ideastorm.results.score:0",
            "ideastorm.results.places.both:0", "ideastorm.results.places.both:1", "ideastorm.results.places.votes:0",
            "ideastorm.results.places.score:0",
            "wiki.mail.edited:0", "wiki.mail.commented:0",
            "wiki.mail.edited-minor:0", "wiki.mail.replied:0",
            "signup.signed-in-meanwhile:0",
            "notification.mail.digest.subject-line:2", "search.index.running:0", "wiki.summary.moved:0",
            "wiki.summary.moved-because:0", "merge.text:0", "merge.overlap:0", "wiki.mail.deleted:0",
            "wiki.contributions.description:0", "search.page.of:0",
            "ideastorm.switches.two:0", "ideastorm.switches.three:1", "ideastorm.time-left:0",
            "ideastorm.notice.on-your-idea.mail:0", "ideastorm.notice.to-your-comment.mail:0",
            "landscape.notice.published.mail:0", "landscape.notice.returned.mail:0",
            "landscape.notice.editor-added.mail:0", "landscape.notice.editor-removed.mail:0",
            "landscape.notice.contact-named.mail:0",
            "landscape.editors.remove-named:0",
            "landscape.notice.adopted.mail:0", "landscape.notice.contact-request.mail:0",
            "landscape.notice.contact-reply.mail:0", "landscape.review.send-back-named:0",
            "landscape.requests.from.private:0");

    /** Counts before a word that is the same in singular and plural (language:key:index). */
    private static final Set<String> SAME_IN_SINGULAR_AND_PLURAL = Set.of(
            "da:landscape.catalogue.filters.toggle.chosen:0", "en:landscape.catalogue.filters.toggle.chosen:0",
            "da:landscape.catalogue.filters.hide.chosen:0", "en:landscape.catalogue.filters.hide.chosen:0",
            "en:layout.notices.unread:1",
            "en:wiki.watchlist.unread:0", "da:ideastorm.comment.stances:0", "da:ideastorm.comment.stances:1",
            "en:ideastorm.comment.stances:0", "en:ideastorm.comment.stances:1", "en:ideastorm.comment.stances:2",
            "en:ideastorm.followed.unread:0");

    @Test
    void everyArgumentBeforeAWordIsACountWithAPluralFormOrKnownNotToBeOne() throws IOException {
        List<String> withoutPluralForm = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!hasArguments(text)) {
                    continue;
                }
                Format[] formats = new MessageFormat(text, language).getFormatsByArgumentIndex();
                for (int index = 0; index < formats.length; index++) {
                    String argument = key + ":" + index;
                    boolean beforeAWord = Pattern.compile("\\{" + index + "} +\\p{L}").matcher(text).find();
                    if (beforeAWord && !(formats[index] instanceof ChoiceFormat) && !NOT_COUNTS.contains(argument)
                            && !SAME_IN_SINGULAR_AND_PLURAL.contains(language.getLanguage() + ":" + argument)) {
                        withoutPluralForm.add(language.getLanguage() + ": " + key + "=" + text);
                    }
                }
            }
        }
        assertThat(withoutPluralForm).as("counts without a plural form").isEmpty();
    }

    @Test
    void noTextLeavesThePluralToTheReader() throws IOException {
        for (Locale language : LANGUAGES) {
            assertThat(load(language).values()).as("texts in %s with a plural left to the reader", language)
                    .filteredOn(text -> text.toString().matches("(?s).*\\p{L}\\((er|e|s|es)\\).*")).isEmpty();
        }
    }

    @Test
    void everyPluralTakesTheSingularForOneAndThePluralForNoneAndForTwoInBothLanguages() throws IOException {
        DefaultI18NProvider vaadin = new DefaultI18NProvider(LANGUAGES);
        Texts mail = new Texts();
        int checked = 0;
        for (Locale language : LANGUAGES) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                if (!hasArguments(texts.getProperty(key))) {
                    continue;
                }
                Format[] formats = new MessageFormat(texts.getProperty(key), language).getFormatsByArgumentIndex();
                for (int count = 0; count < formats.length; count++) {
                    if (!(formats[count] instanceof ChoiceFormat)) {
                        continue;
                    }
                    String none = counted(vaadin.getTranslation(key, language, arguments(formats, count, 0)), 0);
                    String one = counted(vaadin.getTranslation(key, language, arguments(formats, count, 1)), 1);
                    String two = counted(vaadin.getTranslation(key, language, arguments(formats, count, 2)), 2);
                    assertThat(one).as("%s in %s for 1", key, language).isNotEqualTo(two);
                    assertThat(none).as("%s in %s for 0", key, language).isEqualTo(two);
                    assertThat(mail.get(language, key, arguments(formats, count, 1)))
                            .isEqualTo(vaadin.getTranslation(key, language, arguments(formats, count, 1)));
                    checked++;
                }
            }
        }
        assertThat(checked).as("plural texts checked").isGreaterThanOrEqualTo(16);
    }

    @Test
    void countsReadNaturallyAndLargeOnesAreGroupedTheLanguagesWay() {
        DefaultI18NProvider vaadin = new DefaultI18NProvider(LANGUAGES);
        assertThat(vaadin.getTranslation("search.count", PortalLocales.DANISH, 1, "wiki"))
                .isEqualTo("1 resultat for \"wiki\".");
        assertThat(vaadin.getTranslation("search.count", PortalLocales.DANISH, 1234, "wiki"))
                .isEqualTo("1.234 resultater for \"wiki\".");
        assertThat(vaadin.getTranslation("search.count", PortalLocales.ENGLISH, 1234, "wiki"))
                .isEqualTo("1,234 results for \"wiki\".");
        assertThat(vaadin.getTranslation("wiki.recent.days", PortalLocales.DANISH, 1)).isEqualTo("Seneste døgn");
        assertThat(vaadin.getTranslation("wiki.recent.days", PortalLocales.ENGLISH, 7)).isEqualTo("Last 7 days");
        assertThat(vaadin.getTranslation("wiki.page.review-waiting", PortalLocales.DANISH, 1))
                .isEqualTo("1 ændring venter på gennemsyn.");
    }

    /** A text without arguments is shown as it is, never through MessageFormat. */
    private static boolean hasArguments(String text) {
        return ARGUMENT.matcher(text).find();
    }

    /** The text with the count itself replaced, so that only the words around it are compared. */
    private static String counted(String text, int count) {
        return text.replaceFirst("(?<!\\d)" + count + "(?!\\d)", "#");
    }

    /** The count at its place, a number at every other choice (the singular) and a word everywhere else. */
    private static Object[] arguments(Format[] formats, int countIndex, int count) {
        Object[] arguments = new Object[formats.length];
        Arrays.setAll(arguments, index -> index == countIndex ? count
                : formats[index] instanceof ChoiceFormat ? 1 : "«text»");
        return arguments;
    }

    private static Properties load(Locale language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations_"
                + language.getLanguage() + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
