package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.Theme;
import dk.coi.portal.ideastorm.ThemeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A theme of a storm, in the storm's order of themes. */
@Entity
@Table(name = "storm_theme")
public class StormTheme {

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

    @Version
    private long version;

    protected StormTheme() {
    }

    public StormTheme(long stormId, int position, String name, String description) {
        this.stormId = stormId;
        this.position = position;
        this.name = name;
        this.description = description;
    }

    public void rename(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
    }

    public Theme toTheme() {
        return new Theme(ThemeId.of(id), name, description, version);
    }

    public Long getId() {
        return id;
    }

    public long getStormId() {
        return stormId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
