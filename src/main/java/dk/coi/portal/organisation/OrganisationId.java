package dk.coi.portal.organisation;

import dk.coi.portal.shared.Subject;

/** An organisation of the register as other modules refer to it. */
public record OrganisationId(long value) {

    /** The subject type of an organisation in the moderation log. */
    public static final String SUBJECT_TYPE = "organisation.organisation";

    public static OrganisationId of(long value) {
        return new OrganisationId(value);
    }

    public Subject subject() {
        return new Subject(SUBJECT_TYPE, value);
    }
}
