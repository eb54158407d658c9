package dk.coi.portal.wiki;

import dk.coi.portal.identity.PersonService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.MarkdownService;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.wiki.internal.RevisionDiffer;
import dk.coi.portal.wiki.internal.SaveRateLimit;
import dk.coi.portal.wiki.internal.WikiLinks;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import dk.coi.portal.wiki.internal.WikiRevision;
import dk.coi.portal.wiki.internal.WikiRevisionRepository;
import dk.coi.portal.wiki.internal.WikiWriter;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The innovation wiki: reading pages, saving named edits (one Envers revision each, crediting the signed-in
 * person with their summary and minor flag) and reading a page's history.
 */
@Service
public class WikiService {

    public static final int MAX_CONTENT_BYTES = 1024 * 1024;
    public static final int MAX_SUMMARY_LENGTH = 500;

    private final WikiPageRepository pages;
    private final WikiRevisionRepository revisions;
    private final WikiWriter writer;
    private final SaveRateLimit rateLimit;
    private final PersonService people;
    private final MarkdownService markdown;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    WikiService(WikiPageRepository pages, WikiRevisionRepository revisions, WikiWriter writer,
                SaveRateLimit rateLimit, PersonService people, MarkdownService markdown, EntityManager entityManager,
                Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.rateLimit = rateLimit;
        this.pages = pages;
        this.revisions = revisions;
        this.writer = writer;
        this.people = people;
        this.markdown = markdown;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<WikiPageView> page(String title) {
        return pages.findByTitle(WikiTitles.normalize(title)).map(this::view);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> allTitles() {
        return pages.findAllByOrderByTitleAsc().stream().map(WikiPage::getTitle).toList();
    }

    /**
     * Saves an edit as the signed-in person, creating the page when it does not exist. Refuses bad input and
     * edits without a change ({@link InvalidInputException}), and edits made on top of an older version
     * ({@link EditConflictException}); in every refused case the stored page is unchanged.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public WikiPageView save(WikiEdit edit) {
        long author = people.currentPerson().orElseThrow(() -> new IllegalStateException("No signed-in person")).id();
        String title = WikiTitles.normalize(edit.title());
        String content = edit.content() == null ? "" : edit.content().replace("\r\n", "\n");
        String summary = edit.summary() == null ? "" : edit.summary().strip();
        checkInput(title, content, summary);
        if (!rateLimit.tryAcquire(author)) {
            throw new InvalidInputException(Map.of("rate", "wiki.edit.rate-limited"));
        }

        Instant now = clock.instant();
        Optional<WikiPage> existing = pages.findByTitle(title);
        WikiPage page;
        if (existing.isPresent()) {
            page = existing.get();
            if (edit.baseVersion() == null || page.getVersion() != edit.baseVersion()) {
                throw new EditConflictException(view(page));
            }
            if (page.getContent().equals(content)) {
                throw new InvalidInputException(Map.of("content", "wiki.edit.no-change"));
            }
            writer.edit(page, author, content, summary, edit.minor(), now);
        } else {
            if (edit.baseVersion() != null) {
                throw new InvalidInputException(Map.of("title", "wiki.edit.page-gone"));
            }
            page = writer.create(author, title, content, summary, edit.minor(), now);
        }
        pages.flush();
        WikiRevision revision = revisions.findOlderThan(page.getId(), Long.MAX_VALUE, Limit.of(1)).getFirst();
        events.publishEvent(new WikiPageChanged(page.getId(), page.getTitle(), revision.getId(), author, summary,
                edit.minor(), now));
        return view(page);
    }

    /** A page's history, newest first: {@code before} is the revision to continue after (0 for the newest). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RevisionSummary> history(String title, long before, int count) {
        WikiPage page = pages.findByTitle(WikiTitles.normalize(title)).orElse(null);
        if (page == null) {
            return List.of();
        }
        // One more than asked for, so the oldest shown line also knows its size change.
        List<WikiRevision> rows = revisions.findOlderThan(page.getId(), before <= 0 ? Long.MAX_VALUE : before,
                Limit.of(Math.min(count, 500) + 1));
        List<RevisionSummary> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(count, rows.size()); i++) {
            WikiRevision row = rows.get(i);
            int size = row.getPageSize() == null ? 0 : row.getPageSize();
            int previous = i + 1 < rows.size() && rows.get(i + 1).getPageSize() != null ? rows.get(i + 1).getPageSize() : 0;
            lines.add(new RevisionSummary(row.getId(), row.getPersonId(), authorName(row.getPersonId()),
                    Instant.ofEpochMilli(row.getTimestamp()), row.getSummary(), row.isMinor(), size, size - previous));
        }
        return lines;
    }

    /**
     * Edits across the wiki in the last {@code days} days, newest first (at most {@code limit}); optionally
     * only one person's (their contributions) and without minor edits.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<RecentChange> recentChanges(int days, boolean includeMinor, Long personId, int limit) {
        long since = clock.instant().minus(java.time.Duration.ofDays(Math.max(1, Math.min(days, 365)))).toEpochMilli();
        return revisions.findRecent(since, includeMinor, personId, Limit.of(Math.max(1, Math.min(limit, 500))))
                .stream()
                .map(row -> new RecentChange(row.revision(), row.pageTitle(), row.personId(),
                        authorName(row.personId()), Instant.ofEpochMilli(row.timestamp()), row.summary(),
                        row.minor(), nullToZero(row.size()) - nullToZero(row.previousSize())))
                .toList();
    }

    private static int nullToZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** The page as it was saved in a revision, rendered for reading. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<SafeHtml> renderedAt(String title, long revision) {
        return pages.findByTitle(WikiTitles.normalize(title))
                .flatMap(page -> contentAt(page, revision))
                .map(this::render);
    }

    /** The difference between two revisions of the page, or empty when either does not belong to it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<WikiDiff> diff(String title, long fromRevision, long toRevision) {
        Optional<WikiPage> page = pages.findByTitle(WikiTitles.normalize(title));
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> before = contentAt(page.get(), fromRevision);
        Optional<String> after = contentAt(page.get(), toRevision);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RevisionDiffer.diff(fromRevision, before.get(), toRevision, after.get()));
    }

    /**
     * Restores an old revision as a new edit by the signed-in person ("Gendannet fra ændring N");
     * {@code baseVersion} is the page version the person saw, as for any edit.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public WikiPageView restore(String title, long revision, long baseVersion) {
        WikiPage page = pages.findByTitle(WikiTitles.normalize(title))
                .orElseThrow(() -> new InvalidInputException(Map.of("title", "wiki.edit.page-gone")));
        String old = contentAt(page, revision)
                .orElseThrow(() -> new InvalidInputException(Map.of("revision", "wiki.restore.unknown")));
        return save(new WikiEdit(page.getTitle(), old, "Gendannet fra ændring " + revision, false, baseVersion));
    }

    private Optional<String> contentAt(WikiPage page, long revision) {
        return revisions.findById(revision)
                .filter(row -> page.getId().equals(row.getPageId()))
                .map(row -> AuditReaderFactory.get(entityManager).find(WikiPage.class, page.getId(), revision))
                .map(WikiPage::getContent);
    }

    /** Live preview in the editor: the same rendering as the saved page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SafeHtml preview(String content) {
        return render(content == null ? "" : content);
    }

    private SafeHtml render(String content) {
        return markdown.render(WikiLinks.toMarkdown(content, linked -> pages.findByTitle(linked).isPresent()));
    }

    private void checkInput(String title, String content, String summary) {
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
    }

    private WikiPageView view(WikiPage page) {
        WikiRevision last = revisions.findOlderThan(page.getId(), Long.MAX_VALUE, Limit.of(1)).stream()
                .findFirst().orElse(null);
        return new WikiPageView(page.getId(), page.getTitle(), page.getContent(), render(page.getContent()),
                page.getVersion(), last == null ? null : authorName(last.getPersonId()),
                page.getUpdatedAt());
    }

    /** The author's name, or null for an erased person (shown as "Slettet bruger"). */
    private String authorName(Long personId) {
        return personId == null ? null : people.authorName(personId).orElse(null);
    }
}
