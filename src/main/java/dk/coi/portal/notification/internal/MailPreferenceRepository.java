package dk.coi.portal.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MailPreferenceRepository extends JpaRepository<MailPreference, Long> {

    /** A person's first follow sets their mail to each change, in the language they read the portal in. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert ignore into notification_settings (person_id, mail_mode, language) values (:personId, :mode, :language)
            """)
    void createIfMissing(long personId, String mode, String language);
}
