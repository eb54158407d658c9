package dk.coi.portal.wiki.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WikiPageRepository extends JpaRepository<WikiPage, Long> {

    Optional<WikiPage> findByTitle(String title);

    List<WikiPage> findAllByOrderByTitleAsc();
}
