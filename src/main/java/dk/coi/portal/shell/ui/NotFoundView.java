package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly 404 in the visitor's language. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class NotFoundView extends RouteNotFoundError implements TranslatedPageTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        addClassName("portal-error");
        getElement().appendChild(new H1(getTranslation("error.not-found.title")).getElement(),
                new Paragraph(getTranslation("error.not-found.text")).getElement(),
                new Anchor("", getTranslation("coming-soon.back")).getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String titleKey() {
        return "error.not-found.title";
    }
}
