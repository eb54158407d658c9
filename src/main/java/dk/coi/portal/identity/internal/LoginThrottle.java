package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.internal.LoginFailure.Kind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without locking anyone out. Failed sign-ins are counted per client address,
 * per e-mail at an address and per e-mail across all addresses; past each count's free failures the next
 * attempt waits a growing time ({@link LoginThrottleSettings}). An address adds at most its own free
 * failures to the e-mail's total, so a single attacker only slows themselves down, while many addresses
 * together slow the e-mail down everywhere. The typed e-mail is counted whether or not an account has it, so
 * the throttle tells nothing about which accounts exist. Counts live in the database: every node sees them.
 */
@Component
class LoginThrottle {

    private final LoginFailureRepository failures;
    private final LoginThrottleSettings settings;
    private final Clock clock;

    LoginThrottle(LoginFailureRepository failures, LoginThrottleSettings settings, Clock clock) {
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
    }

    /** Until when an attempt for this e-mail from this address is refused unchecked; empty if it may be checked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> refusedUntil(String email, String address) {
        return refusedUntil(failures.findAllById(subjects(email, address)), clock.instant());
    }

    private Optional<Instant> refusedUntil(List<LoginFailure> counts, Instant now) {
        Instant forgetBefore = now.minus(settings.forgetAfter());
        return counts.stream()
                .filter(count -> !count.getLastFailureAt().isBefore(forgetBefore))
                .map(count -> count.getLastFailureAt().plus(settings.waitAfter(count.getKind(), count.getFailures())))
                .filter(end -> end.isAfter(now))
                .max(Instant::compareTo);
    }

    /**
     * Lets an attempt be checked, or refuses it. An allowed attempt is counted as a failure at once, before its
     * password is checked, and {@link #release released} if it was right: attempts sent in parallel, to one node
     * or several, each see the ones before them, so a burst cannot slip past the waiting. The three counts are
     * locked (exclusively, in one order) while this decides, which keeps concurrent reservations from
     * deadlocking.
     */
    @Transactional
    public Reservation reserve(String email, String address) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<String, Kind> subjects = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            subjects.put(subject(kind, email, address), kind);
        }
        subjects.forEach((subject, kind) -> failures.createOrLock(subject, kind.name(), now));
        if (refusedUntil(failures.findAllById(subjects.keySet()), now).isPresent()) {
            return Reservation.REFUSED;
        }
        int atAddress = count(Kind.ACCOUNT_AT_ADDRESS, email, address, now);
        count(Kind.ADDRESS, email, address, now);
        // An address adds at most its own free failures to the e-mail's total.
        boolean accountCounted = atAddress <= settings.freeFailuresAtAddress();
        boolean accountWaitStarts = accountCounted
                && count(Kind.ACCOUNT, email, address, now) == settings.freeFailuresPerAccount();
        return new Reservation(true, accountCounted,
                atAddress == settings.freeFailuresAtAddress() || accountWaitStarts);
    }

    /**
     * Whether an attempt may be checked; whether it was counted against the e-mail across addresses; and
     * whether its failure starts a wait, the moment to warn the account's owner.
     */
    public record Reservation(boolean allowed, boolean accountCounted, boolean failureStartsWaiting) {
        static final Reservation REFUSED = new Reservation(false, false, false);
    }

    /**
     * The right password: the attempt no longer counts as a failure, and the address's failures for the
     * e-mail are cleared (not the others).
     */
    @Transactional
    public void release(String email, String address, Reservation reservation) {
        failures.uncountFailure(subject(Kind.ADDRESS, email, address));
        if (reservation.accountCounted()) {
            failures.uncountFailure(subject(Kind.ACCOUNT, email, address));
        }
        failures.deleteById(subject(Kind.ACCOUNT_AT_ADDRESS, email, address));
    }

    private static List<String> subjects(String email, String address) {
        return Stream.of(Kind.values()).map(kind -> subject(kind, email, address)).toList();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldFailures() {
        failures.deleteLastFailedBefore(clock.instant().minus(settings.forgetAfter()));
    }

    private int count(Kind kind, String email, String address, Instant now) {
        String subject = subject(kind, email, address);
        failures.countFailure(subject, kind.name(), now, now.minus(settings.forgetAfter()));
        return failures.failuresOf(subject).orElseThrow();
    }

    /** The hashed key a count is kept under: the table holds no e-mail or address in clear. */
    static String subject(Kind kind, String email, String address) {
        String key = switch (kind) {
            case ACCOUNT_AT_ADDRESS -> normalisedEmail(email) + "\n" + addressBlock(address);
            case ADDRESS -> addressBlock(address);
            case ACCOUNT -> normalisedEmail(email);
        };
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((kind.name() + ":" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }

    private static String normalisedEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The client address, or for IPv6 its /64 network: one subscriber usually holds a whole /64, so counting
     * single IPv6 addresses would give an attacker endless fresh ones.
     */
    static String addressBlock(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // A literal with ':' is parsed as IPv6, never looked up in DNS.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
                    : InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
