package dk.coi.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dk.coi.portal.identity.internal.KeycloakSignIns;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole portal, served on a random port (one shared Spring context for every test class,
 * so the embedded database and the index are started once) on the real (embedded)
 * MariaDB and Lucene index, with demo content, and a real SMTP server for the mail it sends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestContributor.class, SignedIn.class, KeycloakSignIns.class, TestMailServer.class, TestClock.class,
        TestStorms.class})
@ActiveProfiles("test")
public @interface PortalTest {
}
