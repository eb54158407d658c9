package dk.coi.portal.landscape;

import dk.coi.portal.identity.Author;
import java.util.List;

/** A case's co-editors by name and workplace, and whether the person reading may add and remove them. */
public record CaseEditorList(List<Author> coEditors, boolean mayChoose) {

    public CaseEditorList {
        coEditors = List.copyOf(coEditors);
    }
}
