package dk.coi.portal.landscape.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Spreading's part of a person's GDPR export: the adoptions they recorded for their workplace, the contact requests
 * they sent (with any reply) and those they received as a case's contact. Erasure keeps the adoptions (they are the
 * workplace's record; the blanked person row credits them to "Slettet bruger") and removes the contact requests they
 * sent or received, which are personal messages.
 */
@Component
class SpreadingPersonalData implements PersonalDataContributor {

    private final AdoptionRepository adoptions;
    private final ContactRequestRepository requests;

    SpreadingPersonalData(AdoptionRepository adoptions, ContactRequestRepository requests) {
        this.adoptions = adoptions;
        this.requests = requests;
    }

    @Override
    public String section() {
        return "landscapeSpreading";
    }

    @Override
    public Object export(PersonId person) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("adoptionsRecorded", adoptions.findByPersonIdOrderByIdAsc(person.value()).stream()
                .map(adoption -> {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("case", adoption.getCaseId());
                    line.put("organisation", adoption.getOrganisationId());
                    line.put("kind", adoption.getKind().name());
                    line.put("adoptedIn", adoption.getAdoptedIn().toString());
                    line.put("changes", adoption.getChanges());
                    line.put("results", adoption.getResults());
                    line.put("ownCase", adoption.getAdoptingCaseId());
                    line.put("time", adoption.getCreatedAt().toString());
                    return line;
                }).toList());
        export.put("contactRequestsSent", requests.findByRequesterIdOrderByIdAsc(person.value()).stream()
                .map(SpreadingPersonalData::exported).toList());
        export.put("contactRequestsReceived", requests.findByContactIdOrderByIdAsc(person.value()).stream()
                .map(SpreadingPersonalData::exported).toList());
        return export;
    }

    private static Map<String, Object> exported(ContactRequest request) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("case", request.getCaseId());
        line.put("workplace", request.getWorkplace());
        line.put("message", request.getMessage());
        line.put("time", request.getCreatedAt().toString());
        line.put("reply", request.getReply());
        line.put("repliedAt", request.getRepliedAt() == null ? null : request.getRepliedAt().toString());
        return line;
    }

    @Override
    public void erase(PersonId person) {
        requests.deleteAll(requests.findByRequesterIdOrderByIdAsc(person.value()));
        requests.deleteAll(requests.findByContactIdOrderByIdAsc(person.value()));
    }
}
