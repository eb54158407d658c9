package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Idea storms' part of a person's GDPR export: the storms they made, the phases they moved by hand, with their
 * reasons, and the ideas they submitted (with their hiding, if any). Erasure keeps them all, as the wiki keeps
 * edits and comments (a storm's history and its ideas must stay whole); they are credited to "Slettet bruger" once
 * the person row is blanked; so are their comments on ideas (exported with their stances). Their votes are exported
 * too (which ideas, when), and what merges remember of their votes on merged ideas (to restore them on undo); erasure
 * keeps both, counted and restorable without a name, as the person row they point to is blanked (design decision
 * 012). Staff's scores in evaluations are their work data: exported, and kept on erasure (a
 * published rubric score stays true); answers stay credited. A merged person needs nothing: credits are named
 * through the person service, which follows the merge, and moderation counts a merged account's comments as the
 * remaining person's own (votes move: {@link VotePeopleMerged}).
 */
@Component
class StormPersonalData implements PersonalDataContributor {

    private final StormRepository storms;
    private final StormPhaseLogRepository log;
    private final IdeaRepository ideas;
    private final VoteStore votes;
    private final ScoreStore scores;
    private final IdeaCommentRepository comments;

    StormPersonalData(StormRepository storms, StormPhaseLogRepository log, IdeaRepository ideas, VoteStore votes,
                      ScoreStore scores, IdeaCommentRepository comments) {
        this.scores = scores;
        this.votes = votes;
        this.comments = comments;
        this.storms = storms;
        this.log = log;
        this.ideas = ideas;
    }

    @Override
    public String section() {
        return "ideastorm";
    }

    @Override
    public Object export(PersonId person) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("storms", storms.findByCreatedByOrderByIdAsc(person.value()).stream().map(storm -> Map.of(
                "storm", storm.getId(), "title", storm.getTitle(), "time", storm.getCreatedAt().toString())).toList());
        export.put("phaseMoves", log.movesBy(person.value()).stream().map(move -> Map.of("storm", move.stormId(),
                "toPhase", move.to().name(), "time", move.at().toString(), "reason", move.reason())).toList());
        export.put("ideas", ideas.findByAuthorIdOrderByIdAsc(person.value()).stream().map(idea -> {
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("storm", idea.getStormId());
            written.put("idea", idea.getId());
            written.put("title", idea.getTitle());
            written.put("description", idea.getDescription());
            written.put("status", idea.getStatus().name());
            written.put("time", idea.getCreatedAt().toString());
            written.put("hidden", idea.isHidden());
            written.put("hiddenReason", idea.getHiddenReason());
            return written;
        }).toList());
        export.put("comments", comments.findByAuthorIdOrderByIdAsc(person.value()).stream().map(comment -> {
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("idea", comment.getIdeaId());
            written.put("comment", comment.getId());
            written.put("replyTo", comment.getParentId());
            written.put("stance", comment.getStance() == null ? null : comment.getStance().name());
            written.put("text", comment.getBody());
            written.put("time", comment.getCreatedAt().toString());
            written.put("hidden", comment.isHidden());
            written.put("hiddenReason", comment.getHiddenReason());
            return written;
        }).toList());
        export.put("votes", votes.ofPerson(person.value()).stream().map(vote -> Map.of("storm", vote.stormId(),
                "idea", vote.ideaId(), "time", vote.at().toString())).toList());
        export.put("votesOnMergedIdeas", votes.mergedOfPerson(person.value()).stream().map(vote -> Map.of(
                "storm", vote.stormId(), "idea", vote.mergedIdeaId(), "mergedInto", vote.keptIdeaId(),
                "time", vote.at().toString(), "countedAlready", vote.removed())).toList());
        export.put("scores", scores.ofPerson(person.value()).stream().map(score -> Map.of("storm", score.stormId(),
                "idea", score.ideaId(), "criterion", score.criterion(), "score", score.score(),
                "time", score.at().toString())).toList());
        return export;
    }

    @Override
    public void erase(PersonId person) {
        // Votes and what merges remember of them stay, counted for no one: the blanked person row names nobody, and a
        // concluded storm's counts stay true (also after a merge is undone).
        // Staff's reasons are their account of their work, kept as the moderation log keeps decisions' reasons; ideas
        // and comments on them stay credited to "Slettet bruger", as wiki edits and comments do.
    }
}
