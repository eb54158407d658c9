package dk.coi.portal.landscape;

/**
 * A contact request was sent ({@code reply} false) or answered ({@code reply} true); published in the transaction
 * that stored it, so the one it is for hears of it after the commit.
 */
public record ContactRequested(ContactRequestId request, boolean reply) {
}
