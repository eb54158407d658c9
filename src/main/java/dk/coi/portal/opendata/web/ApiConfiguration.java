package dk.coi.portal.opendata.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API (and the dataset's DCAT file beside it) is public, read-only and sessionless: its own security filter chain, ahead of the portal's, reads no
 * session and makes none, so every client is an anonymous reader (a signed-in person's cookie changes nothing: no
 * unpublished case, no contact's name they may see on the portal), needs no CSRF token (it only answers GET), and
 * lets any web page read it (CORS {@code *}). The portal's {@code SecurityHeaders} still write the security headers.
 * Then the rate limit per client, and an ETag of each answer (weak, so Tomcat still compresses it).
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    private static final String API = "/api/**";
    private static final String DOCUMENT = "/v3/api-docs/**";
    /** The document's addresses as servlet filters name them (the YAML form included, which springdoc also serves). */
    private static final String[] DOCUMENT_PATTERNS = {"/v3/api-docs", "/v3/api-docs/*", "/v3/api-docs.yaml"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain openDataSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(API, "/v3/api-docs", DOCUMENT, "/v3/api-docs.yaml", DcatDocument.ADDRESS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .cors(cors -> cors.configurationSource(cors()));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource cors() {
        CorsConfiguration anyone = new CorsConfiguration();
        anyone.addAllowedOrigin("*");
        anyone.setAllowedMethods(List.of("GET", "HEAD"));
        anyone.addAllowedHeader("*");
        anyone.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.RETRY_AFTER,
                ApiRateLimit.LIMIT, ApiRateLimit.REMAINING, ApiRateLimit.RESET, ApiRateLimit.LEGACY_LIMIT,
                ApiRateLimit.LEGACY_REMAINING));
        anyone.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(API, anyone);
        source.registerCorsConfiguration(DOCUMENT, anyone);
        source.registerCorsConfiguration("/v3/api-docs", anyone);
        source.registerCorsConfiguration(DcatDocument.ADDRESS, anyone);
        return source;
    }

    @Bean
    FilterRegistrationBean<ApiRateLimit> apiRateLimit(
            @Value("${portal.opendata.requests-per-minute}") int perMinute, ApiProblems problems) {
        List<String> patterns = new ArrayList<>(List.of("/api/*"));
        patterns.addAll(List.of(DOCUMENT_PATTERNS));
        return rateLimit("apiRateLimit", perMinute, problems, 0, patterns);
    }

    /** A whole search as a file costs as much as many pages: a lower limit of its own, after the general one. */
    @Bean
    FilterRegistrationBean<ApiRateLimit> apiDownloadRateLimit(
            @Value("${portal.opendata.downloads-per-minute}") int perMinute, ApiProblems problems) {
        return rateLimit("apiDownloadRateLimit", perMinute, problems, 1,
                List.of(ApiRoutes.CASES_CSV, ApiRoutes.CASES_JSON));
    }

    private static FilterRegistrationBean<ApiRateLimit> rateLimit(String name, int perMinute, ApiProblems problems,
                                                                  int order, List<String> patterns) {
        FilterRegistrationBean<ApiRateLimit> registration = new FilterRegistrationBean<>(
                new ApiRateLimit(perMinute, problems));
        registration.setName(name);
        registration.setUrlPatterns(patterns);
        registration.setOrder(order);
        return registration;
    }

    /**
     * springdoc builds (with database look-ups) and keeps forever one document per locale asked for: the document is
     * asked for in the API's languages only, so that new {@code Accept-Language} tags cannot make it build more.
     */
    @Bean
    FilterRegistrationBean<ApiDocumentLanguage> apiDocumentLanguage() {
        FilterRegistrationBean<ApiDocumentLanguage> registration = new FilterRegistrationBean<>(
                new ApiDocumentLanguage());
        registration.addUrlPatterns(DOCUMENT_PATTERNS);
        registration.setOrder(2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns("/api/*");
        registration.addUrlPatterns(DOCUMENT_PATTERNS);
        registration.setOrder(3);
        return registration;
    }
}
