package dk.coi.portal.opendata.web;

import dk.coi.portal.landscape.CaseFacet;
import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseSort;
import dk.coi.portal.shared.Phrase;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An API request's query parameters as they are read: each taken out once read, every problem kept (an unknown
 * parameter, a value that cannot be read, a page size over the limit), so that the request is answered whole or
 * refused with all its problems at once ({@link #refuseIfProblems}).
 */
final class ApiQuery {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;
    /** How far into a result paging reaches (also what a download holds at most): deeper pages cost the index. */
    static final int MAX_REACH = 10_000;
    private static final int SHOWN_VALUE_LENGTH = 40;
    private static final String PROBLEM = "opendata.problem.";
    private static final String BAD_VALUE = "bad-value";
    private static final String ALLOWED = PROBLEM + "allowed.";

    private final Map<String, List<String>> parameters;
    private final List<Phrase> problems = new ArrayList<>();

    private ApiQuery(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    static ApiQuery of(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return new ApiQuery(parameters);
    }

    /** Takes every parameter not read yet, for a reader of its own (the catalogue's parameters). */
    Map<String, List<String>> takeRest() {
        Map<String, List<String>> rest = new LinkedHashMap<>(parameters);
        parameters.clear();
        return rest;
    }

    /** Takes the page size ({@code antal}, 1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} when not given). */
    int size() {
        String value = single(ApiRoutes.SIZE);
        if (value == null) {
            return DEFAULT_SIZE;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) == 0) {
            problems.add(badValue(ApiRoutes.SIZE, value));
        } else if (Integer.parseInt(value) > MAX_SIZE) {
            problems.add(Phrase.of("opendata.problem.size-too-large", MAX_SIZE));
        } else {
            return Integer.parseInt(value);
        }
        return DEFAULT_SIZE;
    }

    /** Takes the page ({@code side}, 1 the first as in the catalogue's addresses), returned from 0. */
    int page() {
        String value = single(ApiRoutes.PAGE);
        if (value != null && value.matches("0*[1-9]\\d{0,5}")) {
            return Integer.parseInt(value) - 1;
        }
        if (value != null) {
            problems.add(badValue(ApiRoutes.PAGE, value));
        }
        return 0;
    }

    /**
     * Takes a parameter given at most once; null when it is not given. An empty value is not given, as in the
     * catalogue's addresses (a form's field left empty), so {@code antal=&antal=20} is 20.
     */
    String single(String name) {
        List<String> values = parameters.remove(name);
        List<String> given = values == null ? List.of()
                : values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
        if (given.size() > 1) {
            problems.add(Phrase.of("opendata.problem.repeated", name));
        }
        return given.isEmpty() ? null : given.getFirst();
    }

    void add(Phrase problem) {
        problems.add(problem);
    }

    /**
     * Adds the catalogue's problems, in the API's words (they share their codes); an unknown value with the values
     * its parameter takes.
     */
    void addCatalogueProblems(List<Phrase> catalogue) {
        catalogue.forEach(problem -> {
            String code = problem.key().substring(problem.key().lastIndexOf('.') + 1);
            problems.add(code.equals(BAD_VALUE) ? badValue((String) problem.arguments().get(0),
                    (String) problem.arguments().get(1)) : new Phrase(PROBLEM + code, problem.arguments()));
        });
    }

    /** Refuses the request when anything could not be read, or a parameter is left that nothing reads. */
    void refuseIfProblems() {
        parameters.keySet().forEach(name -> problems.add(Phrase.of("opendata.problem.unknown-parameter",
                shown(name))));
        parameters.clear();
        if (!problems.isEmpty()) {
            throw ApiRequestException.badRequest(problems);
        }
    }

    /**
     * Refuses a page that reaches past the results ({@code page} from 0; the first page always exists) or past
     * {@value #MAX_REACH} results.
     */
    static void refusePastTheEnd(int page, int size, long total) {
        int pages = pages(total, size);
        if (page > 0 && page >= pages) {
            throw ApiRequestException.badRequest(List.of(Phrase.of("opendata.problem.past-the-end",
                    Math.max(pages, 1))));
        }
    }

    /** Refuses before searching a page that starts past what paging reaches. */
    static void refuseBeyondReach(int page, int size) {
        if ((long) page * size >= MAX_REACH) {
            throw ApiRequestException.badRequest(List.of(Phrase.of("opendata.problem.beyond-reach", MAX_REACH)));
        }
    }

    static int pages(long total, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (Math.min(total, MAX_REACH) + size - 1) / size);
    }

    /** A value its parameter does not take, with the values it does. */
    static Phrase badValue(String name, String value) {
        return Phrase.of(PROBLEM + BAD_VALUE, name, shown(value), allowed(name).<Object>map(hint -> hint).orElse(""));
    }

    /** What a parameter takes; nothing to add for a parameter whose values are not known here. */
    private static Optional<Phrase> allowed(String name) {
        return switch (name) {
            case ApiRoutes.SIZE -> Optional.of(Phrase.of(ALLOWED + "range", 1, MAX_SIZE));
            case ApiRoutes.PAGE -> Optional.of(Phrase.of(ALLOWED + "page"));
            case CaseSearch.SORT -> Optional.of(listed(Arrays.stream(CaseSort.values()).map(CaseSort::parameter)));
            default -> CaseFacet.ofParameter(name).map(ApiQuery::allowed);
        };
    }

    /** The register's codes are too many to list (98 municipalities): what they are, with an example. */
    private static Phrase allowed(CaseFacet facet) {
        return switch (facet) {
            case MUNICIPALITY -> Phrase.of(ALLOWED + "municipality");
            case REGION -> Phrase.of(ALLOWED + "region");
            case YEAR -> Phrase.of(ALLOWED + "range", CaseFacet.FIRST_YEAR, CaseFacet.LAST_YEAR);
            case TAG -> Phrase.of(ALLOWED + "tag", CaseFacet.MAX_TAG_LENGTH);
            default -> listed(facet.constants().stream().map(CaseFacet::value));
        };
    }

    private static Phrase listed(Stream<String> values) {
        return Phrase.of(ALLOWED + "values", values.collect(Collectors.joining(", ")));
    }

    /** A value as a message quotes it: cut short, so that an address cannot fill the answer. */
    static String shown(String value) {
        return value.length() > SHOWN_VALUE_LENGTH ? value.substring(0, SHOWN_VALUE_LENGTH) + "…" : value;
    }
}
