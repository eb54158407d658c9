package dk.coi.portal.moderation.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Moderation's part of a person's GDPR export: the reports they made and the decisions they took, moderation's own
 * and those other modules logged (a page moved, a change accepted), in Danish words. Erasure keeps
 * that they reported (it still counts towards auto-hide, and closes with the other reports) but removes their own
 * words; decisions stay in the log, credited to "Slettet bruger" once the person row is blanked.
 */
@Component
class ModerationPersonalData implements PersonalDataContributor {

    private final ModerationReportRepository reports;
    private final ModerationLogRepository log;
    private final Texts texts;

    ModerationPersonalData(ModerationReportRepository reports, ModerationLogRepository log, Texts texts) {
        this.reports = reports;
        this.log = log;
        this.texts = texts;
    }

    @Override
    public String section() {
        return "moderation";
    }

    @Override
    public Object export(PersonId person) {
        long personId = person.value();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("reports", reports.findByPersonIdOrderByIdAsc(personId).stream().map(report -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("subject", report.subject().type() + ":" + report.subject().id());
            line.put("category", report.getCategory().name());
            line.put("reason", report.getReason());
            line.put("time", report.getCreatedAt().toString());
            line.put("open", report.getResolvedAt() == null);
            return line;
        }).toList());
        export.put("decisions", log.findByPersonId(personId).stream().map(entry -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("action", entry.kind().code());
            line.put("subject", entry.subject().type() + ":" + entry.subject().id());
            line.put("title", entry.getTitle() == null ? null : texts.get(PortalLocales.DANISH, entry.getTitle()));
            line.put("time", entry.getCreatedAt().toString());
            line.put("facts", entry.getFacts() == null ? null : texts.get(PortalLocales.DANISH, entry.getFacts()));
            line.put("reason", entry.getReason());
            return line;
        }).toList());
        return export;
    }

    @Override
    public void erase(PersonId person) {
        long personId = person.value();
        reports.findByPersonIdOrderByIdAsc(personId).forEach(ModerationReport::forgetReason);
    }
}
