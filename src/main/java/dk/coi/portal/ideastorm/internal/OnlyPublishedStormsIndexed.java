package dk.coi.portal.ideastorm.internal;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps draft storms out of the search index, so that search finds only storms everyone may read. */
public class OnlyPublishedStormsIndexed implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("publishedAt");
        context.bridge(Storm.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Storm> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Storm storm,
                          RoutingBridgeRouteContext context) {
            if (storm.isDraft()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Storm storm,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
