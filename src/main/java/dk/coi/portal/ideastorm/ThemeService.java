package dk.coi.portal.ideastorm;

import dk.coi.portal.ideastorm.internal.IdeaRepository;
import dk.coi.portal.ideastorm.internal.IdeaRules;
import dk.coi.portal.ideastorm.internal.StormRepository;
import dk.coi.portal.ideastorm.internal.StormTheme;
import dk.coi.portal.ideastorm.internal.StormThemeRepository;
import dk.coi.portal.shared.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A storm's themes: staff add, rename and remove them; a theme ideas use is not removed. Where a storm has themes,
 * every new idea names one (IdeaService).
 */
@Service
public class ThemeService {

    private final StormThemeRepository themes;
    private final StormRepository storms;
    private final IdeaRepository ideas;

    ThemeService(StormThemeRepository themes, StormRepository storms, IdeaRepository ideas) {
        this.themes = themes;
        this.storms = storms;
        this.ideas = ideas;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Theme> themes(StormId storm) {
        return themes.findByStormIdOrderByPositionAscIdAsc(storm.value()).stream().map(StormTheme::toTheme).toList();
    }

    /** Staff add a theme after the storm's others. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public ThemeId add(StormId storm, String name, String description) {
        IdeaRules.CheckedTheme checked = IdeaRules.checkTheme(name, description);
        if (!storms.existsById(storm.value())) {
            throw new InvalidInputException(Map.of("storm", "ideastorm.storm.unknown"));
        }
        refuseTakenName(storm.value(), checked.name(), null);
        StormTheme theme = themes.save(new StormTheme(storm.value(), themes.nextPosition(storm.value()),
                checked.name(), checked.description()));
        return ThemeId.of(theme.getId());
    }

    /** Staff give a theme a new name and description; {@code version} is the one they saw. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void rename(ThemeId id, String name, String description, long version) {
        IdeaRules.CheckedTheme checked = IdeaRules.checkTheme(name, description);
        StormTheme theme = find(id);
        if (theme.getVersion() != version) {
            throw new InvalidInputException(Map.of("name", "ideastorm.theme.changed-meanwhile"));
        }
        refuseTakenName(theme.getStormId(), checked.name(), theme.getId());
        theme.rename(checked.name(), checked.description());
    }

    /** Staff remove a theme no idea uses. */
    @PreAuthorize("hasRole('COI_STAFF')")
    @Transactional
    public void remove(ThemeId id) {
        StormTheme theme = find(id);
        if (ideas.existsByThemeId(theme.getId())) {
            throw new InvalidInputException(Map.of("theme", "ideastorm.theme.in-use"));
        }
        themes.delete(theme);
    }

    private void refuseTakenName(long storm, String name, Long except) {
        boolean taken = themes.findByStormIdOrderByPositionAscIdAsc(storm).stream()
                .anyMatch(other -> !other.getId().equals(except) && other.getName().equalsIgnoreCase(name));
        if (taken) {
            throw new InvalidInputException(Map.of("name", "ideastorm.theme.name.taken"));
        }
    }

    private StormTheme find(ThemeId id) {
        return themes.findById(id.value())
                .orElseThrow(() -> new InvalidInputException(Map.of("theme", "ideastorm.theme.unknown")));
    }
}
