package dk.coi.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import dk.coi.portal.identity.internal.LoginFailure.Kind;
import dk.coi.portal.support.PortalTest;
import dk.coi.portal.support.SignedIn;
import dk.coi.portal.support.SignedIn.TestPerson;
import dk.coi.portal.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Sign-in throttling on the real database through the portal's password provider, from made-up client
 * addresses: growing waits instead of a lockout, one answer for every failure, and the owner's warning mail
 * (GreenMail). Time passes by moving the stored failure times back.
 */
@PortalTest
class SignInThrottlingTest {

    /** The password {@link SignedIn#signUp} gives every test person. */
    private static final String PASSWORD = "Mange grønne æbler i kurven";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    ThrottledPasswordSignIn signIn;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    LoginWarnings warnings;
    @Autowired
    LoginThrottleSettings settings;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GreenMail mailServer;
    @Autowired
    Clock clock;

    @BeforeEach
    void anonymous() {
        signedIn.anonymous();
    }

    @AfterEach
    void clear() {
        signedIn.clear();
    }

    /** A client address no other test uses. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    private static String unknownEmail() {
        return "ingen-" + UUID.randomUUID() + "@example.dk";
    }

    private Authentication signIn(String email, String password, String address, String language) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new SignInDetails(address, language));
        return signIn.authenticate(attempt);
    }

    private Authentication signIn(String email, String password, String address) {
        return signIn(email, password, address, "da");
    }

    private void failTimes(int times, String email, String address) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(email, "forkert gæt", address))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    private void assertThrottled(String email, String address) {
        assertThatThrownBy(() -> signIn(email, PASSWORD, address)).isInstanceOf(LoginThrottledException.class);
    }

    private long signsInAs(String email, String address) {
        return ((LocalUser) signIn(email, PASSWORD, address).getPrincipal()).personId();
    }

    /** As if {@code time} had passed for the failures of this e-mail from this address. */
    private void letTimePass(String email, String address, Duration time) {
        for (Kind kind : Kind.values()) {
            jdbc.update("update login_failure set last_failure_at = last_failure_at - interval ? microsecond "
                    + "where subject_hash = ?", time.toNanos() / 1000, LoginThrottle.subject(kind, email, address));
        }
    }

    private List<MimeMessage> mailTo(String email, int expected) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMailServer.mailTo(mailServer, email).size() >= expected);
        return TestMailServer.mailTo(mailServer, email);
    }

    @Test
    void wrongPasswordsUnknownEmailsAndThrottledAttemptsAllFailAlike() {
        TestPerson owner = signedIn.signUp("Olga Ejer");
        String address = newAddress();
        failTimes(settings.freeFailuresAtAddress(), owner.email(), address);

        // Refused unchecked, even with the right password, yet still only "wrong credentials".
        assertThatThrownBy(() -> signIn(owner.email(), PASSWORD, address))
                .isInstanceOf(LoginThrottledException.class).isInstanceOf(BadCredentialsException.class);

        // An e-mail without an account behaves exactly the same, throttling included.
        String nobody = unknownEmail();
        String otherAddress = newAddress();
        failTimes(settings.freeFailuresAtAddress(), nobody, otherAddress);
        assertThrottled(nobody, otherAddress);
    }

    @Test
    void lookAlikeSpellingsOfAnEmailCountAsTheAccountTheyFind() {
        TestPerson owner = signedIn.signUp("Lene Ligner");
        String address = newAddress();
        // The database finds the account whatever the case and accents, so the throttle must count it as one.
        String shouting = owner.email().toUpperCase(Locale.ROOT);
        String accented = owner.email().replace("example", "exámple");
        List<String> spellings = List.of(shouting, accented, " " + owner.email(), shouting, accented);
        spellings.forEach(spelling -> assertThatThrownBy(() -> signIn(spelling, "forkert gæt", address))
                .isExactlyInstanceOf(BadCredentialsException.class));

        assertThrottled(owner.email(), address);
    }

    @Test
    void attemptsSentAllAtOnceAreCountedBeforeAnyIsChecked() throws Exception {
        TestPerson owner = signedIn.signUp("Bent Byge");
        String address = newAddress();
        int burst = 4 * settings.freeFailuresAtAddress();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> outcomes = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    signIn(owner.email(), "forkert gæt", address);
                    return Authentication.class;
                } catch (BadCredentialsException refused) {
                    return refused.getClass();
                }
            }));
        }
        start.countDown();
        List<Class<?>> answers = new ArrayList<>();
        for (Future<Class<?>> outcome : outcomes) {
            answers.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        // Only the free failures had their password checked; every other attempt waited, none slipped through.
        assertThat(answers).filteredOn(BadCredentialsException.class::equals)
                .hasSize(settings.freeFailuresAtAddress());
        assertThat(answers).filteredOn(LoginThrottledException.class::equals)
                .hasSize(burst - settings.freeFailuresAtAddress());
        assertThat(signsInAs(owner.email(), newAddress())).isEqualTo(owner.id());
    }

    @Test
    void theRightPasswordDoesNotCountAsAFailure() {
        TestPerson owner = signedIn.signUp("Rikke Rigtig");
        String address = newAddress();
        for (int i = 0; i < 3 * settings.freeFailuresAtAddress(); i++) {
            assertThat(signsInAs(owner.email(), address)).isEqualTo(owner.id());
        }
        assertThat(throttle.refusedUntil(owner.email(), address)).isEmpty();
    }

    @Test
    void theOwnerSignsInFromTheirOwnAddressWhileTheAttackersAddressWaits() {
        TestPerson owner = signedIn.signUp("Otto Ejer");
        String attacker = newAddress();
        failTimes(settings.freeFailuresAtAddress(), owner.email(), attacker);
        assertThrottled(owner.email(), attacker);

        assertThat(signsInAs(owner.email(), newAddress())).isEqualTo(owner.id());
        assertThrottled(owner.email(), attacker);
    }

    @Test
    void theWaitStartsAfterFiveFailuresDoublesWithEachFurtherOneAndEndsByItself() {
        assertThat(settings.waitAfter(Kind.ACCOUNT_AT_ADDRESS, 4)).isZero();
        assertThat(settings.waitAfter(Kind.ACCOUNT_AT_ADDRESS, 5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.waitAfter(Kind.ACCOUNT_AT_ADDRESS, 6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.waitAfter(Kind.ACCOUNT_AT_ADDRESS, 9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.waitAfter(Kind.ACCOUNT_AT_ADDRESS, 10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.waitAfter(Kind.ACCOUNT_AT_ADDRESS, 1000)).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.waitAfter(Kind.ADDRESS, 19)).isZero();

        TestPerson owner = signedIn.signUp("Vera Venter");
        String address = newAddress();
        Instant before = clock.instant();
        failTimes(5, owner.email(), address);
        assertThat(throttle.refusedUntil(owner.email(), address)).hasValueSatisfying(until -> assertThat(until)
                .isBetween(before.plusSeconds(30), clock.instant().plusSeconds(30)));

        letTimePass(owner.email(), address, Duration.ofSeconds(31));
        assertThat(throttle.refusedUntil(owner.email(), address)).isEmpty();
        failTimes(1, owner.email(), address);
        letTimePass(owner.email(), address, Duration.ofSeconds(59));
        assertThrottled(owner.email(), address);

        letTimePass(owner.email(), address, Duration.ofSeconds(2));
        assertThat(signsInAs(owner.email(), address)).isEqualTo(owner.id());
        // The right password cleared this address's failures for the e-mail: a typo now costs no wait.
        failTimes(1, owner.email(), address);
        assertThat(throttle.refusedUntil(owner.email(), address)).isEmpty();
    }

    @Test
    void failuresAreForgottenADayAfterTheLastOne() {
        String email = unknownEmail();
        String address = newAddress();
        failTimes(settings.freeFailuresAtAddress(), email, address);
        assertThrottled(email, address);

        letTimePass(email, address, Duration.ofHours(25));
        assertThat(throttle.refusedUntil(email, address)).isEmpty();
        throttle.forgetOldFailures();
        for (Kind kind : Kind.values()) {
            assertThat(jdbc.queryForObject("select count(*) from login_failure where subject_hash = ?", Integer.class,
                    LoginThrottle.subject(kind, email, address))).as(kind.name()).isZero();
        }
    }

    @Test
    void anAddressTryingManyEmailsWaitsButTheSameEmailsWorkFromElsewhere() {
        TestPerson owner = signedIn.signUp("Ulla Uheldig");
        String sprayer = newAddress();
        for (int i = 0; i < settings.freeFailuresPerAddress(); i++) {
            failTimes(1, unknownEmail(), sprayer);
        }
        assertThrottled(owner.email(), sprayer);
        assertThat(signsInAs(owner.email(), newAddress())).isEqualTo(owner.id());
    }

    @Test
    void manyAddressesSlowAnAccountDownEverywhereButOneAddressAloneCannot() {
        TestPerson owner = signedIn.signUp("Asta Angrebet");
        int atAddress = settings.freeFailuresAtAddress();
        int perAccount = settings.freeFailuresPerAccount();

        // One attacker keeps going for hours, waiting out each wait: only its first failures count for the
        // account, so the owner is never slowed down elsewhere.
        String persistent = newAddress();
        failTimes(atAddress, owner.email(), persistent);
        for (int round = 0; round < perAccount; round++) {
            letTimePass(owner.email(), persistent, settings.maxWait());
            failTimes(1, owner.email(), persistent);
        }
        assertThat(signsInAs(owner.email(), newAddress())).isEqualTo(owner.id());

        // Enough further addresses bring the e-mail's total to the threshold: now every address waits.
        for (int counted = atAddress; counted < perAccount; counted += atAddress) {
            failTimes(atAddress, owner.email(), newAddress());
        }
        assertThrottled(owner.email(), newAddress());
    }

    @Test
    void addressesInOneIpv6NetworkCountAsOne() {
        TestPerson owner = signedIn.signUp("Ida Ipv6");
        failTimes(settings.freeFailuresAtAddress(), owner.email(), "2001:db8:1:2::1");
        assertThrottled(owner.email(), "2001:db8:1:2:ffff::9");
        assertThat(signsInAs(owner.email(), "2001:db8:1:3::1")).isEqualTo(owner.id());
    }

    @Test
    void theOwnerIsWarnedByMailInTheirLanguageAtMostOnceAPeriod() {
        TestPerson owner = signedIn.signUp("Erik English");
        signIn(owner.email(), PASSWORD, newAddress(), "en");

        failTimes(settings.freeFailuresAtAddress(), owner.email(), newAddress());
        List<MimeMessage> mail = mailTo(owner.email(), 1);
        assertThat(mail).hasSize(1).first().satisfies(warning -> {
            assertThat(warning.getSubject()).isEqualTo("Innovationsportalen: many attempts to sign in to your account");
            assertThat((String) warning.getContent()).startsWith("Hello Erik English")
                    .contains("with a wrong password", "Sign in here: http://localhost:8080/login");
        });

        // Further failures within the period (from this or any address) warn no more.
        assertThat(warnings.warnOwnerIfDue(owner.email())).isFalse();
        assertThat(TestMailServer.mailTo(mailServer, owner.email())).hasSize(1);

        jdbc.update("update person set login_warning_sent_at = login_warning_sent_at - interval 25 hour where id = ?",
                owner.id());
        assertThat(warnings.warnOwnerIfDue(owner.email())).isTrue();
        assertThat(mailTo(owner.email(), 2)).hasSize(2);

        assertThat(warnings.warnOwnerIfDue(unknownEmail())).isFalse();
    }

    @Test
    void anOwnerWhoseLanguageIsUnknownIsWarnedInDanish() throws Exception {
        TestPerson owner = signedIn.signUp("Dorte Dansk");
        failTimes(settings.freeFailuresAtAddress(), owner.email(), newAddress());
        MimeMessage warning = mailTo(owner.email(), 1).getFirst();
        assertThat(warning.getSubject()).isEqualTo("Innovationsportalen: mange forsøg på at logge ind på din konto");
        assertThat((String) warning.getContent()).startsWith("Hej Dorte Dansk");
    }

    @Test
    void anUnknownEmailTakesAsLongAsAWrongPasswordForAnAccount() {
        TestPerson owner = signedIn.signUp("Tim Timing");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            known.add(nanosToFail(owner.email()));
            unknown.add(nanosToFail(unknownEmail()));
        }
        // Both run a bcrypt check; without that the unknown e-mail would answer many times faster.
        assertThat(median(unknown)).isGreaterThan(median(known) / 2);
    }

    private long nanosToFail(String email) {
        String address = newAddress();
        long start = System.nanoTime();
        assertThatThrownBy(() -> signIn(email, "forkert gæt", address)).isInstanceOf(BadCredentialsException.class);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
