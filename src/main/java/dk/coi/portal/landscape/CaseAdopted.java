package dk.coi.portal.landscape;

/** A workplace recorded that it reused a case; published in the transaction that stored the adoption. */
public record CaseAdopted(CaseId kase, AdoptionId adoption, long personId) {
}
