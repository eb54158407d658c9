package dk.coi.portal.wiki.internal;

import dk.coi.portal.identity.PersonMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When two person rows turn out to be one human, the watchlist, its settings and its unread notices move to
 * the person who remains; where both watched a page (or both chose settings), the remaining person's own
 * choice stays. Edits need nothing: authors are named through the person service, which follows the merge.
 */
@Component
class WikiPeopleMerged {

    private final JdbcTemplate database;

    WikiPeopleMerged(JdbcTemplate database) {
        this.database = database;
    }

    @ApplicationModuleListener
    void moveWatchlist(PersonMerged merged) {
        for (String table : new String[] {"wiki_watch", "wiki_watch_settings"}) {
            // "ignore" leaves the rows the remaining person has already; they are then dropped.
            database.update("update ignore " + table + " set person_id = ? where person_id = ?",
                    merged.intoPersonId(), merged.mergedPersonId());
            database.update("delete from " + table + " where person_id = ?", merged.mergedPersonId());
        }
        database.update("update wiki_notice set person_id = ? where person_id = ?", merged.intoPersonId(),
                merged.mergedPersonId());
    }
}
