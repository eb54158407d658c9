package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * One structured result of a case, in its place among them; audited with the case. Its row is the result's identity:
 * a change of the result changes the row, and its follow-up reminder's mark ({@code follow_up_reminded_for}) stays
 * with it wherever it moves among the case's results.
 */
@Entity
@Table(name = "landscape_case_result")
@Audited
public class LandscapeCaseResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private LandscapeCase kase;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String metric;

    @Column(length = 50)
    private String unit;

    @Column(length = 100)
    private String baseline;

    @Column(length = 100)
    private String target;

    @Column(length = 100)
    private String result;

    @Column(name = "comparison_group", length = 300)
    private String comparisonGroup;

    @Column(length = 100)
    private String period;

    @Column(length = 500)
    private String source;

    @Column(nullable = false)
    private boolean expected;

    @Column(name = "follow_up")
    private LocalDate followUp;

    protected LandscapeCaseResult() {
    }

    LandscapeCaseResult(LandscapeCase kase, int position, CaseResult given) {
        this.kase = kase;
        change(position, given);
    }

    void change(int newPosition, CaseResult given) {
        if (position == newPosition && saysTheSameAs(given)) {
            return;
        }
        position = newPosition;
        metric = given.metric();
        unit = blankAsNull(given.unit());
        baseline = blankAsNull(given.baseline());
        target = blankAsNull(given.target());
        result = blankAsNull(given.result());
        comparisonGroup = blankAsNull(given.comparisonGroup());
        period = blankAsNull(given.period());
        source = blankAsNull(given.source());
        expected = given.expected();
        followUp = given.followUp();
    }

    /** Whether it says what {@code given} says, whichever stored result that names. */
    boolean saysTheSameAs(CaseResult given) {
        return given.content().equals(shown().content());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String text(String stored) {
        return Objects.requireNonNullElse(stored, "");
    }

    /** The result as screens and forms show it (empty texts for missing ones). */
    public CaseResult shown() {
        return new CaseResult(text(metric), text(unit), text(baseline), text(target), text(result),
                text(comparisonGroup), text(period), text(source), expected, followUp, id);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }
}
