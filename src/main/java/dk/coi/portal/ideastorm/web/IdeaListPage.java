package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.IdeaBoard;
import dk.coi.portal.ideastorm.IdeaOrder;
import dk.coi.portal.ideastorm.IdeaQuery;
import dk.coi.portal.ideastorm.IdeaStatus;
import dk.coi.portal.ideastorm.ThemeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A storm's ideas on its reading page and the addresses of its choices: {@code ?orden=nyeste&tema=3&status=published
 * &side=2} (the defaults left out, so the first page of the default order is the storm's own address).
 */
public record IdeaListPage(IdeaBoard board, String path) {

    static final String ORDER = "orden";
    static final String THEME = "tema";
    static final String STATUS = "status";
    static final String PAGE = "side";

    /** The query a reading page's parameters ask for; what cannot be read is left at its default. */
    static IdeaQuery query(String order, String theme, String status, String page) {
        return new IdeaQuery(IdeaOrder.ofParameter(order).orElse(IdeaOrder.RANDOM),
                number(theme) == null ? null : ThemeId.of(number(theme)), status(status),
                number(page) == null ? 0 : (int) Math.min(Integer.MAX_VALUE, number(page) - 1));
    }

    private static Long number(String value) {
        return value != null && value.matches("\\d{1,9}") ? Long.parseLong(value) : null;
    }

    private static IdeaStatus status(String value) {
        for (IdeaStatus status : IdeaStatus.values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(value)) {
                return status;
            }
        }
        return null;
    }

    public IdeaQuery query() {
        return board.ideas().query();
    }

    public String previous() {
        return link(query().onPage(query().page() - 1));
    }

    public String next() {
        return link(query().onPage(query().page() + 1));
    }

    public boolean selected(IdeaOrder order) {
        return query().order() == order;
    }

    public boolean selected(ThemeId theme) {
        return theme.equals(query().theme());
    }

    public boolean selected(IdeaStatus status) {
        return status == query().status();
    }

    public String statusParameter(IdeaStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private String link(IdeaQuery target) {
        List<String> parameters = new ArrayList<>();
        if (target.order() != IdeaOrder.RANDOM) {
            parameters.add(ORDER + "=" + target.order().parameter());
        }
        if (target.theme() != null) {
            parameters.add(THEME + "=" + target.theme().value());
        }
        if (target.status() != null) {
            parameters.add(STATUS + "=" + statusParameter(target.status()));
        }
        if (target.page() > 0) {
            parameters.add(PAGE + "=" + (target.page() + 1));
        }
        return "/" + path + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
    }
}
