package dk.coi.portal.ideastorm;

import dk.coi.portal.shared.SafeHtml;
import java.time.Instant;
import java.util.List;

/**
 * One idea as its page shows it, from one call: the storm it belongs to, its texts (the description rendered by
 * the portal's Markdown pipeline, its source for editing), author, theme, status and version, and what the visitor
 * may do with it by the rules the service enforces. A hidden idea is shown only to staff and its author, with
 * the reason ({@code hiddenReason} null: hidden by the portal after reports), or as waiting for staff's approval
 * ({@code awaitingApproval}, hidden until then); its merges with duplicates; its votes (null while the phase hides
 * counts), whether the visitor voted for it, and their voting in the storm; its evaluation (public answer, and for
 * staff the scores and what they may do); what other modules made of it that the visitor may open
 * ({@link IdeaFollowUps}); whether they may hide it or show it again where it stands ({@code mayModerate}: staff,
 * an idea neither waiting for approval nor merged — moderation's own rule for its decisions).
 */
public record IdeaScreen(StormId storm, String stormTitle, String stormPath, IdeaId id, String title,
                         String description, SafeHtml descriptionHtml, ThemeId theme, String themeName,
                         String authorName, Instant createdAt, IdeaStatus status, long version, boolean hidden,
                         String hiddenReason, boolean mayEdit, boolean mayTheme, boolean mayReport, boolean reportedByMe,
                         List<Theme> themes, String path, Long votes, boolean votedByMe,
                         VoteState voteState, boolean awaitingApproval, IdeaMerge merge, IdeaEvaluation evaluation,
                         List<IdeaFollowUp> followUps, boolean mayModerate)
        implements IdeaReading {

    public IdeaScreen {
        themes = List.copyOf(themes);
        followUps = List.copyOf(followUps);
    }

    /**
     * Where the idea stands, as its page says it: held, hidden and merged ideas are not "published", whatever their
     * evaluation status.
     */
    public String shownStatusKey() {
        return status.shownKey(awaitingApproval, hidden, merge.mergedInto() != null);
    }

    public String historyPath() {
        return path + "/" + StormRoutes.HISTORY;
    }
}
