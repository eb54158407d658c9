package dk.coi.portal.shared.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.RequestCondition;
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
                return AnnotatedElementUtils.hasAnnotation(handlerType, PublicPages.class)
                        ? AnonymousReaderCondition.INSTANCE : null;
            }
        };
    }
}
