package dk.coi.portal.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.coi.portal.identity.LoginOptions;
import dk.coi.portal.identity.internal.ReturnAfterSignIn;
import dk.coi.portal.shared.TranslatedPageTitle;
import dk.coi.portal.shared.web.PageFrame;

/**
 * Sign-in with a local account, and with Keycloak when it is configured. Every failed sign-in shows the same
 * message, whether the password was wrong, the e-mail has no account or the attempt came too soon after
 * failed ones, so the page tells nobody which e-mails have accounts. Signing in returns to the page the
 * person came from ({@link ReturnPage}).
 */
@Route(LoginView.ROUTE)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedPageTitle {

    public static final String ROUTE = "login";
    public static final String ROUTE_PATH = "/" + ROUTE;
    /** Query parameter for a login form that was posted without a valid CSRF token. */
    public static final String EXPIRED = "expired";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView(LoginOptions options) {
        addClassName("portal-narrow");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translatedTexts());
        notice.setId("login-notice");
        notice.setVisible(false);
        notice.addClassName("portal-alert");
        notice.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("login.title")), notice, form);
        if (options.keycloakEnabled()) {
            Anchor keycloak = new Anchor(LoginOptions.KEYCLOAK_LOGIN_PATH, getTranslation("login.keycloak"));
            keycloak.setRouterIgnore(true);
            keycloak.addClassName("portal-button-link");
            keycloak.setId("keycloak-login");
            add(new Paragraph(getTranslation("login.keycloak.intro")), keycloak);
        }
        Anchor signUp = new Anchor(SignUpView.ROUTE, getTranslation("login.signup"));
        add(new Paragraph(getTranslation("login.no-account") + " "), signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReturnPage.remember(event, ROUTE);
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setError(true);
        }
        if (parameters.containsKey("created")) {
            showNotice("signup.created", "portal-alert--success");
        }
        if (parameters.containsKey(EXPIRED)) {
            showNotice("login.expired", "portal-alert--info");
        } else if (parameters.containsKey(PageFrame.ON_TO) && event.getLocation().getQueryParameters()
                .getSingleParameter(ReturnPage.PARAMETER).flatMap(ReturnAfterSignIn::pagePath).isPresent()) {
            // A link such as "Jeg vil gerne genbruge den" led here: say why, not just "Log ind".
            showNotice("login.to-continue", "portal-alert--info");
        }
    }

    /** Shows the notice {@code key} in the DKFDS alert style {@code variant}: success for done, info for a hint. */
    private void showNotice(String key, String variant) {
        notice.setText(getTranslation(key));
        // One variant at a time: the view may be entered again with other parameters, or with two notices' keys.
        notice.getClassNames().removeIf(name -> name.startsWith("portal-alert--"));
        notice.addClassName(variant);
        notice.setVisible(true);
    }

    @Override
    public String titleKey() {
        return "login.title";
    }

    private LoginI18n translatedTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.email"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }
}
