package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.wiki.PageProtection;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiTitles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The rules every edit meets, whether it is published at once or waits for review. */
@Component
public class WikiEditRules {

    public static final int MAX_CONTENT_BYTES = 1024 * 1024;
    public static final int MAX_SUMMARY_LENGTH = 500;

    private final SaveRateLimit rateLimit;
    private final WikiAccess access;

    WikiEditRules(SaveRateLimit rateLimit, WikiAccess access) {
        this.rateLimit = rateLimit;
        this.access = access;
    }

    /** An edit with its title normalised, line ends unified and summary trimmed. */
    public record CleanEdit(String title, String content, String summary, boolean minor, Long baseVersion) {
    }

    /** Checks the input and takes one save from the person's allowance; throws when anything is wrong. */
    public CleanEdit check(WikiEdit edit, long author) {
        String title = WikiTitles.normalize(edit.title());
        String content = edit.content() == null ? "" : edit.content().replace("\r\n", "\n");
        String summary = edit.summary() == null ? "" : edit.summary().strip();
        Map<String, String> problems = new LinkedHashMap<>();
        WikiTitles.problem(title).ifPresent(key -> problems.put("title", key));
        if (content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES) {
            problems.put("content", "wiki.content.too-large");
        } else if (content.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            problems.put("content", "input.control-characters");
        }
        if (summary.length() > MAX_SUMMARY_LENGTH) {
            problems.put("summary", "wiki.summary.too-long");
        } else if (summary.chars().anyMatch(Character::isISOControl)) {
            problems.put("summary", "input.control-characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!rateLimit.tryAcquire(author)) {
            throw new InvalidInputException(Map.of("rate", "wiki.edit.rate-limited"));
        }
        return new CleanEdit(title, content, summary, edit.minor(), edit.baseVersion());
    }

    /** Refuses changes to a deleted page, and to a protected page by someone who is not staff. */
    public void checkMayChange(WikiPage page) {
        if (page.isDeleted()) {
            throw new InvalidInputException(Map.of("title", "wiki.edit.page-deleted"));
        }
        if (page.getProtection() == PageProtection.STAFF && !access.isStaff()) {
            throw new InvalidInputException(Map.of("content", "wiki.edit.protected"));
        }
    }
}
