package dk.coi.portal.wiki.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WikiWatchSettingsRepository extends JpaRepository<WikiWatchSettings, Long> {
}
