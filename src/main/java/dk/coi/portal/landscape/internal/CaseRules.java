package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.landscape.CaseDraft;
import dk.coi.portal.landscape.CaseResult;
import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.TextRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a case's content, checked before anything is stored: every problem of the draft at once, one
 * translation key per field ({@code results.N.metric} for a result's field), as an {@link InvalidInputException}.
 * Texts are normalised (one-line texts as the portal keeps them, Markdown with unified line ends); empty optional
 * texts become null.
 */
public final class CaseRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2_000;
    public static final int MAX_LINE = 500;
    public static final int MAX_SHORT_LINE = 150;
    public static final int MAX_SECTION = 20_000;
    public static final int MAX_LINKS = 10;
    public static final int MAX_TAGS = 15;
    public static final int MAX_TAG = 40;
    public static final int MAX_RESULTS = 20;

    private CaseRules() {
    }

    /** A case's content as it is stored; {@code contactPersonId} null when no contact person is named. */
    public record Checked(String title, String summary, long organisationId, String partners, CaseSector sector,
                          int yearStarted, CaseStage stage, InnovationType innovationType, String targetGroup,
                          Novelty novelty, List<String> links, List<String> tags, String effect, String process,
                          String conditions, String documentation, EvidenceLevel evidenceLevel,
                          List<CaseResult> results, Long contactPersonId, String contactRole, boolean contactPublic) {

        static Checked of(LandscapeCase kase) {
            if (kase.getTitle() == null) {
                return null;
            }
            return new Checked(kase.getTitle(), kase.getSummary(), kase.getOrganisationId(), kase.getPartners(),
                    kase.getSector(), kase.getYearStarted(), kase.getStage(), kase.getInnovationType(),
                    kase.getTargetGroup(), kase.getNovelty(), kase.getLinks(), kase.getTags(), kase.getEffect(),
                    kase.getProcess(), kase.getConditions(), kase.getDocumentation(), kase.getEvidenceLevel(),
                    kase.getResults().stream().map(LandscapeCaseResult::shown).toList(), kase.getContactPersonId(),
                    kase.getContactRole(), kase.isContactPublic());
        }

        /**
         * Whether it says what {@code other} says (null: no content yet): results compared by what they say, not by
         * which stored results they are, as a form or caller may send an unchanged result without its id.
         */
        boolean saysTheSameAs(Checked other) {
            return other != null && asRead().equals(other.asRead());
        }

        private Checked asRead() {
            return new Checked(title, summary, organisationId, partners, sector, yearStarted, stage, innovationType,
                    targetGroup, novelty, links, tags, effect, process, conditions, documentation, evidenceLevel,
                    results.stream().map(CaseResult::content).toList(), contactPersonId, contactRole, contactPublic);
        }
    }

    /** The draft checked against every rule as of {@code today}; refused with every problem found. */
    public static Checked check(CaseDraft draft, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = line(draft.title(), "title", MAX_TITLE, true, problems);
        String summary = text(draft.summary(), "summary", MAX_SUMMARY, true, problems);
        if (draft.organisation() == null) {
            problems.put("organisation", "landscape.case.organisation.required");
        }
        String partners = line(draft.partners(), "partners", MAX_LINE, false, problems);
        required(draft.sector(), "sector", problems);
        required(draft.stage(), "stage", problems);
        required(draft.innovationType(), "innovationType", problems);
        required(draft.novelty(), "novelty", problems);
        required(draft.evidenceLevel(), "evidenceLevel", problems);
        Integer year = draft.yearStarted();
        if (year == null) {
            problems.put("yearStarted", "landscape.case.yearStarted.required");
        } else if (year > today.getYear()) {
            problems.put("yearStarted", "landscape.case.yearStarted.future");
        } else if (year < CaseDraft.FIRST_YEAR_STARTED) {
            problems.put("yearStarted", "landscape.case.yearStarted.too-early");
        }
        String targetGroup = line(draft.targetGroup(), "targetGroup", MAX_LINE, false, problems);
        List<String> links = links(draft.links(), problems);
        List<String> tags = tags(draft.tags(), problems);
        String effect = text(draft.effect(), "effect", MAX_SECTION, false, problems);
        String process = text(draft.process(), "process", MAX_SECTION, false, problems);
        String conditions = text(draft.conditions(), "conditions", MAX_SECTION, false, problems);
        String documentation = text(draft.documentation(), "documentation", MAX_SECTION, false, problems);
        List<CaseResult> results = results(draft.results(), problems);
        String contactRole = line(draft.contactRole(), "contactRole", MAX_SHORT_LINE, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(title, summary, draft.organisation().value(), partners, draft.sector(), year,
                draft.stage(), draft.innovationType(), targetGroup, draft.novelty(), links, tags, effect, process,
                conditions, documentation, draft.evidenceLevel(), results,
                Optional.ofNullable(draft.contactPerson()).map(PersonId::value).orElse(null), contactRole,
                draft.contactPerson() != null && draft.contactPublic());
    }

    /**
     * What a case lacks of its contact to be reviewed and published, by field ({@code contactPerson},
     * {@code contactRole}), each with {@code landscape.case.<field>.<problem>}; empty when it names both a contact
     * person (a person of the portal) and their role. "Jeg vil gerne genbruge den" is sent to that person, and readers
     * and the open data show the role. A draft may still lack it; {@code problem} says which rule refuses it
     * ("required" at submit, "keep" for an edit of a case under review or published).
     */
    public static Map<String, String> missingContact(Long contactPersonId, String contactRole, String problem) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (contactPersonId == null) {
            missing.put("contactPerson", "landscape.case.contactPerson." + problem);
        }
        if (contactRole == null || contactRole.isBlank()) {
            missing.put("contactRole", "landscape.case.contactRole." + problem);
        }
        return missing;
    }

    /**
     * What a case lacks of its qualification to be reviewed and published, by section ({@code effect},
     * {@code process}, {@code conditions}, {@code documentation}), each with {@code landscape.case.<section>.<problem>}
     * naming the section; empty when all four are written. Every case is qualified by these four questions (issue
     * 13); a draft may still lack them, and {@code problem} says which rule refuses it ("required" at submit, "keep"
     * for an edit of a case under review or published, "publish" for staff publishing one that lacks them).
     */
    public static Map<String, String> missingQualification(String effect, String process, String conditions,
                                                           String documentation, String problem) {
        Map<String, String> written = new LinkedHashMap<>();
        written.put("effect", effect);
        written.put("process", process);
        written.put("conditions", conditions);
        written.put("documentation", documentation);
        Map<String, String> missing = new LinkedHashMap<>();
        written.forEach((section, text) -> {
            if (text == null || text.isBlank()) {
                missing.put(section, "landscape.case." + section + "." + problem);
            }
        });
        return missing;
    }

    private static void required(Object value, String field, Map<String, String> problems) {
        if (value == null) {
            problems.put(field, "landscape.case." + field + ".required");
        }
    }

    /** A one-line text normalised; null when empty (or "" for a required one, which is refused). */
    private static String line(String typed, String field, int max, boolean required, Map<String, String> problems) {
        String line = TextRules.normalizeLine(typed);
        if (line.isEmpty()) {
            if (required) {
                problems.put(field, "landscape.case." + field + ".required");
            }
            return required ? "" : null;
        }
        if (line.length() > max) {
            problems.put(field, "landscape.case." + field + ".too-long");
        } else {
            TextRules.lineProblem(line).ifPresent(key -> problems.put(field, key));
        }
        return line;
    }

    private static String text(String typed, String field, int max, boolean required, Map<String, String> problems) {
        String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            if (required) {
                problems.put(field, "landscape.case." + field + ".required");
            }
            return required ? "" : null;
        }
        if (text.length() > max) {
            problems.put(field, "landscape.case." + field + ".too-long");
        } else {
            TextRules.textProblem(text).ifPresent(key -> problems.put(field, key));
        }
        return text;
    }

    private static List<String> links(List<String> given, Map<String, String> problems) {
        List<String> links = given.stream().map(TextRules::normalizeLine).filter(link -> !link.isEmpty())
                .distinct().toList();
        if (links.size() > MAX_LINKS) {
            problems.put("links", "landscape.case.links.too-many");
        } else if (links.stream().anyMatch(link -> !isWebAddress(link))) {
            problems.put("links", "landscape.case.links.malformed");
        }
        return links;
    }

    /** An absolute http or https address with a host, at most {@value #MAX_LINE} characters. */
    static boolean isWebAddress(String link) {
        if (link.length() > MAX_LINE || link.contains(" ")) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".") && uri.getUserInfo() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static List<String> tags(List<String> given, Map<String, String> problems) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String typed : given) {
            String tag = TextRules.normalizeLine(typed).toLowerCase(Locale.of("da"));
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.put("tags", "landscape.case.tags.too-many");
        } else if (tags.stream().anyMatch(tag -> tag.length() > MAX_TAG || tag.contains(",")
                || TextRules.lineProblem(tag).isPresent())) {
            problems.put("tags", "landscape.case.tags.malformed");
        }
        return List.copyOf(tags);
    }

    private static List<CaseResult> results(List<CaseResult> given, Map<String, String> problems) {
        if (given.size() > MAX_RESULTS) {
            problems.put("results", "landscape.result.too-many");
            return List.of();
        }
        List<CaseResult> results = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CaseResult typed = given.get(i);
            String at = "results." + i + ".";
            String metric = resultLine(typed.metric(), at + "metric", 200, problems);
            String unit = resultLine(typed.unit(), at + "unit", 50, problems);
            String baseline = resultLine(typed.baseline(), at + "baseline", 100, problems);
            String target = resultLine(typed.target(), at + "target", 100, problems);
            String result = resultLine(typed.result(), at + "result", 100, problems);
            String comparison = resultLine(typed.comparisonGroup(), at + "comparisonGroup", 300, problems);
            String period = resultLine(typed.period(), at + "period", 100, problems);
            String source = resultLine(typed.source(), at + "source", 500, problems);
            boolean measured = !baseline.isEmpty() || !target.isEmpty() || !result.isEmpty();
            boolean anything = measured || !unit.isEmpty() || !comparison.isEmpty() || !period.isEmpty()
                    || !source.isEmpty() || typed.expected();
            if (metric.isEmpty() && !anything) {
                // An empty line of the form, refused rather than dropped unsaid (a trial's finding).
                problems.put(at + "metric", "landscape.result.empty");
                continue;
            }
            if (metric.isEmpty()) {
                problems.putIfAbsent(at + "metric", "landscape.result.metric.required");
            }
            if (measured && unit.isEmpty()) {
                problems.putIfAbsent(at + "unit", "landscape.result.unit.required");
            }
            if (typed.expected() && typed.followUp() == null) {
                problems.put(at + "followUp", "landscape.result.followUp.required");
            }
            results.add(new CaseResult(metric, unit, baseline, target, result, comparison, period, source,
                    typed.expected(), typed.expected() ? typed.followUp() : null, typed.id()));
        }
        return List.copyOf(results);
    }

    private static String resultLine(String typed, String field, int max, Map<String, String> problems) {
        String line = TextRules.normalizeLine(typed);
        if (line.length() > max) {
            problems.put(field, "landscape.result.too-long");
        } else {
            TextRules.lineProblem(line).ifPresent(key -> problems.put(field, key));
        }
        return line;
    }

    /** A list kept one item per line; null when empty. */
    static String joined(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    static List<String> lines(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }
}
