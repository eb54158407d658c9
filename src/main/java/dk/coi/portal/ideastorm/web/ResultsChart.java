package dk.coi.portal.ideastorm.web;

import dk.coi.portal.ideastorm.Participation;
import dk.coi.portal.shared.DateFormats;
import dk.coi.portal.shared.web.PageFrames;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What the participation chart ({@code themes/portal/results-chart.js}, uPlot from its WebJar) needs besides its
 * table, for the reading page and the Vaadin view alike: the library's files and the chart's summary for screen
 * readers.
 */
public final class ResultsChart {

    /** uPlot's WebJar folder; its version is the one in the pom. */
    private static final String UPLOT = "uplot/1.6.30/dist/";
    /** uPlot as an ES module, which the chart's script imports (no script element, so none without a nonce). */
    public static final String LIBRARY = PageFrames.library(UPLOT + "uPlot.esm.js");
    public static final String STYLESHEET = PageFrames.library(UPLOT + "uPlot.min.css");
    /** The chart's own script among the theme's files. */
    public static final String ELEMENT_SCRIPT = "themes/portal/results-chart.js";

    private ResultsChart() {
    }

    /** "Deltagelsen pr. dag fra … til …; tallene står i tabellen", for the chart's {@code aria-label}. */
    public static String summary(Participation participation, Locale locale,
                                 BiFunction<String, Object[], String> translator) {
        return translator.apply("ideastorm.results.chart.summary", new Object[] {
                DateFormats.longDate(participation.days().getFirst(), locale),
                DateFormats.longDate(participation.days().getLast(), locale)});
    }
}
