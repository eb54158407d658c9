package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Criterion;
import dk.coi.portal.ideastorm.CriterionDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.stream.IntStream;

/** A criterion of a storm's evaluation rubric, with its weight, in the rubric's order. */
@Entity
@Table(name = "storm_criterion")
public class StormCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storm_id", nullable = false)
    private long stormId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private int weight;

    protected StormCriterion() {
    }

    public StormCriterion(long stormId, int position, String name, String description, int weight) {
        this.stormId = stormId;
        this.position = position;
        this.name = name;
        this.description = description;
        this.weight = weight;
    }

    /** The storm's rubric of the (checked) criteria, in their order. */
    public static List<StormCriterion> inOrder(long stormId, List<CriterionDraft> criteria) {
        return IntStream.range(0, criteria.size()).mapToObj(i -> new StormCriterion(stormId, i,
                criteria.get(i).name(), criteria.get(i).description(), criteria.get(i).weight())).toList();
    }

    public Criterion toCriterion() {
        return new Criterion(id, name, description, weight);
    }

    public Long getId() {
        return id;
    }

    public long getStormId() {
        return stormId;
    }

    public String getName() {
        return name;
    }

    public int getWeight() {
        return weight;
    }
}
