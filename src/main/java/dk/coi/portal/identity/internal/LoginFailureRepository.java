package dk.coi.portal.identity.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface LoginFailureRepository extends JpaRepository<LoginFailure, String> {

    /**
     * Counts one failure in a single statement, so concurrent failures on several nodes all count; a count
     * whose last failure is older than {@code forgetBefore} starts again at one.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into login_failure (subject_hash, kind, failures, last_failure_at)
            values (:subjectHash, :kind, 1, :now)
            on duplicate key update failures = if(last_failure_at < :forgetBefore, 1, failures + 1),
                                    last_failure_at = :now""")
    void countFailure(String subjectHash, String kind, Instant now, Instant forgetBefore);

    /**
     * Locks the count exclusively until the transaction ends, creating it with no failures when it is new (an
     * upsert takes the exclusive lock at once; a shared lock first would deadlock two attempts upgrading it).
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into login_failure (subject_hash, kind, failures, last_failure_at)
            values (:subjectHash, :kind, 0, :now)
            on duplicate key update failures = failures""")
    void createOrLock(String subjectHash, String kind, Instant now);

    /** Takes back one failure counted for an attempt that turned out to be right. */
    @Modifying
    @Query(nativeQuery = true, value = """
            update login_failure set failures = greatest(failures - 1, 0) where subject_hash = :subjectHash""")
    void uncountFailure(String subjectHash);

    @Query("select f.failures from LoginFailure f where f.subjectHash = :subjectHash")
    Optional<Integer> failuresOf(String subjectHash);

    @Transactional
    @Modifying
    @Query("delete from LoginFailure f where f.lastFailureAt < :before")
    int deleteLastFailedBefore(Instant before);
}
