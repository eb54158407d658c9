package dk.coi.portal.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * What the server refused in a long form, one item per problem in the form's order, each a link that takes the
 * person to its field ({@link FieldErrors#inFormOrder}): not a paragraph of sentences run together (a trial's
 * finding). It stands under the form's status, which says once what the list is.
 */
public class ProblemList extends UnorderedList {

    public ProblemList(String id) {
        setId(id);
        addClassName("portal-problem-list");
        setVisible(false);
    }

    public void show(List<FieldErrors.Problem> problems) {
        removeAll();
        for (FieldErrors.Problem problem : problems) {
            String fieldId = problem.field() == null ? null : problem.field().getId().orElse(null);
            if (fieldId == null) {
                add(new ListItem(problem.message()));
                continue;
            }
            // Focused in the browser: the page's base address would make the router follow "#id" to another page.
            Anchor link = new Anchor("#" + fieldId, problem.message());
            link.getElement().executeJs("this.addEventListener('click', event => {"
                    + " event.preventDefault(); document.getElementById($0)?.focus(); })", fieldId);
            add(new ListItem(link));
        }
        setVisible(!problems.isEmpty());
    }

    public void clear() {
        removeAll();
        setVisible(false);
    }
}
