package dk.coi.portal.identity.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Keeps on each browser tab's UI the page it shows, so that signing in can return there. */
@Component
class ShownPages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(navigation ->
                ComponentUtil.setData(init.getUI(), ReturnPage.Shown.class,
                        new ReturnPage.Shown("/" + navigation.getLocation().getPathWithQueryParameters()))));
    }
}
