package dk.coi.portal.shared.ui.map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.coi.portal.shared.map.MapMarker;
import dk.coi.portal.shared.map.MapPlace;
import dk.coi.portal.shared.ui.ContentLanguage;
import java.util.List;
import java.util.function.Function;

/**
 * The map's list alternative: the same places and markers as a plain list (a place, what it holds, its links), for
 * screen readers, keyboards and anyone the map does not serve. The map's skip link leads here; the reading page's
 * {@code map.jte} writes the same list.
 */
public class MapList extends Section {

    /**
     * @param id the list's id, which the skip link names
     * @param heading the list's heading
     * @param summary what a place holds, in words
     * @param more the text of a place's link to all it holds
     */
    public MapList(String id, String heading, List<MapPlace> places, Function<MapPlace, String> summary,
                   String more) {
        setId(id);
        addClassName("portal-map-list");
        H2 title = new H2(heading);
        title.setId(id + "-heading");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        add(title);
        UnorderedList list = new UnorderedList();
        for (MapPlace place : places) {
            ListItem item = new ListItem(new Span(summary.apply(place)));
            UnorderedList markers = new UnorderedList();
            for (MapMarker marker : place.markers()) {
                ListItem entry = new ListItem(ContentLanguage.danish(new Anchor(marker.href(), marker.label())));
                if (!marker.text().isEmpty()) {
                    Span text = new Span(marker.text());
                    text.addClassName("portal-card-meta");
                    entry.add(new Span(" "), text);
                }
                markers.add(entry);
            }
            item.add(markers);
            if (place.more() != null) {
                item.add(new Anchor(place.more(), more));
            }
            list.add(item);
        }
        add(list);
    }
}
