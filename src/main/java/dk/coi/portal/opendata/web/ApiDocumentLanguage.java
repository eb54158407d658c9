package dk.coi.portal.opendata.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the OpenAPI document's request the API's language of the client ({@link ApiProblems#language}: Danish or
 * English) in place of whatever {@code Accept-Language} it had, so that springdoc, which keeps a document per locale,
 * keeps two at most.
 */
class ApiDocumentLanguage extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Locale language = ApiProblems.language(request);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? language.toLanguageTag()
                        : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name)
                        ? Collections.enumeration(List.of(language.toLanguageTag())) : super.getHeaders(name);
            }

            @Override
            public Locale getLocale() {
                return language;
            }

            @Override
            public Enumeration<Locale> getLocales() {
                return Collections.enumeration(List.of(language));
            }
        }, response);
    }
}
