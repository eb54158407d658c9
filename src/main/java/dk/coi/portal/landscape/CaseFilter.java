package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationType;
import dk.coi.portal.shared.TextRules;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the catalogue is asked for: words (Danish full text) and, per {@link CaseFacet}, the values a case must have
 * one of (sector, government level, region, municipality by official code, stage, innovation type, evidence level,
 * novelty, year started, tags). Values are kept in their canonical form and sorted, so that a filter has one
 * address ({@link CaseSearch}).
 */
public record CaseFilter(String text, Map<CaseFacet, SortedSet<String>> selected) {

    /** The longest text the catalogue searches for. */
    public static final int MAX_TEXT_LENGTH = 200;

    public static final CaseFilter NONE = new CaseFilter("", Map.of());

    public CaseFilter {
        String cleaned = TextRules.cleanLine(text == null ? "" : text).strip();
        text = cleaned.length() > MAX_TEXT_LENGTH ? cleaned.substring(0, MAX_TEXT_LENGTH) : cleaned;
        Map<CaseFacet, SortedSet<String>> kept = new EnumMap<>(CaseFacet.class);
        selected.forEach((facet, values) -> {
            SortedSet<String> canonical = values.stream().map(value -> facet.canonical(value).orElseThrow(
                    () -> new IllegalArgumentException("No " + facet + " value: " + value)))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!canonical.isEmpty()) {
                kept.put(facet, Collections.unmodifiableSortedSet(canonical));
            }
        });
        selected = Collections.unmodifiableMap(kept);
    }

    public static CaseFilter text(String text) {
        return new CaseFilter(text, Map.of());
    }

    /** The values selected of a facet (none when it does not narrow the search). */
    public SortedSet<String> values(CaseFacet facet) {
        return selected.getOrDefault(facet, Collections.emptySortedSet());
    }

    public boolean isSelected(CaseFacet facet, String value) {
        return values(facet).contains(value);
    }

    /** Whether any facet narrows the search (words aside). */
    public boolean filtered() {
        return !selected.isEmpty();
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** This filter with {@code value} of {@code facet} added, or taken away when it was selected. */
    public CaseFilter toggled(CaseFacet facet, String value) {
        Map<CaseFacet, SortedSet<String>> changed = new EnumMap<>(CaseFacet.class);
        changed.putAll(selected);
        SortedSet<String> values = new TreeSet<>(values(facet));
        if (!values.remove(value)) {
            values.add(value);
        }
        changed.put(facet, values);
        return new CaseFilter(text, changed);
    }

    /** The same facets with other words. */
    public CaseFilter withText(String other) {
        return new CaseFilter(other, selected);
    }

    /** A filter with {@code values} of {@code facet} (enum constants, codes, years or tags). */
    public CaseFilter with(CaseFacet facet, Collection<?> values) {
        Map<CaseFacet, SortedSet<String>> changed = new EnumMap<>(CaseFacet.class);
        changed.putAll(selected);
        changed.put(facet, values.stream().map(value -> value instanceof Enum<?> constant ? CaseFacet.value(constant)
                : value.toString()).collect(Collectors.toCollection(TreeSet::new)));
        return new CaseFilter(text, changed);
    }

    public Set<CaseSector> sectors() {
        return constants(CaseFacet.SECTOR, CaseSector.values());
    }

    public Set<OrganisationType> levels() {
        return constants(CaseFacet.LEVEL, OrganisationType.values());
    }

    public Set<Integer> regionCodes() {
        return numbers(CaseFacet.REGION);
    }

    public Set<Integer> municipalityCodes() {
        return numbers(CaseFacet.MUNICIPALITY);
    }

    public Set<CaseStage> stages() {
        return constants(CaseFacet.STAGE, CaseStage.values());
    }

    public Set<InnovationType> innovationTypes() {
        return constants(CaseFacet.TYPE, InnovationType.values());
    }

    public Set<EvidenceLevel> evidenceLevels() {
        return constants(CaseFacet.EVIDENCE, EvidenceLevel.values());
    }

    public Set<Novelty> novelties() {
        return constants(CaseFacet.NOVELTY, Novelty.values());
    }

    public Set<Integer> years() {
        return numbers(CaseFacet.YEAR);
    }

    public Set<String> tags() {
        return values(CaseFacet.TAG);
    }

    private <E extends Enum<E>> Set<E> constants(CaseFacet facet, E[] all) {
        return Arrays.stream(all).filter(constant -> isSelected(facet, CaseFacet.value(constant)))
                .collect(Collectors.toUnmodifiableSet());
    }

    private Set<Integer> numbers(CaseFacet facet) {
        return values(facet).stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
