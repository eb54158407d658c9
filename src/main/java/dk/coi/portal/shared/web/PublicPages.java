package dk.coi.portal.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A controller of server-rendered reading pages (jte) at the same addresses as the module's Vaadin views. Its
 * mappings match only requests from readers who are not signed in; a signed-in person's request falls through
 * to Vaadin, which serves the interactive screen at that address. Public pages are read only: their mappings
 * answer GET and HEAD, whatever method they name (see {@link PublicPagesMapping}). See design decision 010.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
// A type-level mapping, without which Spring MVC would not ask for the type's condition.
@RequestMapping
public @interface PublicPages {
}
