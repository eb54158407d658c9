package dk.coi.portal.identity.ui;

import dk.coi.portal.shared.web.SitemapContributor;
import java.util.List;
import org.springframework.stereotype.Component;

/** Signing in and up and one's own data are not for crawlers; nothing here is for the sitemap. */
@Component
class SignInCrawling implements SitemapContributor {

    @Override
    public List<String> notForCrawlers() {
        return List.of(LoginView.ROUTE_PATH, "/" + SignUpView.ROUTE, "/" + MyDataView.ROUTE);
    }
}
