package dk.coi.portal.shared.ui.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import dk.coi.portal.shared.map.DenmarkMaps;
import dk.coi.portal.shared.map.MapElement;

/**
 * The map of Denmark ({@code <portal-denmark-map>}, {@code themes/portal/denmark-map.js}) in a Vaadin view: the
 * same element and attributes as on a server-rendered page. {@link #show} puts other places on it (e.g. when a
 * search changes); the element redraws its markers.
 */
@Tag("portal-denmark-map")
public class DenmarkMap extends Component {

    public DenmarkMap(String id, MapElement element) {
        setId(id);
        show(element);
        // Imported, not a script element: the element defines itself once, whichever page loaded it first.
        getElement().executeJs("import($0)", "/" + DenmarkMaps.ELEMENT_SCRIPT);
    }

    public void show(MapElement shown) {
        Element element = getElement();
        element.setAttribute("data-library", shown.library());
        element.setAttribute("data-stylesheet", shown.stylesheet());
        element.setAttribute("data-outline", shown.outline());
        element.setAttribute("data-label", shown.label());
        element.setAttribute("data-zoom-in", shown.zoomIn());
        element.setAttribute("data-zoom-out", shown.zoomOut());
        element.setAttribute("data-close", shown.close());
        element.setAttribute("data-cluster-label", shown.clusterLabel());
        element.setAttribute("data-more", shown.more());
        element.setAttribute("data-tiles", shown.tiles());
        element.setAttribute("data-attribution", shown.attribution());
        element.setAttribute("data-places", shown.places());
    }

    /** Lines drawn between places ({@link DenmarkMaps#lines}), under the markers. */
    public DenmarkMap withLines(String lines) {
        getElement().setAttribute("data-lines", lines);
        return this;
    }
}
