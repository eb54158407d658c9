package dk.coi.portal.wiki.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WikiWatchSettingsRepository extends JpaRepository<WikiWatchSettings, Long> {

    /** The person's first settings, unless they have some already. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into wiki_watch_settings (person_id, mail_mode, language) values (:personId, :mode, :language)
            """)
    void createIfMissing(long personId, String mode, String language);
}
