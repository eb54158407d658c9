package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextRules;
import dk.coi.portal.wiki.WikiEdit;
import dk.coi.portal.wiki.WikiTitles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
    public record CleanEdit(String title, String content, String summary, boolean minor, Long baseVersion,
                            Long baseRevision) {
    }

    /** Checks the input and takes one save from the person's allowance; throws when anything is wrong. */
    public CleanEdit check(WikiEdit edit, long author) {
        String title = WikiTitles.normalize(edit.title());
        String content = cleanContent(edit.content());
        String summary = edit.summary() == null ? "" : edit.summary().strip();
        Map<String, String> problems = new LinkedHashMap<>();
        WikiTitles.problem(title).ifPresent(key -> problems.put("title", key));
        contentProblem(content).ifPresent(key -> problems.put("content", key));
        if (summary.length() > MAX_SUMMARY_LENGTH) {
            problems.put("summary", "wiki.summary.too-long");
        } else {
            TextRules.lineProblem(summary).ifPresent(key -> problems.put("summary", key));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!rateLimit.tryAcquire(author)) {
            throw new InvalidInputException(Map.of("rate", "wiki.edit.rate-limited"));
        }
        return new CleanEdit(title, content, summary, edit.minor(), edit.baseVersion(), edit.baseRevision());
    }

    /** A page's text with line ends unified. */
    public static String cleanContent(String content) {
        return content == null ? "" : content.replace("\r\n", "\n");
    }

    /** What is wrong with a page's text (too large, characters refused), as a translation key. */
    public static Optional<String> contentProblem(String cleanContent) {
        if (cleanContent.length() > MAX_CONTENT_BYTES
                || cleanContent.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES) {
            return Optional.of("wiki.content.too-large");
        }
        return TextRules.textProblem(cleanContent);
    }

    /**
     * Refuses moving a protected or reviewed page by someone who is not staff: a move decides what stands at
     * the page's official address.
     */
    public void checkMayMove(WikiPage page) {
        PagePolicy.Actor actor = access.actor();
        PagePolicy.PageState state = PagePolicy.PageState.of(page);
        if (!state.deleted() && !PagePolicy.mayMove(actor, state)) {
            throw new InvalidInputException(Map.of("title", "wiki.move.staff-only"));
        }
    }

    /** Refuses changes to a deleted page, and to a protected page by someone who is not staff. */
    public void checkMayChange(WikiPage page) {
        if (page.isDeleted()) {
            throw new InvalidInputException(Map.of("title", "wiki.edit.page-deleted"));
        }
        if (!PagePolicy.mayEdit(access.actor(), PagePolicy.PageState.of(page))) {
            throw new InvalidInputException(Map.of("content", "wiki.edit.protected"));
        }
    }
}
