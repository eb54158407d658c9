package dk.coi.portal.landscape;

/**
 * What the current person may start in the landscape, by the rules the service enforces: whether they are signed
 * in, may register a case (public employees and staff), review cases (staff), and how many cases wait for review
 * (0 for anyone but staff): submitted cases and published cases changed by their editors that staff have not seen.
 */
public record CaseEntry(boolean signedIn, boolean mayRegister, boolean mayReview, long waitingForReview) {
}
