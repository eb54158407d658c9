package dk.coi.portal.organisation;

import dk.coi.portal.shared.Phrase;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an organisation is, as a reader tells them apart: a municipality or region of the reference data, a state body
 * or another organisation at the top of the register, or a unit under another organisation. Separate from its
 * government level ({@link OrganisationType}), which a unit shares with its parent: Aarhus Kommune's job centre is a
 * unit, of municipal level. The list of organisations filters by it ({@code ?type=enhed}).
 */
public enum OrganisationKind {
    MUNICIPALITY("kommune"), REGION("region"), STATE_BODY("stat"), ORGANISATION("anden"), UNIT("enhed");

    private final String parameter;

    OrganisationKind(String parameter) {
        this.parameter = parameter;
    }

    /** Its value in the list's address. */
    public String parameter() {
        return parameter;
    }

    /** The kind a list address names; empty for none or one it does not know. */
    public static Optional<OrganisationKind> ofParameter(String value) {
        return Arrays.stream(values()).filter(kind -> kind.parameter.equals(value)).findFirst();
    }

    /** The translation key of its plural, as the list's filter offers it ("Kommuner", "Enheder"). */
    public String pluralKey() {
        return "organisation.kind.plural." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What one organisation of this kind is called: a unit names the organisation it is under. */
    public Phrase describe(String parentName) {
        String key = "organisation.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        return this == UNIT ? Phrase.of(key, parentName) : Phrase.of(key);
    }
}
