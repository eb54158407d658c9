package dk.coi.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import java.util.Map;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Innovationsportalen: one Spring Boot application, one Spring Modulith module per feature. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// Module listeners (@ApplicationModuleListener) run after the commit on their own thread: a failing one never
// reaches the person whose change published the event, and its publication stays in the registry to be retried.
@EnableAsync
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/portal/styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The portal's icon, as the server-rendered pages link it (layout.jte): SVG, and PNG for older browsers. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "themes/portal/favicon.png", "32x32");
        settings.addLink("themes/portal/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
