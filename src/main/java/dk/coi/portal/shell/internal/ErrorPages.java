package dk.coi.portal.shell.internal;

import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The portal's own error page for every status, in the reader's language, for errors that never reach a Vaadin
 * view: requests the servlet container or the security firewall refuses, and failures in plain web endpoints.
 * A server error gets an incident number that is also in the log; no page shows a stack trace.
 */
@Component
public class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final TemplateEngine templates;
    private final PageFrames frames;

    ErrorPages(TemplateEngine templates, PageFrames frames) {
        this.templates = templates;
        this.frames = frames;
    }

    public String render(HttpServletRequest request, int status, Throwable failure) {
        String incident = null;
        if (status >= 500) {
            incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Incident {} ({}) at {}", incident, status, request.getRequestURI(), failure);
        }
        String kind = kindOf(status);
        PageFrame frame = frames.forKey(request, "error." + kind + ".title");
        Map<String, Object> model = new HashMap<>();
        model.put("frame", frame);
        model.put("text", frame.text("error." + kind + ".text"));
        model.put("incident", incident);
        StringOutput html = new StringOutput();
        templates.render("error.jte", model, html);
        return html.toString();
    }

    private static String kindOf(int status) {
        return switch (status) {
            case 401, 403 -> "forbidden";
            case 404, 410 -> "not-found";
            case 503 -> "unavailable";
            default -> status >= 500 ? "general" : "bad-request";
        };
    }
}
