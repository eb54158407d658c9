package dk.coi.portal.opendata;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The open-data API as people read it, from its OpenAPI document: every operation with what it takes and answers and
 * an address to try it with. The same for the server-rendered page and the Vaadin view. Its texts (descriptions,
 * summaries) are in the reader's language, translated from the document's ({@link #LANGUAGE}); {@code untranslated}
 * names the translation keys of those left in the document's words (none, as a test makes sure).
 */
public record ApiDocumentation(String title, String description, String version, List<Operation> operations,
                               List<String> untranslated) {

    /** The language the OpenAPI document is written in. */
    public static final Locale LANGUAGE = Locale.ENGLISH;

    /**
     * As many allowed values as make a code list (the 98 municipality codes): listed once, below the operations, rather
     * than in every table that has the parameter (three times 98 codes made the page 19 000 px tall on a phone).
     */
    public static final int CODE_LIST_LENGTH = 20;

    public ApiDocumentation {
        operations = List.copyOf(operations);
        untranslated = List.copyOf(untranslated);
    }

    /**
     * The code lists of the operations' parameters, each once (a parameter's name names its list), in their order. Two
     * parameters of one name with different values would link to one list: a document like that is refused.
     */
    public List<CodeList> codeLists() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        operations.forEach(operation -> operation.parameters().stream().filter(Parameter::hasCodeList)
                .forEach(parameter -> lists.merge(parameter.name(), parameter.allowedValues(), (first, other) -> {
                    if (!first.equals(other)) {
                        throw new IllegalStateException("Parameters named " + parameter.name()
                                + " take different values: one code list cannot name both");
                    }
                    return first;
                })));
        return lists.entrySet().stream().map(list -> new CodeList(list.getKey(), list.getValue())).toList();
    }

    /** The page's parts that have something to show: the code lists only when a parameter has one. */
    public List<OpenDataSection> sections() {
        return Arrays.stream(OpenDataSection.values())
                .filter(section -> section != OpenDataSection.CODES || !codeLists().isEmpty()).toList();
    }

    /** One method on one path, e.g. {@code GET /api/v1/cases}; texts are null where the document has none. */
    public record Operation(String method, String path, String summary, String description,
                            List<Parameter> parameters, List<Response> responses, String example) {

        public Operation {
            parameters = List.copyOf(parameters);
            responses = List.copyOf(responses);
        }

        /** The id of the operation's section on the page, from its method and path ({@code get-api-v1-cases-id}). */
        public String anchor() {
            return (method + path).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("-$", "");
        }
    }

    /**
     * A parameter: its name, where it goes ({@code query}, {@code path}, {@code header}, {@code cookie}), whether it
     * must be given, its description and the values it takes, if they are few enough to list (the document's enum).
     */
    public record Parameter(String name, String in, boolean required, String description, List<String> allowedValues) {

        public Parameter {
            allowedValues = List.copyOf(allowedValues);
        }

        /** The translation key of where the parameter goes. */
        public String inKey() {
            return "opendata.api.in." + in;
        }

        /** Whether its values are a code list, shown once on the page and linked to from the parameter. */
        public boolean hasCodeList() {
            return allowedValues.size() >= CODE_LIST_LENGTH;
        }

        /** The id of its code list on the page. */
        public String codeListAnchor() {
            return CodeList.anchor(name);
        }
    }

    /** The values a parameter takes when they are many, e.g. the municipality codes of {@code kommune}. */
    public record CodeList(String parameter, List<String> values) {

        public CodeList {
            values = List.copyOf(values);
        }

        static String anchor(String parameter) {
            return "opendata-codes-" + parameter.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }

        /**
         * The id of the list's values, which the parameters link to: inside the closed {@code <details>}, as a browser
         * opens a {@code <details>} for a fragment only when the target is within it, not the element itself.
         */
        public String anchor() {
            return anchor(parameter);
        }

        /** The id of the list's summary, the line that opens it. */
        public String summaryId() {
            return anchor() + "-summary";
        }
    }

    /** An answer the operation may give: its status ({@code 200}, {@code 4XX}, {@code default}) and what it means. */
    public record Response(String status, String description) {
    }
}
