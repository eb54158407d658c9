package dk.coi.portal.ideastorm.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StormVotingReminderRepository extends JpaRepository<StormVotingReminder, Long> {

    /** A storm in a voting phase whose end, as it is now, is due its reminder. */
    interface Due {
        long getStormId();

        long getPhaseId();

        Instant getEndsAt();
    }

    /**
     * The storms whose current phase takes votes and ends after {@code now} but no later than {@code remindFrom}
     * (a day on), with no reminder yet of that end: a phase that has ended gets none, also after downtime; a draft
     * gets none (nobody follows it).
     */
    @Query("""
            select s.id as stormId, p.id as phaseId, p.endsAt as endsAt
            from Storm s join s.phases p
            where p.id = s.currentPhaseId and s.publishedAt is not null
              and p.votesOpen = true and p.endsAt > :now and p.endsAt <= :remindFrom
              and not exists (select r.id from StormVotingReminder r
                              where r.phaseId = p.id and r.phaseEndsAt = p.endsAt)
            order by p.endsAt""")
    List<Due> findDue(@Param("now") Instant now, @Param("remindFrom") Instant remindFrom);

    /**
     * Marks the reminder of that end sent; 1 if it was not yet, else 0 (another node was first: its row waits for
     * that node's commit, so exactly one sends).
     */
    @Modifying
    @Query(value = """
            insert ignore into storm_voting_reminder (phase_id, phase_ends_at, sent_at)
            values (:phase, :endsAt, :at)""", nativeQuery = true)
    int markSent(@Param("phase") long phaseId, @Param("endsAt") Instant endsAt, @Param("at") Instant at);
}
