package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Idea storms' part of a person's GDPR export: the storms they made and the phases they moved by hand, with their
 * reasons. Erasure keeps both (a storm's history must stay whole); they are credited to "Slettet bruger" once the
 * person row is blanked. A merged person needs nothing: credits are named through the person service, which
 * follows the merge.
 */
@Component
class StormPersonalData implements PersonalDataContributor {

    private final StormRepository storms;
    private final StormPhaseLogRepository log;

    StormPersonalData(StormRepository storms, StormPhaseLogRepository log) {
        this.storms = storms;
        this.log = log;
    }

    @Override
    public String section() {
        return "ideastorm";
    }

    @Override
    public Object export(PersonId person) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("storms", storms.findByCreatedByOrderByIdAsc(person.value()).stream().map(storm -> Map.of(
                "storm", storm.getId(), "title", storm.getTitle(), "time", storm.getCreatedAt().toString())).toList());
        export.put("phaseMoves", log.movesBy(person.value()).stream().map(move -> Map.of("storm", move.stormId(),
                "toPhase", move.to().name(), "time", move.at().toString(), "reason", move.reason())).toList());
        return export;
    }

    @Override
    public void erase(PersonId person) {
        // Nothing of the person's own words but the reasons, which are staff's account of their work, kept as the
        // moderation log keeps decisions' reasons.
    }
}
