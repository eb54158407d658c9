package dk.coi.portal.landscape;

import java.util.List;

/**
 * "Mine cases og henvendelser" in one read: whether the person may register a case (the rule {@link CaseService}
 * checks), the cases they own or co-edit, newest first, and the contact requests they sent, newest first.
 */
public record OwnCases(boolean mayRegister, List<CaseLine> cases, List<SentContactRequest> sent) {

    public OwnCases {
        cases = List.copyOf(cases);
        sent = List.copyOf(sent);
    }
}
