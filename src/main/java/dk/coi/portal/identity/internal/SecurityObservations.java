package dk.coi.portal.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes sign-ins (a timer and a trace each), but not each authorisation: every service method
 * checks its caller ({@code @PreAuthorize}), so an observation per check was a Micrometer timer sample, a long-task
 * timer and their tags on every service call, twice on every vote (design decision 012, docs/performance.md). The
 * checks and their refusals are unchanged; only the per-check timers are gone. The setting is Spring Security's one
 * for all authorisations, so it also drops the observation of each HTTP request's authorisation (the
 * {@code AuthorizationFilter}'s); sign-ins are still observed, and the rest is Spring Security's default.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
    }
}
