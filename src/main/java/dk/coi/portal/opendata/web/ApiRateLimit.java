package dk.coi.portal.opendata.web;

import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.RateLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How often one client may ask the API: {@code portal.opendata.requests-per-minute} per client address (the
 * proxy's forwarded one in production, as {@code server.forward-headers-strategy=native} makes it the remote
 * address). Every answer tells the limit and what is left ({@code RateLimit-*}, {@code X-RateLimit-*}); past it the
 * client gets 429 with {@code Retry-After} and a problem detail, and nothing is looked up. An IPv6 client counts by
 * its /64 network. The downloads have a lower limit of their own besides.
 */
class ApiRateLimit extends OncePerRequestFilter {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";
    static final String LEGACY_LIMIT = "X-RateLimit-Limit";
    static final String LEGACY_REMAINING = "X-RateLimit-Remaining";

    private final RateLimit<String> limit;
    private final ApiProblems problems;

    ApiRateLimit(int perMinute, ApiProblems problems) {
        this.limit = new RateLimit<>(perMinute);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimit.Attempt attempt = limit.attempt(client(request.getRemoteAddr()));
        response.setHeader(LIMIT, Integer.toString(attempt.allowance()));
        response.setHeader(LEGACY_LIMIT, Integer.toString(attempt.allowance()));
        response.setHeader(REMAINING, Long.toString(attempt.remaining()));
        response.setHeader(LEGACY_REMAINING, Long.toString(attempt.remaining()));
        response.setHeader(RESET, Long.toString(attempt.secondsUntilReset()));
        if (attempt.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(attempt.secondsUntilReset(), 1)));
        ApiProblems.write(response, problems.problem(HttpStatus.TOO_MANY_REQUESTS,
                Phrase.of("opendata.problem.too-many-requests"), List.of(), request));
    }

    /**
     * Whom an address counts for: an IPv4 address itself, an IPv6 address by its /64 network (one machine is usually
     * given a whole /64, and could otherwise take a new address for each request).
     */
    static String client(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
