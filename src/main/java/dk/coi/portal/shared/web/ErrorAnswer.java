package dk.coi.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a module answers, in its own format, a failure that reaches the portal's error page ({@code /error}) from one
 * of its addresses: one refused before any controller (a rejected address, a failing filter). A module registers a
 * bean of this type; the error page asks each, and shows its own page when none answers.
 */
public interface ErrorAnswer {

    /** Whether a failed request to this address (as the client asked for it) is this module's to answer. */
    boolean answers(String address);

    /** Writes the answer of a request that failed with this status; nothing when the answer has already begun. */
    void write(HttpServletRequest request, HttpServletResponse response, int status);
}
