package dk.coi.portal.landscape.web;

import dk.coi.portal.landscape.CaseHistory;
import dk.coi.portal.landscape.CaseId;
import dk.coi.portal.landscape.CaseRoutes;
import dk.coi.portal.landscape.CaseService;
import dk.coi.portal.shared.TextDiff;
import dk.coi.portal.shared.web.PageFrame;
import dk.coi.portal.shared.web.PageFrames;
import dk.coi.portal.shared.web.PublicPages;
import dk.coi.portal.shared.web.PublicResponses;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A published case's history for readers who are not signed in (signed in, {@code ui.CaseHistoryView} shows the same
 * at the address, with the same ids, and restore for its editors): public, as a wiki page's history is (MediaWiki),
 * so everyone reads it by one rule, from the first published version. Its versions with who saved them, and with
 * {@code ?fra=&til=} the fields changed between two, side by side in the reader's words. Not for search engines, as
 * MediaWiki's history is not: the case's own page is what they should find.
 */
@PublicPages
class CaseHistoryPage {

    private final CaseService cases;
    private final PageFrames frames;
    private final PublicResponses responses;

    CaseHistoryPage(CaseService cases, PageFrames frames, PublicResponses responses) {
        this.cases = cases;
        this.frames = frames;
        this.responses = responses;
    }

    @GetMapping("/" + CaseRoutes.LIST + "/{id:\\d{1,18}}/" + CaseRoutes.HISTORY)
    ResponseEntity<byte[]> history(@PathVariable long id, HttpServletRequest request,
                                   @RequestParam(name = CaseRoutes.DIFF_FROM, required = false) String from,
                                   @RequestParam(name = CaseRoutes.DIFF_TO, required = false) String to) {
        Optional<CaseHistory> found = cases.history(CaseId.of(id), number(from), number(to));
        if (found.isEmpty()) {
            return responses.notFound(request);
        }
        CaseHistory history = found.get();
        PageFrame frame = frames.page(request, frames.text(request, "landscape.history.title",
                history.kase().title()), frames.text(request, "landscape.history.description", history.kase().title()),
                CaseRoutes.history(history.kase().id())).notIndexed();
        List<ShownField> fields = history.diff() == null ? List.of() : history.diff().fields().stream()
                .map(field -> new ShownField(field.labelKey(), TextDiff.between(
                        field.before().inWords(frame::text, frame.locale()),
                        field.after().inWords(frame::text, frame.locale())).shown(true))).toList();
        return responses.page(request, "landscape/history.jte", Map.of("frame", frame, "history", history,
                "fields", fields));
    }

    private static Long number(String value) {
        return value == null || !value.matches("\\d{1,18}") ? null : Long.parseLong(value);
    }
}
