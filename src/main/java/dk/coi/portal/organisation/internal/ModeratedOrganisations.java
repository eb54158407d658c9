package dk.coi.portal.organisation.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.ModeratedContent;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.moderation.ModerationDecision;
import dk.coi.portal.organisation.OrganisationId;
import dk.coi.portal.organisation.OrganisationRoutes;
import dk.coi.portal.organisation.OrganisationStewardship;
import dk.coi.portal.shared.InvalidInputException;
import dk.coi.portal.shared.Phrase;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The register's organisations as moderation sees them, so that the moderation log shows and links its lines about
 * them (a merge and its undoing, and a correction of a name or municipality, among staff's latest decisions in the
 * queue, with who added the organisation): named by their name, leading to their page (a merged duplicate's address leads on to the organisation kept). An organisation is
 * reference data, not a person's words: nothing offers to report one, and moderation cannot hide one (a duplicate is
 * merged instead), so {@link #hide} and {@link #show} refuse with a translated message.
 */
@Component
class ModeratedOrganisations implements ModeratedContent {

    private final OrganisationRepository organisations;

    ModeratedOrganisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public String type() {
        return OrganisationId.SUBJECT_TYPE;
    }

    @Override
    public Set<LogKind> staffDecisions() {
        return Set.of(OrganisationStewardship.MERGE, OrganisationStewardship.UNDO, OrganisationStewardship.AMEND);
    }

    @Override
    public Map<Long, ModeratedItem> describe(Collection<Long> ids) {
        return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::getId,
                organisation -> new ModeratedItem(Phrase.of("organisation.log.name", organisation.getName()),
                        ModeratedItem.excerptOf(organisation.getName()), path(organisation), false,
                        organisation.getAddedBy() == null ? null : PersonId.of(organisation.getAddedBy()))));
    }

    @Override
    public Map<Long, String> paths(Collection<Long> ids) {
        return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::getId,
                ModeratedOrganisations::path));
    }

    private static String path(Organisation organisation) {
        return OrganisationRoutes.organisation(organisation.organisationId(), organisation.getName());
    }

    @Override
    public void hide(long id, ModerationDecision decision) {
        throw notHideable();
    }

    @Override
    public void show(long id, ModerationDecision decision) {
        throw notHideable();
    }

    private static InvalidInputException notHideable() {
        return new InvalidInputException(Map.of("subject", "organisation.moderation.not-hideable"));
    }
}
