package dk.coi.portal.opendata.web;

import dk.coi.portal.shared.PortalAddress;
import dk.coi.portal.shared.web.QueryValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Absolute addresses of the API's pages, at the portal's public address ({@code PORTAL_BASE_URL}). */
@Component
class ApiLinks {

    private final PortalAddress address;

    ApiLinks(PortalAddress address) {
        this.address = address;
    }

    /** The absolute address of a path of the API or the portal, with its query parameters in the order given. */
    String link(String path, Map<String, List<String>> parameters) {
        String query = parameters.entrySet().stream().flatMap(parameter -> parameter.getValue().stream()
                        .map(value -> parameter.getKey() + "=" + QueryValues.encoded(value)))
                .collect(Collectors.joining("&"));
        return address.link(path) + (query.isEmpty() ? "" : "?" + query);
    }

    String link(String path) {
        return address.link(path);
    }

    /**
     * A page of {@code items}: {@code parametersOf} gives the query parameters of page {@code n} (from 0) without
     * paging's own; {@code side} (from 1, left out for the first) and {@code antal} (left out at the default) are
     * added here.
     */
    <T> ApiPage<T> page(String path, List<T> items, int page, int size, long total,
                        IntFunction<Map<String, List<String>>> parametersOf) {
        int pages = ApiQuery.pages(total, size);
        IntFunction<String> at = n -> {
            Map<String, List<String>> parameters = new LinkedHashMap<>(parametersOf.apply(n));
            parameters.remove(ApiRoutes.PAGE);
            if (n > 0) {
                parameters.put(ApiRoutes.PAGE, List.of(Integer.toString(n + 1)));
            }
            if (size != ApiQuery.DEFAULT_SIZE) {
                parameters.put(ApiRoutes.SIZE, List.of(Integer.toString(size)));
            }
            return link(path, parameters);
        };
        int last = Math.max(pages - 1, 0);
        return new ApiPage<>(items, new ApiPage.PageInfo(page + 1, size, total, pages),
                new ApiPage.Links(at.apply(page), at.apply(0), page > 0 ? at.apply(page - 1) : null,
                        page < last ? at.apply(page + 1) : null, at.apply(last)));
    }
}
