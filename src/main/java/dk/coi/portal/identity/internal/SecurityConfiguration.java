package dk.coi.portal.identity.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dk.coi.portal.identity.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Local accounts are always on. Keycloak (OIDC) is on when a client registration is configured (the
 * {@code keycloak} profile); a Keycloak sign-out also ends the Keycloak session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurityFilterChain(HttpSecurity http,
                                                  ObjectProvider<ClientRegistrationRepository> oidcClients,
                                                  PortalOidcUserService oidcUserService) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                        "/actuator/prometheus").permitAll()
                .requestMatchers("/themes/**").permitAll());
        ClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage(LoginView.ROUTE_PATH)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .logoutSuccessHandler(logoutSuccessHandler(clients)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, with the algorithm id stored so hashes can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static LogoutSuccessHandler logoutSuccessHandler(ClientRegistrationRepository clients) {
        SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
        local.setDefaultTargetUrl("/");
        if (clients == null) {
            return local;
        }
        OidcClientInitiatedLogoutSuccessHandler keycloak = new OidcClientInitiatedLogoutSuccessHandler(clients);
        keycloak.setPostLogoutRedirectUri("{baseUrl}");
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication instanceof OAuth2AuthenticationToken) {
                keycloak.onLogoutSuccess(request, response, authentication);
            } else {
                local.onLogoutSuccess(request, response, authentication);
            }
        };
    }
}
