package dk.coi.portal.opendata;

import java.util.List;
import java.util.Locale;

/**
 * The open-data API as people read it, from its OpenAPI document: every operation with what it takes and answers and
 * an address to try it with. The same for the server-rendered page and the Vaadin view. Its texts (title,
 * descriptions, summaries) are in {@link #LANGUAGE}, which a page in another language marks them with.
 */
public record ApiDocumentation(String title, String description, String version, List<Operation> operations) {

    /** The language the OpenAPI document is written in. */
    public static final Locale LANGUAGE = Locale.ENGLISH;

    /** {@link #LANGUAGE} as a {@code lang} attribute takes it. */
    public static final String LANG = LANGUAGE.toLanguageTag();

    public ApiDocumentation {
        operations = List.copyOf(operations);
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
    }

    /** An answer the operation may give: its status ({@code 200}, {@code 4XX}, {@code default}) and what it means. */
    public record Response(String status, String description) {
    }
}
