package dk.coi.portal.shell.internal;

import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.SafeHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The texts of the information pages (accessibility statement, privacy policy): Markdown files in
 * {@code information/<key>_<language>.md}, rendered through the portal's pipeline, with COI's contact details from
 * the configuration in place of {@code {email}}, {@code {phone}}, {@code {dpo}} and {@code {statement}}. A line
 * whose detail is not configured is left out rather than shown empty. Read once per page and language.
 */
@Component
public class InformationPages {

    private final MarkdownService markdown;
    private final Map<String, String> details;
    private final Map<String, SafeHtml> rendered = new ConcurrentHashMap<>();

    InformationPages(MarkdownService markdown, @Value("${portal.contact.email}") String email,
                     @Value("${portal.contact.phone}") String phone,
                     @Value("${portal.contact.data-protection-officer}") String dataProtectionOfficer,
                     @Value("${portal.contact.accessibility-statement}") String statement) {
        this.markdown = markdown;
        this.details = Map.of("email", email, "phone", phone, "dpo", dataProtectionOfficer, "statement", statement);
    }

    /** The address of the official accessibility statement in the agency's WAS-Tool, once it is configured. */
    public Optional<String> officialStatement() {
        return Optional.of(details.get("statement")).filter(address -> !address.isBlank()).map(String::strip);
    }

    /** The page's text in the language, or in Danish where it has none in that language. */
    public SafeHtml text(FixedPages.Information page, Locale locale) {
        String language = PortalLocales.fromTag(locale.getLanguage()).getLanguage();
        return rendered.computeIfAbsent(page.key() + "_" + language,
                name -> markdown.render(filled(read(page.key(), language), details)));
    }

    /** The text with the details in place; lines naming a detail that is empty are left out. */
    static String filled(String text, Map<String, String> details) {
        return text.lines().filter(line -> details.entrySet().stream()
                        .noneMatch(detail -> detail.getValue().isBlank() && line.contains("{" + detail.getKey() + "}")))
                .map(line -> {
                    String result = line;
                    for (Map.Entry<String, String> detail : details.entrySet()) {
                        result = result.replace("{" + detail.getKey() + "}", detail.getValue().strip());
                    }
                    return result;
                })
                .collect(Collectors.joining("\n"));
    }

    private static String read(String key, String language) {
        InputStream in = InformationPages.class.getResourceAsStream("/information/" + key + "_" + language + ".md");
        if (in == null) {
            in = InformationPages.class.getResourceAsStream("/information/" + key + "_da.md");
        }
        if (in == null) {
            throw new IllegalStateException("No text for the information page " + key);
        }
        try (InputStream text = in) {
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
