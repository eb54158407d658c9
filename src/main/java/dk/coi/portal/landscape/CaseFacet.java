package dk.coi.portal.landscape;

import dk.coi.portal.organisation.OrganisationType;
import dk.coi.portal.shared.TextRules;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A property the catalogue filters and counts cases by: its parameter in an address (Danish), its keyword field in
 * the {@code cases} index, the translation key of its name, and which values it takes (an enum's constant in lower
 * case with hyphens, an official code, a year, a tag). Values are text both in the address and in the index.
 */
public enum CaseFacet {
    SECTOR("sektor", "sector", CaseSector.class),
    LEVEL("niveau", "level", OrganisationType.class),
    REGION("region", "region", number(1081, 1085)),
    MUNICIPALITY("kommune", "municipality", number(101, 999)),
    STAGE("fase", "stage", CaseStage.class),
    TYPE("type", "innovationType", InnovationType.class),
    EVIDENCE("evidens", "evidence", EvidenceLevel.class),
    NOVELTY("nyhed", "novelty", Novelty.class),
    YEAR("aar", "year", number(CaseFacet.FIRST_YEAR, CaseFacet.LAST_YEAR)),
    TAG("emne", "tag", CaseFacet::tag);

    /** The years a case may have started in, as the year filter takes them. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    /** The longest tag a filter names. */
    public static final int MAX_TAG_LENGTH = 100;

    private final String parameter;
    private final String indexField;
    private final UnaryOperator<String> canonical;
    private final List<Enum<?>> constants;

    CaseFacet(String parameter, String indexField, Class<? extends Enum<?>> type) {
        this.parameter = parameter;
        this.indexField = indexField;
        this.constants = List.of(type.getEnumConstants());
        this.canonical = given -> constants.stream().map(CaseFacet::value).filter(given::equals).findFirst()
                .orElse(null);
    }

    CaseFacet(String parameter, String indexField, UnaryOperator<String> canonical) {
        this.parameter = parameter;
        this.indexField = indexField;
        this.canonical = canonical;
        this.constants = List.of();
    }

    public String parameter() {
        return parameter;
    }

    public String indexField() {
        return indexField;
    }

    public String labelKey() {
        return "landscape.facet." + name().toLowerCase(Locale.ROOT);
    }

    /** The constants this facet's values name, in their order; none for a facet of numbers or words. */
    public List<Enum<?>> constants() {
        return constants;
    }

    /** The value as the filter and the index hold it; empty when this facet has no such value. */
    public Optional<String> canonical(String value) {
        return Optional.ofNullable(canonical.apply(value));
    }

    public static Optional<CaseFacet> ofParameter(String parameter) {
        return Arrays.stream(values()).filter(facet -> facet.parameter.equals(parameter)).findFirst();
    }

    /** An enum constant as a facet value ({@code ELDERLY_CARE} → {@code elderly-care}). */
    public static String value(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The translation key of a facet value's name ({@code CaseSector.HEALTH} → its label); null for null. */
    public static String labelKey(Enum<?> constant) {
        return switch (constant) {
            case null -> null;
            case CaseSector sector -> sector.labelKey();
            case OrganisationType level -> level.levelKey();
            case CaseStage stage -> stage.labelKey();
            case InnovationType type -> type.labelKey();
            case EvidenceLevel evidence -> evidence.labelKey();
            case Novelty novelty -> novelty.labelKey();
            default -> throw new IllegalArgumentException("Not a facet's value: " + constant);
        };
    }

    private static UnaryOperator<String> number(int lowest, int highest) {
        return given -> {
            if (!given.matches("\\d{1,4}")) {
                return null;
            }
            int number = Integer.parseInt(given);
            return number < lowest || number > highest ? null : Integer.toString(number);
        };
    }

    private static String tag(String given) {
        String tag = TextRules.cleanLine(given).strip();
        return tag.isEmpty() || tag.length() > MAX_TAG_LENGTH ? null : tag;
    }
}
