package dk.coi.portal.wiki.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import dk.coi.portal.wiki.HistoryLine;
import dk.coi.portal.wiki.WikiRoutes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dk.coi.portal.shared.ui.ChangeLines;

/**
 * MediaWiki's two columns of radio buttons in a page's history: the revision to compare from ("fra") and the one to
 * compare to ("til"), at first the two newest. Only an older revision than the one picked "til" can be picked "fra",
 * and the other way round, so a comparison always reads forwards; the others are disabled, so the arrow keys pass
 * them by. Native radio inputs, so each column is one group that the keyboard moves through as in any form.
 */
class RevisionPicker {

    private final Map<Long, Input> fromRadios = new LinkedHashMap<>();
    private final Map<Long, Input> toRadios = new LinkedHashMap<>();
    private long from;
    private long to;

    RevisionPicker(List<HistoryLine> newestFirst, Locale locale) {
        if (newestFirst.size() < 2) {
            return;
        }
        to = newestFirst.get(0).revision();
        from = newestFirst.get(1).revision();
        for (HistoryLine line : newestFirst) {
            // Named by version and time: two versions saved in the same minute are told apart.
            String version = String.valueOf(line.revision());
            String time = ChangeLines.time(line.time(), locale);
            fromRadios.put(line.revision(), radio(WikiRoutes.DIFF_FROM, "compare-from", line.revision(),
                    I18NProvider.translate("wiki.history.compare-from-label", version, time)));
            toRadios.put(line.revision(), radio(WikiRoutes.DIFF_TO, "compare-to", line.revision(),
                    I18NProvider.translate("wiki.history.compare-to-label", version, time)));
        }
        fromRadios.forEach((revision, radio) -> radio.getElement().addEventListener("change", change -> {
            from = revision;
            show();
        }));
        toRadios.forEach((revision, radio) -> radio.getElement().addEventListener("change", change -> {
            to = revision;
            show();
        }));
        show();
    }

    /** Whether there is anything to pick: a page with one revision has nothing to compare. */
    boolean offered() {
        return !fromRadios.isEmpty();
    }

    /** The two radio buttons of one line of the history. */
    Component radios(HistoryLine line) {
        Span radios = new Span(fromRadios.get(line.revision()), toRadios.get(line.revision()));
        radios.addClassName("portal-compare-radios");
        return radios;
    }

    long from() {
        return from;
    }

    long to() {
        return to;
    }

    /** A radio button named as the difference's address names the revision, as the public page's form sends it. */
    private static Input radio(String name, String id, long revision, String label) {
        Input radio = new Input();
        radio.setType("radio");
        radio.setId(id + "-" + revision);
        radio.getElement().setAttribute("name", name);
        radio.getElement().setAttribute("aria-label", label);
        radio.getElement().setAttribute("title", label);
        return radio;
    }

    /** Both columns as picked, the server's state told to the browser, which also forgets a stale check mark. */
    private void show() {
        fromRadios.forEach((revision, radio) -> {
            radio.getElement().setProperty("checked", revision == from);
            radio.setEnabled(revision < to);
        });
        toRadios.forEach((revision, radio) -> {
            radio.getElement().setProperty("checked", revision == to);
            radio.setEnabled(revision > from);
        });
    }
}
