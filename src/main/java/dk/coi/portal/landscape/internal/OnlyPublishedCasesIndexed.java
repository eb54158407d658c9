package dk.coi.portal.landscape.internal;

import dk.coi.portal.landscape.CaseStatus;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps cases that are not published out of the search index, so that search finds only cases everyone may read. */
public class OnlyPublishedCasesIndexed implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(LandscapeCase.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<LandscapeCase> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, LandscapeCase landscapeCase,
                          RoutingBridgeRouteContext context) {
            if (landscapeCase.getStatus() == CaseStatus.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, LandscapeCase landscapeCase,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
