package dk.coi.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dk.coi.portal.shared.CommentView;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.SafeHtml;
import dk.coi.portal.support.PortalTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Browserless: the shared comment thread, fed by no module at all (as an idea storm would feed it): nesting,
 * authors linking where the caller says, hidden comments, replies through the shared form, and the caller's own
 * actions per comment.
 */
@PortalTest
@ViewPackages(packages = "dk.coi.portal")
class CommentThreadTest extends SpringBrowserlessTest {

    private static final Instant TIME = Instant.parse("2026-12-02T10:00:00Z");

    private final List<CommentView> stored = new ArrayList<>();
    private final FormStatus status = new FormStatus("thread-status");

    @Test
    void repliesAreNestedUpToFourLevelsAndAuthorsLinkWhereTheCallerSays() {
        stored.add(comment(1, null, 0, 7L, "Anna Idé", false, null));
        stored.add(comment(2, 1L, 1, null, null, false, null));
        stored.add(comment(3, 2L, 5, 8L, "Bo Dyb", false, null));
        CommentThread thread = shown(new CommentThread("thread", () -> stored, id -> "ideer/bidrag/" + id, status));

        assertThat($(Article.class, thread).all()).extracting(article -> article.getId().orElseThrow())
                .containsExactly("kommentar-1", "kommentar-2", "kommentar-3");
        assertThat(article(thread, 3).getClassNames()).contains("portal-comment", "portal-comment-depth-4");
        assertThat($(Anchor.class, article(thread, 1)).single().getHref()).isEqualTo("ideer/bidrag/7");
        assertThat($(Anchor.class, article(thread, 2)).all()).as("an erased author has no page").isEmpty();
        assertThat(article(thread, 2).getElement().getTextRecursively()).contains("Slettet bruger");
        assertThat($(Button.class, thread).all()).as("a reader who may not write has nothing to press").isEmpty();
    }

    @Test
    void aHiddenCommentShowsWhyInItsPlace() {
        stored.add(comment(1, null, 0, 7L, "Anna Idé", true, "Uden for emnet"));
        stored.add(new CommentView(2, null, 0, 7L, "Anna Idé", TIME, null, true, null, false, false));
        stored.add(new CommentView(3, null, 0, 8L, "Egen Forfatter", TIME, SafeHtml.escaped("Min tekst"), true,
                "Personoplysninger", false, true));
        CommentThread thread = shown(new CommentThread("thread", () -> stored, id -> "x", status));

        assertThat(article(thread, 1).getElement().getTextRecursively())
                .contains("Kommentaren er skjult af COI: Uden for emnet");
        assertThat(prose(article(thread, 1))).as("staff still read the text").containsExactly("Tekst 1");
        assertThat(article(thread, 2).getElement().getTextRecursively())
                .contains("Kommentaren er skjult, fordi flere har rapporteret den.");
        assertThat(prose(article(thread, 2))).isEmpty();
        assertThat(article(thread, 3).getElement().getTextRecursively()).as("its author is told who else reads it")
                .contains("Andre ser kun, at den er skjult, og hvorfor. Du og COI kan stadig læse din tekst.", "kontakt@coi.dk");
        assertThat(article(thread, 1).getElement().getTextRecursively()).doesNotContain("Du og COI");
        assertThat(prose(article(thread, 3))).containsExactly("Min tekst");
    }

    @Test
    void aReplyIsPostedUnderItsCommentAndAnnouncedAndRefusalsStayAtTheField() {
        stored.add(comment(1, null, 0, 7L, "Anna Idé", false, null));
        CommentThread thread = new CommentThread("thread", () -> stored, id -> "x", status)
                .writable(500, (parent, text) -> {
                    if (text.contains("\u0007")) {
                        throw new InvalidInputException(Map.of("body", "input.control-characters"));
                    }
                    stored.add(comment(2, parent, 1, 8L, "Bo " + text, false, null));
                    return 2;
                });
        shown(thread);

        Button reply = $(Button.class, thread).id("reply-1");
        assertThat(reply.getElement().getAttribute("aria-label")).isEqualTo("Svar på kommentaren fra Anna Idé, "
                + DateFormats.dateTime(TIME, PortalLocales.DANISH));
        test(reply).click();
        assertThat(reply.isEnabled()).isFalse();
        TextArea text = $(TextArea.class, thread).id("comment-text-1");
        test(text).setValue("ringer\u0007");
        test($(Button.class, thread).id("comment-send-1")).click();
        assertThat(text.getErrorMessage()).isEqualTo("Feltet må ikke indeholde styretegn.");
        assertThat(stored).hasSize(1);

        test(text).setValue("svarer");
        test($(Button.class, thread).id("comment-send-1")).click();
        assertThat(stored.getLast().parentId()).isEqualTo(1L);
        assertThat(article(thread, 2).getClassNames()).contains("portal-comment-depth-1");
        assertThat($(Paragraph.class, article(thread, 2)).id("comment-status-2").getText())
                .as("said at the new comment, where the form was").isEqualTo("Din kommentar er sendt.");
    }

    @Test
    void theCallersActionsStandBesideReplyWhereTheyApply() {
        stored.add(comment(1, null, 0, 7L, "Anna Idé", false, null));
        stored.add(comment(2, null, 0, 8L, "Bo Dyb", true, "Spam"));
        CommentThread thread = new CommentThread("thread", () -> stored, id -> "x", status)
                .writable(500, (parent, text) -> 0)
                .withAction(comment -> comment.hidden() ? Optional.empty()
                        : Optional.of(tagged("report-" + comment.id())))
                .withAction(comment -> Optional.of(tagged("staff-" + comment.id())));
        shown(thread);

        assertThat(ids(article(thread, 1))).containsSubsequence("reply-1", "report-1", "staff-1");
        assertThat(ids(article(thread, 2))).contains("reply-2", "staff-2").doesNotContain("report-2");
    }

    @Test
    void aReplyIsOfferedOnlyWhereTheModuleTakesOne() {
        stored.add(comment(1, null, 0, 7L, "Anna Idé", false, null));
        stored.add(comment(2, null, 0, 8L, "Bo Dyb", true, "Spam"));
        CommentThread thread = new CommentThread("thread", () -> stored, id -> "x", status)
                .writable(500, (parent, text) -> 0).replyingTo(comment -> !comment.hidden());
        shown(thread);

        assertThat(ids(article(thread, 1))).contains("reply-1");
        assertThat(ids(article(thread, 2))).doesNotContain("reply-2");
    }

    private static CommentView comment(long id, Long parent, int depth, Long authorId, String author, boolean hidden,
                                       String reason) {
        return new CommentView(id, parent, depth, authorId, author, TIME, SafeHtml.escaped("Tekst " + id), hidden,
                reason, false, false);
    }

    private static CommentThread shown(CommentThread thread) {
        UI.getCurrent().add(thread);
        thread.refresh();
        return thread;
    }

    private Article article(CommentThread thread, long id) {
        return $(Article.class, thread).id(CommentView.anchor(id));
    }

    private List<String> prose(Article article) {
        return $(Div.class, article).withClassName("portal-prose").all().stream()
                .map(div -> div.getElement().getProperty("innerHTML")).toList();
    }

    private static Span tagged(String id) {
        Span span = new Span(id);
        span.setId(id);
        return span;
    }

    private List<String> ids(Article article) {
        return article.getChildren().flatMap(Component::getChildren).map(child -> child.getId().orElse(""))
                .toList();
    }
}
