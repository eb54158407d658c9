package dk.coi.portal.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmailIgnoreCase(String email);

    Optional<Person> findByOidcSubject(String subject);

    boolean existsByEmailIgnoreCase(String email);

    List<Person> findByMergedInto(long personId);

    /** The language the person chose last (a tag such as {@code da}); nothing is kept for an erased person. */
    @Transactional
    @Modifying
    @Query("""
            update Person p set p.language = :language
            where p.id = :id and p.erasedAt is null and (p.language is null or p.language <> :language)""")
    void rememberLanguage(long id, String language);

    /**
     * Marks a warning about failed sign-ins as sent now unless one was sent after {@code sentBefore}: one
     * statement, so of several nodes (or threads) only one gets 1 and sends the mail.
     */
    @Transactional
    @Modifying
    @Query("""
            update Person p set p.loginWarningSentAt = :now
            where p.id = :id and (p.loginWarningSentAt is null or p.loginWarningSentAt < :sentBefore)""")
    int claimLoginWarning(long id, Instant now, Instant sentBefore);

    /** Undoes a claim whose mail could not be sent, so the next failed sign-in tries again. */
    @Transactional
    @Modifying
    @Query("update Person p set p.loginWarningSentAt = null where p.id = :id and p.loginWarningSentAt = :claimedAt")
    void releaseLoginWarning(long id, Instant claimedAt);
}
