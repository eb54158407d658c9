package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.CriterionDraft;
import dk.coi.portal.ideastorm.NewStorm;
import dk.coi.portal.ideastorm.PhaseTimes;
import dk.coi.portal.ideastorm.StormEdit;
import dk.coi.portal.ideastorm.VoteService;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a storm must be, as pure rules: its texts (required where said, within their lengths, without the
 * characters {@link TextRules} refuses) and its phases' times (each ending after it starts, each starting no
 * earlier than the one before ends). Every problem is said at once, one translation key per field.
 */
public final class StormRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_QUESTION = 500;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_OWNER = 200;

    /** A one-line field: its name, longest length and the keys of its two problems of its own. */
    record LineField(String name, int max, String requiredKey, String tooLongKey) {
    }

    private static final LineField TITLE =
            new LineField("title", MAX_TITLE, "ideastorm.title.required", "ideastorm.title.too-long");
    private static final LineField QUESTION =
            new LineField("question", MAX_QUESTION, "ideastorm.question.required", "ideastorm.question.too-long");
    private static final LineField OWNER =
            new LineField("owner", MAX_OWNER, "ideastorm.owner.required", "ideastorm.owner.too-long");

    /** A new storm's cleaned texts, its phases' times and its rubric's criteria. */
    public record CheckedStorm(StormTexts texts, List<PhaseTimes> times, List<CriterionDraft> criteria) {
    }

    private StormRules() {
    }

    public static CheckedStorm check(NewStorm storm) {
        Map<String, String> problems = new LinkedHashMap<>();
        StormTexts texts = texts(problems, storm.title(), storm.question(), storm.description(),
                storm.ownerOrganisation(), storm.audience());
        List<PhaseTimes> times = List.of();
        if (storm.template() == null) {
            problems.put("template", "ideastorm.template.required");
        } else if (storm.start() == null) {
            problems.put("start", "ideastorm.start.required");
        } else if (storm.phaseLengths().size() != storm.template().phases().size()) {
            problems.put("phases", "ideastorm.phases.count");
        } else {
            times = following(storm.start(), storm.phaseLengths());
            problems.putAll(timeProblems(times, null));
            for (int i = 0; i < times.size(); i++) {
                if (storm.phaseLengths().get(i) == null) {
                    problems.put("phases." + i, "ideastorm.phase.times-required");
                }
            }
        }
        List<CriterionDraft> criteria = EvaluationRules.checkRubric(storm.criteria(), problems);
        refuseIfAny(problems);
        return new CheckedStorm(texts, times, criteria);
    }

    /** Staff's new texts for a storm, cleaned; refused with every problem at once. */
    public static StormTexts checkEdit(StormEdit edit) {
        Map<String, String> problems = new LinkedHashMap<>();
        StormTexts texts = texts(problems, edit.title(), edit.question(), edit.description(),
                edit.ownerOrganisation(), edit.audience());
        refuseIfAny(problems);
        return texts;
    }

    /** A storm's budget of votes per person: none (null), or from 1 to {@value VoteService#MAX_BUDGET}. */
    public static void checkBudget(Integer budget) {
        if (budget != null && (budget < 1 || budget > VoteService.MAX_BUDGET)) {
            throw new InvalidInputException(Map.of("budget", "ideastorm.vote.budget.out-of-range"));
        }
    }

    /** A description staff are writing, cleaned; refused as a save would refuse it. */
    public static String checkDescription(String typed) {
        Map<String, String> problems = new LinkedHashMap<>();
        String clean = description(problems, typed);
        refuseIfAny(problems);
        return clean;
    }

    private static StormTexts texts(Map<String, String> problems, String title, String question, String description,
                                    String owner, Audience audience) {
        StormTexts texts = new StormTexts(line(problems, TITLE, title), line(problems, QUESTION, question),
                description(problems, description), line(problems, OWNER, owner));
        if (audience == null) {
            problems.put("audience", "ideastorm.audience.required");
        }
        return texts;
    }

    /** Phases one after the other from the start, each of its length (a missing length counts as none). */
    static List<PhaseTimes> following(Instant start, List<Duration> lengths) {
        List<PhaseTimes> times = new ArrayList<>();
        Instant from = start;
        for (Duration length : lengths) {
            Instant to = from.plus(length == null ? Duration.ZERO : length);
            times.add(new PhaseTimes(from, to));
            from = to;
        }
        return times;
    }

    /**
     * Refuses phases' times that are missing, end before they start or overlap the phase before: the problem is
     * the phase's ({@code phases.N}, shown at its end) except an overlap, which is its start's ({@code phases.N.start}).
     * A phase of no time that ended by {@code now} is one a move by hand went past, and stays so.
     */
    public static void checkTimes(List<PhaseTimes> times, int phaseCount, Instant now) {
        if (times.size() != phaseCount) {
            refuseIfAny(Map.of("phases", "ideastorm.phases.count"));
        }
        refuseIfAny(timeProblems(times, now));
    }

    /** {@code now} null: no phase can have been moved past (a storm being created). */
    private static Map<String, String> timeProblems(List<PhaseTimes> times, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant previousEnd = null;
        for (int i = 0; i < times.size(); i++) {
            PhaseTimes phase = times.get(i);
            String field = "phases." + i;
            if (phase == null || phase.start() == null || phase.end() == null) {
                problems.put(field, "ideastorm.phase.times-required");
                previousEnd = null;
                continue;
            }
            boolean movedPast = now != null && phase.end().equals(phase.start()) && !phase.end().isAfter(now);
            if (!phase.end().isAfter(phase.start()) && !movedPast) {
                problems.put(field, "ideastorm.phase.ends-before-start");
            } else if (previousEnd != null && phase.start().isBefore(previousEnd)) {
                problems.put(field + ".start", "ideastorm.phase.overlaps");
            }
            previousEnd = phase.end();
        }
        return problems;
    }

    /** A required one-line text, normalised (also for ideas' and themes' lines). */
    static String line(Map<String, String> problems, LineField field, String typed) {
        String clean = TextRules.normalizeLine(typed);
        if (clean.isEmpty()) {
            problems.put(field.name(), field.requiredKey());
        } else if (clean.length() > field.max()) {
            problems.put(field.name(), field.tooLongKey());
        } else {
            TextRules.lineProblem(clean).ifPresent(key -> problems.put(field.name(), key));
        }
        return clean;
    }

    private static String description(Map<String, String> problems, String typed) {
        String clean = typed == null ? "" : typed.replace("\r\n", "\n").strip();
        if (clean.length() > MAX_DESCRIPTION) {
            problems.put("description", "ideastorm.description.too-long");
        } else {
            TextRules.textProblem(clean).ifPresent(key -> problems.put("description", key));
        }
        return clean;
    }

    static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
