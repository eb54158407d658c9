package dk.coi.portal.identity;

/** Published after a person has been erased (GDPR article 17). */
public record PersonErased(PersonId person) {
}
