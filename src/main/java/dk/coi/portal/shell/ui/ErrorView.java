package dk.coi.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.shared.TranslatedPageTitle;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Shown for any unexpected failure: a plain explanation and an incident number that is also in the log,
 * never a stack trace. A database outage gets its own message and a 503; the portal recovers by itself
 * when the database is back.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class ErrorView extends Div implements HasErrorParameter<Exception>, TranslatedPageTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        Exception exception = parameter.getCaughtException();
        boolean databaseDown = exception instanceof DataAccessException
                || exception instanceof CannotCreateTransactionException
                || exception.getCause() instanceof DataAccessException;
        log.error("Incident {} while showing {}", incident, event.getLocation().getPath(), exception);
        addClassName("portal-error");
        removeAll();
        add(new H1(getTranslation(databaseDown ? "error.database.title" : "error.general.title")),
                new Paragraph(getTranslation(databaseDown ? "error.database.text" : "error.general.text")),
                new Paragraph(getTranslation("error.incident", incident)),
                new Anchor("", getTranslation("coming-soon.back")));
        return databaseDown ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String titleKey() {
        return "error.general.title";
    }
}
