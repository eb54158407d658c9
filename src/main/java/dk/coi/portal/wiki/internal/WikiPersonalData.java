package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.PersonalDataContributor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The wiki's part of a person's GDPR export: every edit they made. Erasure keeps the edits (the wiki's
 * history must stay whole); they are credited to "Slettet bruger" once the person row is blanked.
 */
@Component
class WikiPersonalData implements PersonalDataContributor {

    private final WikiRevisionRepository revisions;
    private final WikiPageRepository pages;

    WikiPersonalData(WikiRevisionRepository revisions, WikiPageRepository pages) {
        this.revisions = revisions;
        this.pages = pages;
    }

    @Override
    public String section() {
        return "wiki";
    }

    @Override
    public Object export(long personId) {
        List<Map<String, Object>> edits = revisions.findByPersonId(personId).stream().map(revision -> {
            Map<String, Object> edit = new LinkedHashMap<>();
            edit.put("revision", revision.getId());
            edit.put("page", revision.getPageId() == null ? null
                    : pages.findById(revision.getPageId()).map(WikiPage::getTitle).orElse(null));
            edit.put("time", Instant.ofEpochMilli(revision.getTimestamp()).toString());
            edit.put("summary", revision.getSummary());
            edit.put("minor", revision.isMinor());
            return edit;
        }).toList();
        return Map.of("edits", edits);
    }

    @Override
    public void erase(long personId) {
        // Nothing to remove: the edits stay in the history and lose their name with the person row.
    }
}
