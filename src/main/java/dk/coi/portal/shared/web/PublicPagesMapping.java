package dk.coi.portal.shared.web;

import java.lang.reflect.Method;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.RequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mappings, with {@link PublicPages} controllers matching only readers who are not signed
 * in. Spring MVC is asked before Vaadin (whose root mapping comes last), so an unmatched request reaches Vaadin.
 */
@Component
class PublicPagesMapping implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            @Override
            protected RequestCondition<?> getCustomTypeCondition(Class<?> handlerType) {
                return isPublicPages(handlerType) ? AnonymousReaderCondition.INSTANCE : null;
            }

            /**
             * A public page's mapping takes any method and leaves GET and HEAD to the reader condition: Spring MVC
             * answers a request whose address matches a mapping but whose method does not with 405 instead of
             * passing it on, and Vaadin posts to the same addresses (the front page's is its own).
             */
            @Override
            protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
                RequestMappingInfo mapping = super.getMappingForMethod(method, handlerType);
                return mapping != null && isPublicPages(handlerType) ? mapping.mutate().methods().build() : mapping;
            }
        };
    }

    private static boolean isPublicPages(Class<?> handlerType) {
        return AnnotatedElementUtils.hasAnnotation(handlerType, PublicPages.class);
    }
}
