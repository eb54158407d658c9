package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.CriterionDraft;
import dk.coi.portal.ideastorm.PhaseKind;
import dk.coi.portal.shared.TextRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an evaluation must be, as pure rules: a rubric of at most {@link #MAX_CRITERIA} criteria, each named, with an
 * optional description and a weight of 1–10; scores of 1–5 (1 the weakest; there is no 0, so an unscored criterion
 * is never read as a poor one); a required answer and follow-up note within their lengths; and when in a storm's life
 * staff score (in an evaluation phase) and answer (from its evaluation on).
 */
public final class EvaluationRules {

    public static final int MAX_CRITERIA = 10;
    public static final int MAX_CRITERION_NAME = 100;
    public static final int MAX_CRITERION_DESCRIPTION = 500;
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 10;
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_ANSWER = 10_000;
    public static final int MAX_NOTE = 1_000;

    private EvaluationRules() {
    }

    /** The rubric's criteria cleaned, or refused with one key per field ({@code criteria.2.weight}). */
    public static List<CriterionDraft> checkRubric(List<CriterionDraft> drafts) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<CriterionDraft> clean = checkRubric(drafts, problems);
        StormRules.refuseIfAny(problems);
        return clean;
    }

    /** The rubric's criteria cleaned, their problems added to {@code problems} (a form checked as a whole). */
    public static List<CriterionDraft> checkRubric(List<CriterionDraft> drafts, Map<String, String> problems) {
        if (drafts.size() > MAX_CRITERIA) {
            problems.put("criteria", "ideastorm.rubric.too-many");
        }
        List<CriterionDraft> clean = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            CriterionDraft draft = drafts.get(i);
            String field = "criteria." + i + ".";
            String name = StormRules.line(problems, new StormRules.LineField(field + "name", MAX_CRITERION_NAME,
                    "ideastorm.rubric.name.required", "ideastorm.rubric.name.too-long"), draft.name());
            String description = TextRules.normalizeLine(draft.description());
            if (description.length() > MAX_CRITERION_DESCRIPTION) {
                problems.put(field + "description", "ideastorm.rubric.description.too-long");
            } else if (!description.isEmpty()) {
                TextRules.lineProblem(description).ifPresent(key -> problems.put(field + "description", key));
            }
            if (draft.weight() == null || draft.weight() < MIN_WEIGHT || draft.weight() > MAX_WEIGHT) {
                problems.put(field + "weight", "ideastorm.rubric.weight.out-of-range");
            }
            clean.add(new CriterionDraft(name, description.isEmpty() ? null : description, draft.weight()));
        }
        return clean;
    }

    public static void checkScore(Integer score) {
        if (score != null && (score < MIN_SCORE || score > MAX_SCORE)) {
            StormRules.refuseIfAny(Map.of("score", "ideastorm.score.out-of-range"));
        }
    }

    /** The answer's Markdown cleaned, or refused. */
    public static String checkAnswer(String typed) {
        return text(typed, "answer", MAX_ANSWER, "ideastorm.answer.required", "ideastorm.answer.too-long");
    }

    public static String checkNote(String typed) {
        return text(typed, "note", MAX_NOTE, "ideastorm.status.note.required", "ideastorm.status.note.too-long");
    }

    /**
     * Why the idea takes no score, status or answer (a translation key), or empty when it does: staff evaluate the
     * ideas people read, not one merged into another (its kept idea is evaluated), hidden or waiting for approval.
     */
    public static Optional<String> withdrawn(boolean merged, boolean awaitingApproval, boolean hidden) {
        if (merged) {
            return Optional.of("ideastorm.evaluation.withdrawn.merged");
        }
        if (awaitingApproval) {
            return Optional.of("ideastorm.evaluation.withdrawn.awaiting-approval");
        }
        return hidden ? Optional.of("ideastorm.evaluation.withdrawn.hidden") : Optional.empty();
    }

    public static Optional<String> withdrawn(Idea idea) {
        return withdrawn(idea.isMerged(), idea.isAwaitingApproval(), idea.isHidden());
    }

    /** Refuses to evaluate a withdrawn idea ({@link #withdrawn}). */
    public static void refuseIfWithdrawn(Idea idea) {
        withdrawn(idea).ifPresent(key -> StormRules.refuseIfAny(Map.of("idea", key)));
    }

    /** Whether staff score now: the storm is in an evaluation phase that has not ended. */
    public static boolean scoring(Storm storm, Instant now) {
        return storm.currentPhase().filter(phase -> phase.getKind() == PhaseKind.EVALUATION
                && now.isBefore(phase.getEndsAt())).isPresent();
    }

    /** Whether staff answer and set statuses: the storm has reached its (first) evaluation phase. */
    public static boolean answering(Storm storm) {
        Optional<StormPhase> current = storm.currentPhase();
        return current.isPresent() && storm.getPhases().stream().anyMatch(phase
                -> phase.getKind() == PhaseKind.EVALUATION && phase.getPosition() <= current.get().getPosition());
    }

    private static String text(String typed, String field, int max, String requiredKey, String tooLongKey) {
        String clean = typed == null ? "" : typed.replace("\r\n", "\n").strip();
        if (clean.isEmpty()) {
            StormRules.refuseIfAny(Map.of(field, requiredKey));
        }
        if (clean.length() > max) {
            StormRules.refuseIfAny(Map.of(field, tooLongKey));
        }
        TextRules.textProblem(clean).ifPresent(key -> StormRules.refuseIfAny(Map.of(field, key)));
        return clean;
    }
}
