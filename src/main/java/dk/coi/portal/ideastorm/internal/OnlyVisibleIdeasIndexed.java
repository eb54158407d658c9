package dk.coi.portal.ideastorm.internal;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps hidden and merged ideas out of the search index: search and the similar ideas find only what everyone may read. */
public class OnlyVisibleIdeasIndexed implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("hiddenAt").use("mergedInto");
        context.bridge(Idea.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Idea> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Idea idea, RoutingBridgeRouteContext context) {
            if (idea.isHidden() || idea.isMerged()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Idea idea,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
