package dk.coi.portal.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes sign-ins (a timer and a trace each), but not each authorisation: every service method
 * checks its caller ({@code @PreAuthorize}), so an observation per check was a Micrometer timer sample, a long-task
 * timer and their tags on every service call — measured as a large part of a vote's JVM time (design decision 012,
 * docs/performance.md). Refusals still reach the log and the screens as before; only the per-check metric is gone.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }
}
