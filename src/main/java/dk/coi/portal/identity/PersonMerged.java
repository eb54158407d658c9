package dk.coi.portal.identity;

/**
 * Published when two person rows turn out to be one human (a Keycloak login linked to a local account): the
 * portal credits, names and mails {@code merged} as {@code into} from now on. A module that
 * keeps its own data per person may move it over.
 */
public record PersonMerged(PersonId merged, PersonId into) {
}
