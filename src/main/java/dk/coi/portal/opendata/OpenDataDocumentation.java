package dk.coi.portal.opendata;

import dk.coi.portal.landscape.CaseSearch;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.shared.web.OpenDataAddresses;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the page about the open data shows: the dataset's state, and the API as its OpenAPI document describes it. The
 * document is springdoc's, the one {@code /v3/api-docs} serves, asked for in-process, so the page can never describe an
 * API other than the one that answers. The document is English ({@link ApiDocumentation#LANGUAGE}), and the English
 * page shows its texts as they are (one English source); in another language the page shows their translations under
 * {@code opendata.api.doc.} ({@code operation.<operationId>.summary} and {@code .description},
 * {@code parameter.[<operationId>.]<name>}, {@code response.[<operationId>.]<status>}, {@code description}; a
 * repeatable parameter's text is followed by the one sentence all share, {@code parameter.repeatable}); a text without
 * one stays the document's and is listed as {@link ApiDocumentation#untranslated()}. So only Danish has these keys.
 */
@Service
public class OpenDataDocumentation {

    /** A reference inside the document, e.g. {@code #/components/parameters/page}: its last part names it. */
    private static final String REFERENCE_PREFIX = "#/components/";
    /** Where the translations of the document's texts are. */
    private static final String KEYS = "opendata.api.doc.";

    private final ObjectProvider<OpenApiWebMvcResource> openApi;
    private final CaseService cases;
    private final PortalAddress address;
    private final Texts texts;
    /** The limits the API's description names: requests and downloads a minute. */
    private final Object[] limits;
    private final Map<Locale, ApiDocumentation> documented = new ConcurrentHashMap<>();

    OpenDataDocumentation(ObjectProvider<OpenApiWebMvcResource> openApi, CaseService cases, PortalAddress address,
                          Texts texts, @Value("${portal.opendata.requests-per-minute}") int requestsPerMinute,
                          @Value("${portal.opendata.downloads-per-minute}") int downloadsPerMinute) {
        this.openApi = openApi;
        this.cases = cases;
        this.address = address;
        this.texts = texts;
        this.limits = new Object[] {requestsPerMinute, downloadsPerMinute};
    }

    @PreAuthorize("permitAll()")
    public OpenDataset dataset() {
        return new OpenDataset(cases.lastPublishedChange());
    }

    /**
     * The API's operations in the document's order, each with an example address (root-relative), its texts in the
     * language given; none when springdoc is switched off. Read once a language: the document does not change while
     * the portal runs (springdoc, too, builds it once). Needs no request of a reader, so a Vaadin view may ask for it
     * in a push (websocket) message.
     */
    @PreAuthorize("permitAll()")
    public ApiDocumentation api(Locale language) {
        return documented.computeIfAbsent(PortalLocales.fromTag(language.getLanguage()), this::read);
    }

    private ApiDocumentation read(Locale language) {
        OpenApiWebMvcResource resource = openApi.getIfAvailable();
        if (resource == null) {
            return new ApiDocumentation(null, null, null, List.of(), List.of());
        }
        Words words = new Words(language);
        OpenAPI document = document(resource);
        Components components = Objects.requireNonNullElseGet(document.getComponents(), Components::new);
        List<ApiDocumentation.Operation> operations = new ArrayList<>();
        Objects.requireNonNullElse(document.getPaths(), Map.<String, PathItem>of()).forEach((path, item) ->
                item.readOperationsMap().forEach((method, operation) -> {
                    List<Parameter> parameters = Stream.concat(
                                    Objects.requireNonNullElse(item.getParameters(), List.<Parameter>of()).stream(),
                                    Objects.requireNonNullElse(operation.getParameters(), List.<Parameter>of()).stream())
                            .map(parameter -> resolved(parameter, Parameter::get$ref, components.getParameters()))
                            .toList();
                    String id = "operation." + operation.getOperationId();
                    operations.add(new ApiDocumentation.Operation(method.name(), path,
                            words.of(operation.getSummary(), id + ".summary"),
                            words.of(operation.getDescription(), id + ".description"),
                            parameters.stream().map(parameter -> parameter(parameter, components, words,
                                    operation.getOperationId())).toList(),
                            responses(operation.getResponses(), components, words, operation.getOperationId()),
                            example(path, parameters, components)));
                }));
        return document.getInfo() == null ? new ApiDocumentation(null, null, null, operations, words.untranslated)
                : new ApiDocumentation(document.getInfo().getTitle(), words.of(document.getInfo().getDescription(),
                limits, "description"), document.getInfo().getVersion(), operations, words.untranslated);
    }

    /** The document's texts in a language: each its translation's, or the document's own when it has none. */
    private final class Words {

        private final Locale language;
        private final List<String> untranslated = new ArrayList<>();

        Words(Locale language) {
            this.language = language;
        }

        /** The translation of the first of the keys (after {@code opendata.api.doc.}) that has one. */
        String of(String english, String... keys) {
            return of(english, new Object[0], keys);
        }

        String of(String english, Object[] arguments, String... keys) {
            if (english == null || isTheDocuments()) {
                return english;
            }
            Optional<String> translated = Stream.of(keys).map(key -> texts.find(language, KEYS + key, arguments))
                    .flatMap(Optional::stream).findFirst();
            if (translated.isEmpty()) {
                untranslated.add(KEYS + keys[keys.length - 1]);
            }
            return translated.orElse(english);
        }

        /** A repeatable parameter's text: its own, then the sentence that every repeatable parameter's ends with. */
        String repeatable(String english, String... keys) {
            String own = of(english, keys);
            return own == null || isTheDocuments() ? own
                    : texts.get(language, KEYS + "parameter.repeatable", own, CaseSearch.MAX_VALUES);
        }

        private boolean isTheDocuments() {
            return language.getLanguage().equals(ApiDocumentation.LANGUAGE.getLanguage());
        }
    }

    /** The document as {@code /v3/api-docs} answers it, in the document's language. */
    private OpenAPI document(OpenApiWebMvcResource resource) {
        try {
            byte[] json = resource.openapiJson(documentRequest(), OpenDataAddresses.API_DOCUMENT,
                    ApiDocumentation.LANGUAGE);
            return Json31.mapper().readValue(json, OpenAPI.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * A request for the document at the portal's public address, made by nobody: springdoc reads only its address
     * (for a server URL, which {@code OpenApiDocument} sets itself anyway); every other question gets nothing.
     */
    private HttpServletRequest documentRequest() {
        String url = address.link(OpenDataAddresses.API_DOCUMENT);
        // springdoc gives its finished document only to a request (decision 019), and no servlet request is shipped.
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getRequestURL" -> new StringBuffer(url);
                    case "getRequestURI" -> OpenDataAddresses.API_DOCUMENT;
                    case "getContextPath", "getServletPath" -> "";
                    case "toString" -> "GET " + url;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    // The type's default: null, or false and 0 for a primitive.
                    default -> method.getReturnType().isPrimitive() && method.getReturnType() != void.class
                            ? Array.get(Array.newInstance(method.getReturnType(), 1), 0) : null;
                });
    }

    private static ApiDocumentation.Parameter parameter(Parameter parameter, Components components, Words words,
                                                       String operationId) {
        String[] keys = {"parameter." + operationId + "." + parameter.getName(), "parameter." + parameter.getName()};
        Schema<?> schema = schema(parameter.getSchema(), components);
        String description = schema != null && schema.getItems() != null
                ? words.repeatable(parameter.getDescription(), keys) : words.of(parameter.getDescription(), keys);
        return new ApiDocumentation.Parameter(parameter.getName(), parameter.getIn(),
                Boolean.TRUE.equals(parameter.getRequired()), description,
                allowedValues(parameter.getSchema(), components));
    }

    /** The values a parameter's schema lists (of its items, for a repeatable parameter). */
    private static List<String> allowedValues(Schema<?> schema, Components components) {
        Schema<?> found = schema(schema, components);
        if (found == null) {
            return List.of();
        }
        if (found.getEnum() == null && found.getItems() != null) {
            found = schema(found.getItems(), components);
        }
        return found == null || found.getEnum() == null ? List.of()
                : found.getEnum().stream().map(String::valueOf).toList();
    }

    private static Schema<?> schema(Schema<?> schema, Components components) {
        return schema == null ? null : resolved(schema, Schema::get$ref, components.getSchemas());
    }

    private static List<ApiDocumentation.Response> responses(Map<String, ApiResponse> responses,
                                                             Components components, Words words, String operationId) {
        return Objects.requireNonNullElse(responses, Map.<String, ApiResponse>of()).entrySet().stream()
                .map(response -> new ApiDocumentation.Response(response.getKey(), words.of(
                        resolved(response.getValue(), ApiResponse::get$ref, components.getResponses())
                                .getDescription(), "response." + operationId + "." + response.getKey(),
                        "response." + response.getKey())))
                .toList();
    }

    /**
     * An address that calls the operation: its path with each path parameter's example (or first allowed value) in
     * place, and the query parameters that must be given or that the document gives an example of.
     */
    private String example(String path, List<Parameter> parameters, Components components) {
        Map<String, String> pathValues = parameters.stream().filter(parameter -> "path".equals(parameter.getIn()))
                .collect(Collectors.toMap(Parameter::getName, parameter -> exampleValue(parameter, components)
                        .orElse("1"), (first, second) -> first));
        // Root-relative: the page's links work on whatever host and port it is read (the portal's address may differ).
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters.stream().filter(parameter -> "query".equals(parameter.getIn()))
                .forEach(parameter -> exampleValue(parameter, components)
                        .filter(value -> Boolean.TRUE.equals(parameter.getRequired()) || hasExample(parameter))
                        .ifPresent(value -> uri.queryParam(parameter.getName(), value)));
        return uri.buildAndExpand(pathValues).encode().toUriString();
    }

    private static boolean hasExample(Parameter parameter) {
        return parameter.getExample() != null || (parameter.getSchema() != null
                && parameter.getSchema().getExample() != null);
    }

    private static Optional<String> exampleValue(Parameter parameter, Components components) {
        Schema<?> schema = schema(parameter.getSchema(), components);
        return Stream.of(Optional.ofNullable(parameter.getExample()),
                        Optional.ofNullable(schema).map(Schema::getExample),
                        allowedValues(parameter.getSchema(), components).stream().findFirst(),
                        Optional.ofNullable(schema).map(Schema::getDefault))
                .flatMap(Optional::stream).map(String::valueOf).findFirst();
    }

    /** A part of the document, or what its reference names among the components. */
    private static <T> T resolved(T part, Function<T, String> reference, Map<String, T> components) {
        String ref = reference.apply(part);
        if (ref == null || !ref.startsWith(REFERENCE_PREFIX) || components == null) {
            return part;
        }
        return components.getOrDefault(ref.substring(ref.lastIndexOf('/') + 1), part);
    }
}
