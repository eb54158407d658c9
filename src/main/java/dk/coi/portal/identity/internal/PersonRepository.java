package dk.coi.portal.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmailIgnoreCase(String email);

    Optional<Person> findByOidcSubject(String subject);

    boolean existsByEmailIgnoreCase(String email);
}
