package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Audience;
import dk.coi.portal.ideastorm.PhaseSwitches;
import dk.coi.portal.ideastorm.PhaseTimes;
import dk.coi.portal.ideastorm.StormTemplate;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.ideastorm.StormSettings;
import dk.coi.portal.search.SearchAnalyzers;
import dk.coi.portal.shared.PlainText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Length;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * An idea storm and its phases. The current phase is changed only by {@link StormRepository#switchPhase}, a
 * conditional update on the version, so two runners never both make the same change. Its title, question and
 * description are in the portal search ({@link SearchableStorms}).
 */
@Entity
@Table(name = "storm")
@Indexed(index = "storms", routingBinder = @RoutingBinderRef(type = OnlyPublishedStormsIndexed.class))
public class Storm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String question;

    @Column(nullable = false, length = Length.LONG32)
    private String description;

    @Column(name = "owner_organisation", nullable = false, length = 200)
    private String ownerOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Audience audience;

    @Column(name = "answer_deadline")
    private Instant answerDeadline;

    @Column(name = "current_phase_id")
    private Long currentPhaseId;

    @Column(name = "next_change_at")
    private Instant nextChangeAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** When staff published the storm; null: a draft, which staff alone see (see {@link #isDraft}). */
    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "texts_version", nullable = false)
    private long textsVersion;

    /** Raised by each change of how the storm runs (settings, phase times and switches): see {@link #runsChanged}. */
    @Column(name = "settings_version", nullable = false)
    private long settingsVersion;

    /** Who last saved the texts and when (null before the first edit): said when a later save is refused. */
    @Column(name = "texts_changed_by")
    private Long textsChangedBy;

    @Column(name = "texts_changed_at")
    private Instant textsChangedAt;

    /** Who last changed how the storm runs and when (null before the first change). */
    @Column(name = "settings_changed_by")
    private Long settingsChangedBy;

    @Column(name = "settings_changed_at")
    private Instant settingsChangedAt;

    /** How many votes one person may give in the storm; null: as many as there are ideas. */
    @Column(name = "vote_budget")
    private Integer voteBudget;

    /** When staff published the storm's results; null: not yet (the results page is then for staff only). */
    @Column(name = "results_published_at")
    private Instant resultsPublishedAt;

    @Column(name = "results_published_by")
    private Long resultsPublishedBy;
    /** Raised by each change of the rubric, so a change made from an older rubric is refused. */
    @Column(name = "rubric_version", nullable = false)
    private long rubricVersion;
    /** Whether staff read new ideas before they are published (pre-moderation). */
    @Column(name = "pre_moderated", nullable = false)
    private boolean preModerated;

    @OneToMany(mappedBy = "storm", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<StormPhase> phases = new ArrayList<>();

    protected Storm() {
    }

    /**
     * A new storm with the template's phases at the times given (checked by {@link StormRules}), waiting for its
     * first phase to start: the phase job makes that start a logged change like any other.
     */
    public static Storm planned(StormTexts texts, Audience audience, Instant answerDeadline, StormTemplate template,
                                List<PhaseTimes> times, long createdBy, Instant createdAt) {
        Storm storm = new Storm();
        storm.title = texts.title();
        storm.question = texts.question();
        storm.description = texts.description();
        storm.ownerOrganisation = texts.ownerOrganisation();
        storm.audience = audience;
        storm.answerDeadline = answerDeadline;
        storm.createdBy = createdBy;
        storm.createdAt = createdAt;
        for (int i = 0; i < times.size(); i++) {
            StormTemplate.TemplatePhase phase = template.phases().get(i);
            StormPhase.append(storm, phase.kind(), phase.switches(), times.get(i));
        }
        storm.nextChangeAt = times.getFirst().start();
        return storm;
    }

    /**
     * Whether the storm is a draft: staff alone see it, and nothing of it reaches anyone else (list, pages, sitemap,
     * search, notices). Its phases run by the clock all the same, so its times stay as staff planned them.
     */
    public boolean isDraft() {
        return publishedAt == null;
    }

    /** The storm is public from now on; checked by the service (who, not twice). */
    public void publish(Instant at) {
        this.publishedAt = at;
    }

    /** Staff's new texts; their version goes up, so an edit made from the texts before is refused. */
    public void editTexts(StormTexts texts, Audience audience, Instant answerDeadline) {
        this.title = texts.title();
        this.question = texts.question();
        this.description = texts.description();
        this.ownerOrganisation = texts.ownerOrganisation();
        this.audience = audience;
        this.answerDeadline = answerDeadline;
        textsVersion++;
    }

    /** The results are public from now on; checked by the service (who, which phase, not twice). */
    public void publishResults(long by, Instant at) {
        this.resultsPublishedBy = by;
        this.resultsPublishedAt = at;
    }

    void addPhase(StormPhase phase) {
        phases.add(phase);
    }

    /** What participants may do in each phase, in order (the template gave the first choice). */
    public void allow(List<PhaseSwitches> switches) {
        for (int i = 0; i < phases.size(); i++) {
            phases.get(i).allow(switches.get(i));
        }
    }

    /** New times for the phases, in order; the next change follows them. */
    public void reschedule(List<PhaseTimes> times) {
        for (int i = 0; i < phases.size(); i++) {
            phases.get(i).reschedule(times.get(i));
        }
        Optional<StormPhase> current = currentPhase();
        nextChangeAt = current.isPresent() ? changeAfter(current.get()) : phases.getFirst().getStartsAt();
    }

    /**
     * Staff move the storm by hand into {@code to} before its planned start: it starts now, and the phases before it
     * end by now (one moved over keeps no time), so the times shown say what happened rather than the old plan.
     */
    public void startEarly(StormPhase to, Instant now) {
        if (!to.getStartsAt().isAfter(now)) {
            return;
        }
        for (StormPhase before : phases.subList(0, to.getPosition())) {
            if (before.getEndsAt().isAfter(now)) {
                before.reschedule(new PhaseTimes(before.getStartsAt().isAfter(now) ? now : before.getStartsAt(), now));
            }
        }
        to.reschedule(new PhaseTimes(now, to.getEndsAt()));
    }

    /** When a storm in the phase moves on: at the phase's end, or never from the last phase. */
    public Instant changeAfter(StormPhase phase) {
        return phase.getPosition() == phases.size() - 1 ? null : phase.getEndsAt();
    }

    public Optional<StormPhase> currentPhase() {
        return phases.stream().filter(phase -> phase.getId().equals(currentPhaseId)).findFirst();
    }

    /** What search finds and shows in snippets: the question and the description as readers see them. */
    @FullTextField(name = "body", analyzer = SearchAnalyzers.DANISH, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "question")),
            @ObjectPath(@PropertyValue(propertyName = "description"))})
    public String getSearchText() {
        return question + "\n\n" + PlainText.ofMarkdown(description);
    }

    public StormId stormId() {
        return StormId.of(id);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerOrganisation() {
        return ownerOrganisation;
    }

    public Audience getAudience() {
        return audience;
    }

    public Instant getAnswerDeadline() {
        return answerDeadline;
    }

    public Instant getNextChangeAt() {
        return nextChangeAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public long getTextsVersion() {
        return textsVersion;
    }

    public List<StormPhase> getPhases() {
        return phases;
    }

    public long getSettingsVersion() {
        return settingsVersion;
    }

    /** Staff changed how the storm runs; a change made from the settings before is refused from now on. */
    public void runsChanged() {
        settingsVersion++;
    }

    /** As {@link #runsChanged()}, remembering who did it and when. */
    public void runsChanged(long by, Instant at) {
        runsChanged();
        this.settingsChangedBy = by;
        this.settingsChangedAt = at;
    }

    /** Who saved the texts last, and when. */
    public void textsChangedBy(long by, Instant at) {
        this.textsChangedBy = by;
        this.textsChangedAt = at;
    }

    public Long getTextsChangedBy() {
        return textsChangedBy;
    }

    public Instant getTextsChangedAt() {
        return textsChangedAt;
    }

    public Long getSettingsChangedBy() {
        return settingsChangedBy;
    }

    public Instant getSettingsChangedAt() {
        return settingsChangedAt;
    }

    public long getRubricVersion() {
        return rubricVersion;
    }

    public void rubricChanged() {
        rubricVersion++;
    }

    public Integer getVoteBudget() {
        return voteBudget;
    }

    public void setVoteBudget(Integer voteBudget) {
        this.voteBudget = voteBudget;
    }

    public Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    public Long getResultsPublishedBy() {
        return resultsPublishedBy;
    }

    public boolean isPreModerated() {
        return preModerated;
    }

    /** Staff's settings for how the storm runs (checked by {@link StormRules#checkBudget}). */
    public void apply(StormSettings settings) {
        this.preModerated = settings.preModerated();
        this.voteBudget = settings.voteBudget();
    }

    public StormSettings settings() {
        return new StormSettings(preModerated, voteBudget);
    }
}
