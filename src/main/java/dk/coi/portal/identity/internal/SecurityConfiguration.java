package dk.coi.portal.identity.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.coi.portal.identity.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Local accounts are always on (checked by {@link ThrottledPasswordSignIn}, the only password provider).
 * Keycloak (OIDC) is on when a client registration is configured (the {@code keycloak} profile); a Keycloak
 * sign-out also ends the Keycloak session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http,
                                                  ObjectProvider<ClientRegistrationRepository> oidcClients,
                                                  PortalOidcUserService oidcUserService,
                                                  SignInLanguage signInLanguage,
                                                  RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/themes/**").permitAll());
        // SecurityHeaders writes the security headers of every response, also of requests the firewall refuses.
        http.headers(AbstractHttpConfigurer::disable);
        // Both ways of signing in return to the page the person came from; Vaadin's configurer takes the form
        // login's handler from this shared object.
        ReturnAfterSignIn returnAfterSignIn = new ReturnAfterSignIn(signInLanguage);
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, returnAfterSignIn);
        ClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage(LoginView.ROUTE_PATH)
                    .successHandler(returnAfterSignIn)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
        }
        // Vaadin's own CSRF set-up also exempts the login view's path, so a foreign page could post the login
        // form and sign a visitor's browser in as someone else (login CSRF). The login form sends the token
        // (vaadin-login-form reads it from the page), so only Vaadin's internal requests are exempt here:
        // they carry Vaadin's own token, which guards the sign-up form and every other view.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor(staleLoginForm(),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LoginView.ROUTE_PATH)));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.enableCsrfConfiguration(false);
            // Signing out returns to the front page, said here rather than left to Vaadin's default (the
            // servlet's context path); Keycloak sign-outs return there through Keycloak (configureKeycloakLogout).
            vaadin.loginView(LoginView.class, "/");
            // Views are guarded by their access annotations and services by method security; every other
            // path is public, so an unknown address shows the 404 page instead of the login page.
            vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll);
            if (clients != null) {
                configureKeycloakLogout(vaadin, clients);
            }
        });
        // After Vaadin's configurer, so the form login it sets up (with the login view as its page) is the one
        // extended here; configured first, Spring would also serve its own default login page.
        http.formLogin(form -> form.authenticationDetailsSource(SignInDetails::new));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, with the algorithm id stored so hashes can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * A login form posted without a valid token (its session ended while the page stood open, or another
     * site posted it) signs nobody in; the login page asks to sign in again.
     */
    private static AccessDeniedHandler staleLoginForm() {
        return (request, response, denied) -> response.sendRedirect(
                request.getContextPath() + LoginView.ROUTE_PATH + "?" + LoginView.EXPIRED);
    }

    /** Signing out of a Keycloak login also ends the Keycloak session; local sign-outs return to the front page. */
    private static void configureKeycloakLogout(VaadinSecurityConfigurer vaadin, ClientRegistrationRepository clients) {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        logout.setPostLogoutRedirectUri("{baseUrl}");
        logout.setDefaultTargetUrl("/");
        // Vaadin signs out in a UIDL request: the redirect must reach the browser as a page change.
        logout.setRedirectStrategy(new UidlRedirectStrategy());
        vaadin.logoutSuccessHandler(logout);
    }
}
