package dk.coi.portal.identity;

/** A person as other modules refer to them: in events, personal-data requests and credits. */
public record PersonId(long value) {

    public static PersonId of(long value) {
        return new PersonId(value);
    }
}
