package dk.coi.portal.shared.web;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The main menu of server-rendered pages: the same {@code @Menu} entries the Vaadin drawer shows, read from the
 * modules' views once at start-up, keeping those a reader who is not signed in may open.
 */
@Component
class PublicMenu {

    private final List<MenuLink> entries;

    PublicMenu() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        record Found(MenuLink entry, double order) {
        }
        entries = scanner.findCandidateComponents("dk.coi.portal").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(Objects::nonNull)
                .map(name -> ClassUtils.resolveClassName(name, PublicMenu.class.getClassLoader()))
                .filter(view -> view.isAnnotationPresent(AnonymousAllowed.class) && view.isAnnotationPresent(Route.class))
                .map(view -> new Found(new MenuLink("/" + view.getAnnotation(Route.class).value(),
                        view.getAnnotation(Menu.class).title()), view.getAnnotation(Menu.class).order()))
                .sorted(Comparator.comparingDouble(Found::order))
                .map(Found::entry)
                .toList();
    }

    List<MenuLink> entries() {
        return entries;
    }
}
