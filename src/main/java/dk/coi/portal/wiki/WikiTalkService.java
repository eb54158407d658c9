package dk.coi.portal.wiki;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.moderation.ModerationService;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextRules;
import dk.coi.portal.wiki.internal.SaveRateLimit;
import dk.coi.portal.wiki.internal.WatchNotifier;
import dk.coi.portal.wiki.internal.WikiAccess;
import dk.coi.portal.wiki.internal.WikiPage;
import dk.coi.portal.wiki.internal.WikiPageRepository;
import dk.coi.portal.wiki.internal.WikiPageViews;
import dk.coi.portal.wiki.internal.WikiTalkComment;
import dk.coi.portal.wiki.internal.WikiTalkCommentRepository;
import java.time.Clock;
import java.time.Instant;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.shared.Sections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talk pages: every page has one, where signed-in people discuss it under their name, in comments and
 * replies (Markdown, rendered like pages). Watchers of the page hear of new comments. Comments are moderated
 * content ({@link TalkComment#SUBJECT_TYPE}): people may report them, and staff hide or show them here or in the
 * moderation queue, as moderation decisions that the moderation log and the wiki log record.
 */
@Service
public class WikiTalkService {

    public static final int MAX_COMMENT_LENGTH = 10_000;

    private final WikiTalkCommentRepository comments;
    private final WikiPageRepository pages;
    private final WikiPageViews views;
    private final WikiAccess access;
    private final SaveRateLimit rateLimit;
    private final WatchNotifier notifier;
    private final ModerationService moderation;
    private final Clock clock;

    WikiTalkService(WikiTalkCommentRepository comments, WikiPageRepository pages, WikiPageViews views,
                    WikiAccess access, SaveRateLimit rateLimit, WatchNotifier notifier, ModerationService moderation,
                    Clock clock) {
        this.comments = comments;
        this.pages = pages;
        this.views = views;
        this.access = access;
        this.rateLimit = rateLimit;
        this.notifier = notifier;
        this.moderation = moderation;
        this.clock = clock;
    }

    /**
     * The page's comments in thread order: each comment followed by its replies, oldest first; with each, whether the
     * signed-in person has reported it already and whether they wrote it, by moderation's own rule (so the talk page
     * offers "Rapportér" only where it would be taken).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<CommentView> comments(String title) {
        WikiPage page = pages.findByTitle(WikiTitles.normalize(title)).filter(found -> !found.isDeleted()).orElse(null);
        if (page == null) {
            return List.of();
        }
        boolean staff = access.isStaff();
        List<WikiTalkComment> rows = comments.findByPageIdOrderByIdAsc(page.getId());
        Map<Subject, PersonId> authors = new HashMap<>();
        rows.stream().filter(row -> row.getPersonId() != null)
                .forEach(row -> authors.put(TalkComment.subject(row.getId()), PersonId.of(row.getPersonId())));
        Set<Subject> mine = moderation.writtenByMe(authors);
        // Its author still reads a hidden comment (told that only they and staff do), to know what was hidden.
        List<WikiTalkComment> readable = rows.stream().filter(row -> !row.isHidden() || staff
                || mine.contains(TalkComment.subject(row.getId()))).toList();
        List<SafeHtml> rendered = views.renderAll(readable.stream().map(WikiTalkComment::getBody).toList()).stream()
                .map(Sections::withoutHeadingIds).toList();
        Map<Long, SafeHtml> html = new HashMap<>();
        for (int i = 0; i < readable.size(); i++) {
            html.put(readable.get(i).getId(), rendered.get(i));
        }
        Map<Long, String> credits = views.credits(rows.stream().map(WikiTalkComment::getPersonId).toList());
        Set<Subject> reported = moderation.reportedByMe(rows.stream().map(row -> TalkComment.subject(row.getId()))
                .toList());
        CommentFacts facts = new CommentFacts(credits, html, reported, mine);
        return CommentView.inThreadOrder(rows, WikiTalkComment::getId, WikiTalkComment::getParentId,
                (row, depth) -> view(row, depth, facts));
    }

    /** What the reader is told of each comment beside the comment itself. */
    private record CommentFacts(Map<Long, String> credits, Map<Long, SafeHtml> html, Set<Subject> reported,
                                Set<Subject> mine) {
    }

    private static CommentView view(WikiTalkComment row, int depth, CommentFacts facts) {
        Subject subject = TalkComment.subject(row.getId());
        return new CommentView(row.getId(), row.getParentId(), depth, row.getPersonId(),
                facts.credits().get(row.getPersonId()), row.getCreatedAt(), facts.html().get(row.getId()),
                row.isHidden(), row.getHiddenReason(), facts.reported().contains(subject),
                facts.mine().contains(subject));
    }

    /** How many visible comments the talk page has. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long count(String title) {
        return pages.findByTitle(WikiTitles.normalize(title)).filter(page -> !page.isDeleted())
                .map(page -> comments.countByPageIdAndHiddenAtIsNull(page.getId())).orElse(0L);
    }

    /** Every talk page with comments anyone can read, with its newest such comment, for search engines' sitemap. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<DiscussedPage> discussedPages() {
        return comments.findDiscussedPages();
    }

    /**
     * Adds the signed-in person's comment, as a reply when {@code parentId} is given; refused for an empty,
     * too long text or one with characters {@link TextRules} refuses, a page that is gone, a parent on another
     * page, and past the person's rate limit. Returns the new comment's id.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long comment(String title, Long parentId, String body) {
        long author = access.currentPersonId();
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Map.of("body", "wiki.talk.empty"));
        }
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidInputException(Map.of("body", "wiki.talk.too-long"));
        }
        TextRules.textProblem(text).ifPresent(key -> {
            throw new InvalidInputException(Map.of("body", key));
        });
        WikiPage page = pages.findByTitle(WikiTitles.normalize(title)).filter(found -> !found.isDeleted())
                .orElseThrow(() -> new InvalidInputException(Map.of("title", "wiki.edit.page-gone")));
        if (parentId != null && comments.findById(parentId)
                .filter(parent -> parent.getPageId() == page.getId()).isEmpty()) {
            throw new InvalidInputException(Map.of("parent", "wiki.talk.unknown-parent"));
        }
        if (!rateLimit.tryAcquire(author)) {
            throw new InvalidInputException(Map.of("rate", "wiki.edit.rate-limited"));
        }
        Instant now = clock.instant();
        WikiTalkComment saved = comments.save(new WikiTalkComment(page.getId(), parentId, author, text, now));
        notifier.commented(page.pageId(), saved.getId(), parentId, PersonId.of(author), text, now);
        return saved.getId();
    }

    /**
     * Hides a comment from everyone but staff, with a reason shown in its place: a moderation decision, so it is
     * in the moderation log and closes open reports on the comment. Moderation decides under its lock on the comment,
     * from what it reads there: a comment hidden meanwhile stays hidden with this reason.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void hide(long commentId, String reason) {
        moderation.hide(TalkComment.subject(commentId), reason);
    }

    /**
     * Shows a hidden comment again, optionally with a reason: a moderation decision (restore), logged like hiding;
     * for a comment shown meanwhile, moderation changes nothing but closing any open reports.
     */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void show(long commentId, String reason) {
        moderation.restore(TalkComment.subject(commentId), reason);
    }
}
