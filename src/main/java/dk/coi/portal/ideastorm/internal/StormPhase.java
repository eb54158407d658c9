package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Phase;
import dk.coi.portal.ideastorm.PhaseKind;
import dk.coi.portal.ideastorm.PhaseSwitches;
import dk.coi.portal.ideastorm.PhaseTimes;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One phase of a storm, at its place in the storm's order. */
@Entity
@Table(name = "storm_phase")
public class StormPhase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "storm_id", nullable = false)
    private Storm storm;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PhaseKind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "ideas_open", nullable = false)
    private boolean ideasOpen;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen;

    @Column(name = "votes_open", nullable = false)
    private boolean votesOpen;

    @Column(name = "vote_counts_shown", nullable = false)
    private boolean voteCountsShown;

    protected StormPhase() {
    }

    /** Adds the phase to the end of the storm's phases. */
    static void append(Storm storm, PhaseKind kind, PhaseSwitches switches, PhaseTimes times) {
        StormPhase phase = new StormPhase();
        phase.storm = storm;
        phase.position = storm.getPhases().size();
        phase.kind = kind;
        phase.allow(switches);
        phase.reschedule(times);
        storm.addPhase(phase);
    }

    /** What participants may do in the phase from now on. */
    void allow(PhaseSwitches switches) {
        ideasOpen = switches.ideas();
        commentsOpen = switches.comments();
        votesOpen = switches.votes();
        voteCountsShown = switches.voteCounts();
    }

    void reschedule(PhaseTimes times) {
        startsAt = times.start();
        endsAt = times.end();
    }

    public Phase view() {
        return new Phase(position, kind, startsAt, endsAt,
                new PhaseSwitches(ideasOpen, commentsOpen, votesOpen, voteCountsShown));
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public PhaseKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
